import type { Catalogue, ErrorContext } from './catalogue.js';
import { formatNumber, plural } from './plural.js';

const n = (value: number | undefined): string => formatNumber('fr', value ?? 0);
const chars = (limit = 0): string => `${n(limit)} ${plural('fr', limit, 'caractère', 'caractères')}`;

const fileTypes: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG', 'image/*': 'image', '.pdf': 'PDF', '.jpg': 'JPG', '.jpeg': 'JPG', '.png': 'PNG' };
const accepted = (accept: readonly string[] = []): string => [...new Set(accept.map((a) => fileTypes[a.toLowerCase()] ?? a))].join(', ');
const bytes = (size = 0): string =>
  size >= 1024 * 1024 ? `${n(Math.round((size / 1024 / 1024) * 10) / 10)} Mo` : size >= 1024 ? `${n(Math.round(size / 1024))} Ko` : `${n(size)} octets`;

const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'oui ou non',
  array: 'une liste',
  object: 'un groupe de réponses',
  null: 'aucune valeur',
};

const definitionTypes: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste [ … ]',
  object: 'un objet { … }',
  null: 'null',
};

const formatExamples: Record<string, string> = {
  email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr',
  date: 'Saisissez une date valide, par exemple 14/07/2024',
  'date-time': 'Saisissez une date et une heure valides',
  time: 'Saisissez une heure valide',
  uri: 'Saisissez une adresse web complète, par exemple https://www.exemple.fr',
  url: 'Saisissez une adresse web complète, par exemple https://www.exemple.fr',
  'fr-postal-code': 'Saisissez un code postal français de 5 chiffres, par exemple 75001',
  'fr-phone': 'Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89',
  siren: 'Saisissez un numéro SIREN de 9 chiffres',
  siret: 'Saisissez un numéro SIRET de 14 chiffres',
  iban: 'Saisissez un IBAN valide, par exemple FR76 3000 6000 0112 3456 7890 189',
  nir: 'Saisissez un numéro de sécurité sociale de 15 chiffres (clé comprise)',
};

const formatNames: Record<string, string> = {
  'fr-postal-code': 'Le code postal',
  'fr-phone': 'Le numéro de téléphone',
  siren: 'Le numéro SIREN',
  siret: 'Le numéro SIRET',
  iban: "L'IBAN",
  nir: 'Le numéro de sécurité sociale',
};

const formatLengths: Record<string, string> = {
  'fr-postal-code': 'Le code postal compte 5 chiffres',
  'fr-phone': 'Le numéro de téléphone compte 10 chiffres (ou +33 suivi de 9 chiffres)',
  siren: 'Le numéro SIREN compte 9 chiffres',
  siret: 'Le numéro SIRET compte 14 chiffres',
  iban: "L'IBAN n'a pas la bonne longueur pour ce pays",
  nir: 'Le numéro de sécurité sociale compte 15 caractères, clé comprise',
};

function formatMessage({ format = '', problem }: ErrorContext): string {
  const name = formatNames[format];
  if (problem && name) {
    switch (problem) {
      case 'characters':
        return `${name} contient un caractère non autorisé`;
      case 'length':
        return formatLengths[format] ?? `${name} n'a pas la bonne longueur`;
      case 'checksum':
        return `${name} n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez chaque chiffre`;
      case 'unknown-prefix':
        return `${name} commence par des chiffres qui n'existent pas`;
      case 'unknown-country':
        return `${name} commence par un code pays inconnu`;
    }
  }
  return formatExamples[format] ?? "Le format n'est pas valide";
}

/** Guichet's texts in French. */
export const fr: Catalogue = {
  locale: 'fr',
  error: {
    required: ({ label }) => `Renseignez le champ « ${label} »`,
    type: ({ type = '' }) => `Saisissez ${type.split(',').map((t) => typeNames[t] ?? t).join(' ou ')}`,
    minLength: ({ limit }) => (limit === 1 ? 'Ce champ ne peut pas être vide' : `Saisissez au moins ${chars(limit)}`),
    maxLength: ({ limit }) => `Saisissez au plus ${chars(limit)}`,
    pattern: () => "Le format n'est pas valide",
    format: formatMessage,
    minimum: ({ limit }) => `Saisissez un nombre supérieur ou égal à ${n(limit)}`,
    maximum: ({ limit }) => `Saisissez un nombre inférieur ou égal à ${n(limit)}`,
    exclusiveMinimum: ({ limit }) => `Saisissez un nombre supérieur à ${n(limit)}`,
    exclusiveMaximum: ({ limit }) => `Saisissez un nombre inférieur à ${n(limit)}`,
    multipleOf: ({ limit }) => `Saisissez un multiple de ${n(limit)}`,
    enum: ({ allowed }) =>
      allowed && allowed.length <= 5
        ? `Choisissez une des réponses proposées : ${allowed.join(', ')}`
        : 'Choisissez une des réponses proposées',
    const: ({ allowed }) => (allowed?.[0] ? `La seule réponse possible est : ${allowed[0]}` : 'Cette réponse ne peut pas être choisie'),
    minItems: ({ limit = 0 }) => `Choisissez ou ajoutez au moins ${n(limit)} ${plural('fr', limit, 'élément', 'éléments')}`,
    maxItems: ({ limit = 0 }) => `Choisissez ou ajoutez au plus ${n(limit)} ${plural('fr', limit, 'élément', 'éléments')}`,
    uniqueItems: () => 'Chaque élément de la liste doit être différent',
    contains: () => 'La liste ne contient pas un élément attendu',
    minProperties: ({ limit = 0 }) => `Renseignez au moins ${n(limit)} ${plural('fr', limit, 'réponse', 'réponses')}`,
    maxProperties: ({ limit = 0 }) => `Renseignez au plus ${n(limit)} ${plural('fr', limit, 'réponse', 'réponses')}`,
    additionalProperties: ({ property }) => `La réponse « ${property ?? ''} » n'est pas attendue`,
    propertyNames: () => "Un des noms saisis n'est pas valide",
    oneOf: () => 'Choisissez une des possibilités proposées et complétez-la',
    anyOf: () => 'Choisissez une des possibilités proposées et complétez-la',
    not: () => "Cette réponse n'est pas acceptée",
    requiredChoice: ({ label }) => `Répondez à la question « ${label} »`,
    fileType: ({ file = '', accept }) => `Le fichier « ${file} » n'est pas accepté : choisissez un fichier ${accepted(accept)}`,
    fileSize: ({ file = '', limit }) => `Le fichier « ${file} » est trop lourd : il doit peser au plus ${bytes(limit)}`,
    mustTick: ({ label }) => `Cochez la case « ${label} » pour continuer`,
    generic: () => "Cette réponse n'est pas valide",
  },
  problem: {
    notJson: ({ detail }) => `Le fichier n'est pas du JSON valide : ${detail}`,
    notObject: () => 'Une procédure doit être un objet JSON ({ … })',
    missingProperty: ({ property }) => `La propriété « ${property} » est obligatoire`,
    unknownProperty: ({ property }) => `La propriété « ${property} » n'existe pas dans le format des procédures (faute de frappe ?)`,
    invalidValue: ({ name, detail }) => `« ${name} » ${detail}`,
    schemaNotObject: () => 'Le schéma des données doit décrire un objet (« type »: « object » avec des « properties »)',
    invalidSchema: ({ name, detail }) => `Ce n'est pas un JSON Schema valide : « ${name} » ${detail}`,
    unsupportedDialect: ({ uri }) =>
      `La version de JSON Schema « ${uri} » n'est pas prise en charge : utilisez draft-07 ou 2020-12`,
    unsupportedKeyword: ({ keyword, advice }) => `Le mot-clé « ${keyword} » n'est pas pris en charge : ${advice}`,
    reservedName: ({ name }) =>
      `Le nom « ${name} » ne peut pas nommer un champ : le validateur l'ignore, la réponse ne serait jamais vérifiée. Renommez le champ`,
    refExternal: ({ ref }) => `La référence « ${ref} » pointe hors du document : seules les références internes (#/…) sont prises en charge`,
    refMissing: ({ ref }) => `La référence « ${ref} » ne mène à rien : vérifiez le chemin`,
    refCycle: ({ ref }) => `La référence « ${ref} » revient sur elle-même sans fin`,
    tooDeep: ({ limit }) => `Le schéma est imbriqué sur plus de ${limit} niveaux : simplifiez-le`,
    tooLarge: ({ limit }) => `Le schéma compte plus de ${formatNumber('fr', limit)} sous-schémas : découpez la procédure`,
    patternInvalid: ({ pattern }) => `L'expression régulière « ${pattern} » n'est pas valide`,
    patternUnsafe: ({ pattern }) =>
      `L'expression régulière « ${pattern} » n'a pas pu être vérifiée sans danger : certaines saisies pourraient bloquer le navigateur (retour arrière catastrophique). Utilisez un format (email, date, siret…) ou une expression plus simple, sans répétition imbriquée`,
    unknownFormat: ({ format }) => `Le format « ${format} » est inconnu : il ne sera pas vérifié`,
    stepFieldUnknown: ({ pointer }) => `Le champ « ${pointer} » n'existe pas dans le schéma des données`,
    stepFieldInList: ({ pointer }) =>
      `« ${pointer} » vise l'intérieur d'une liste répétable : placez la liste entière dans l'étape`,
    stepFieldRepeated: ({ pointer }) => `Le champ « ${pointer} » est placé dans plusieurs étapes`,
    stepIdRepeated: ({ id }) => `L'identifiant d'étape « ${id} » est utilisé plusieurs fois`,
    fieldInNoStep: ({ pointer }) => `Le champ « ${pointer} » n'est dans aucune étape : personne ne pourra le renseigner`,
    presentationUnknown: ({ pointer }) => `La présentation vise le champ « ${pointer} », qui n'existe pas dans le schéma`,
    privacyMissing: () =>
      "Les mentions d'information RGPD (bloc « privacy ») manquent : le formulaire ne peut pas informer les personnes (article 13)",
    dpoMissing: () =>
      "Le délégué à la protection des données (« dpo ») n'est pas indiqué : toute commune doit en désigner un (article 37 du RGPD) et donner ses coordonnées aux personnes (article 13.1.b)",
    contactUnreachable: ({ property }) =>
      `« ${property} » ne donne qu'un nom : ajoutez une adresse e-mail, un téléphone, une adresse postale ou un site, pour que les personnes puissent écrire (article 13.1)`,
    recipientsMissing: () =>
      "Les destinataires des données (« recipients ») ne sont pas indiqués : nommez les services et organismes qui les reçoivent (article 13.1.e), par exemple « Le service culturel de la commune »",
    retentionUndescribed: () =>
      "La durée de conservation n'a pas de description : dites à partir de quand elle court et ses exceptions, par exemple « Deux ans après la fin de l'année scolaire »",
    purposeIdRepeated: ({ id }) => `L'identifiant de finalité « ${id} » est utilisé plusieurs fois : chaque finalité doit avoir le sien, les consentements s'y réfèrent`,
    mainPurposeMissing: () =>
      "Toutes les finalités sont facultatives : ajoutez en premier la finalité principale, celle pour laquelle la démarche existe (« optional » absent)",
    consentNotOptional: ({ id }) =>
      `La finalité « ${id} » repose sur le consentement sans être la finalité principale : ajoutez « optional »: true (une case à cocher à part), car la démarche ne peut pas dépendre d'un consentement dont elle n'a pas besoin (article 7.4)`,
    legitimateInterestPublicBody: ({ id }) =>
      `La finalité « ${id} » repose sur l'intérêt légitime, qu'une autorité publique ne peut pas invoquer pour ses missions (article 6.1, dernier alinéa) : choisissez plutôt « public-task » ou « legal-obligation »`,
    specialCategoryBasisMissing: ({ pointer }) =>
      `Le champ « ${pointer} » recueille des données sensibles (article 9 : santé, opinions, religion…) : indiquez dans « privacy.specialCategoriesBasis » l'exception de l'article 9.2 qui en permet le traitement, ou retirez la question`,
    offenceReferenceMissing: ({ pointer }) =>
      `Le champ « ${pointer} » recueille des données d'infractions ou de condamnations (article 10) : seul un texte de loi peut en permettre le traitement. Citez-le dans « legalReference » de la finalité principale`,
    nirReferenceMissing: ({ pointer }) =>
      `Le champ « ${pointer} » recueille le NIR (numéro de sécurité sociale), réservé aux traitements que prévoit le décret n° 2019-341 : citez le texte applicable dans « legalReference » de la finalité principale, ou retirez la question`,
    compileFailed: ({ detail }) => `Le schéma ne peut pas être compilé : ${detail}`,
    compileForbidden: () =>
      'La politique de sécurité de la page (Content-Security-Policy) interdit de compiler le validateur : publiez-le précompilé (guichet-compile) et donnez-le au formulaire (validator-src).',
    validatorMismatch: () =>
      'Le validateur précompilé a été compilé depuis une autre version de cette démarche : il n’est pas utilisé. Compilez-le à nouveau (guichet-compile) et publiez les deux fichiers ensemble.',
  },
  definition: {
    type: ({ type = '' }) => `doit être ${type.split(',').map((t) => definitionTypes[t] ?? t).join(' ou ')}`,
    enum: ({ allowed = [] }) => `doit valoir l'une de ces valeurs : ${allowed.join(', ')}`,
    const: ({ allowed = [] }) => `doit valoir ${allowed[0] ?? ''}`,
    pattern: ({ pattern = '' }) => `n'a pas la forme attendue (${pattern})`,
    format: ({ format = '' }) => `doit être au format ${format}`,
    minLength: ({ limit = 0 }) => (limit === 1 ? 'ne doit pas être vide' : `doit compter au moins ${chars(limit)}`),
    maxLength: ({ limit = 0 }) => `doit compter au plus ${chars(limit)}`,
    minimum: ({ limit }) => `doit être supérieur ou égal à ${n(limit)}`,
    maximum: ({ limit }) => `doit être inférieur ou égal à ${n(limit)}`,
    minItems: ({ limit = 0 }) => `doit contenir au moins ${n(limit)} ${plural('fr', limit, 'élément', 'éléments')}`,
    maxItems: ({ limit = 0 }) => `doit contenir au plus ${n(limit)} ${plural('fr', limit, 'élément', 'éléments')}`,
    minProperties: ({ limit = 0 }) => `doit contenir au moins ${n(limit)} ${plural('fr', limit, 'propriété', 'propriétés')}`,
    uniqueItems: () => 'ne doit pas contenir deux fois la même valeur',
    propertyNames: () => "contient un nom de propriété qui n'est pas accepté",
    alternatives: () => "n'a aucune des formes acceptées",
    generic: () => "n'est pas valide",
  },
  unsupported: {
    dynamicRef: 'utilisez une référence $ref ordinaire',
    recursiveRef: 'utilisez une référence $ref ordinaire',
    booleanExclusive: 'écrivez « exclusiveMinimum »/« exclusiveMaximum » avec un nombre (draft-07)',
    tupleItems2020: 'en 2020-12, une liste de schémas s’écrit « prefixItems »',
  },
  alternative: {
    question: () => 'Comment souhaitez-vous répondre ?',
    text: () => 'Un texte',
    number: () => 'Un nombre',
    yesNo: () => 'Oui ou non',
    choice: () => 'Un choix dans une liste',
    list: () => 'Une liste',
    numbered: ({ position }) => `Réponse n° ${position}`,
    answer: ({ question, alternative }) => `${question} : ${alternative}`,
  },
  fallback: {
    noType: () => "Ce champ n'indique pas le type de réponse attendu : il ne peut pas être affiché.",
    tuple: () => 'Cette liste à positions fixes ne peut pas encore être présentée.',
    recursion: () => 'Cette partie se répète elle-même sans fin : elle ne peut pas être affichée.',
    dynamicKeys: () => 'Cette partie attend des noms de champs libres : elle ne peut pas être affichée.',
    mixedTypes: () => 'Ce champ accepte plusieurs types de réponses : il ne peut pas être affiché.',
  },
  form: {
    keepOnDevice: () => "Garder mes réponses sur cet appareil jusqu'à l'envoi",
    keepOnDeviceHint: ({ hours }) =>
      `Seulement sur votre appareil personnel : sur un ordinateur partagé (médiathèque, espace France Services…), laissez cette case vide. Sans elle, vos réponses sont effacées à la fermeture de l'onglet ; avec elle, après l'envoi ou au bout de ${hours % 24 === 0 ? `${n(hours / 24)} ${plural('fr', hours / 24, 'jour', 'jours')}` : `${n(hours)} ${plural('fr', hours, 'heure', 'heures')}`}. Les réponses sensibles et les fichiers ne sont jamais gardés.`,
    previous: () => 'Précédent',
    next: () => 'Continuer',
    submit: () => 'Envoyer',
    errorSummaryTitle: () => 'Il y a un problème',
    requiredNote: () => 'Tous les champs sont obligatoires sauf mention contraire.',
    loading: () => 'Chargement du formulaire…',
    invalidTitle: () => 'Ce formulaire ne peut pas être affiché',
    loadFailed: ({ detail }) => `Le formulaire n'a pas pu être chargé (${detail}). Réessayez plus tard.`,
    unsupportedTitle: ({ label }) => `Question non disponible : ${label}`,
    sent: () => 'Votre demande a été envoyée',
    reference: ({ reference }) => `Votre numéro de dossier : ${reference}`,
    sendFailed: () => "L'envoi n'a pas abouti. Vos réponses sont conservées : réessayez dans un moment.",
    sending: () => 'Envoi en cours…',
    retrying: ({ seconds }) => {
      const later =
        seconds < 60
          ? `${seconds} ${plural('fr', seconds, 'seconde', 'secondes')}`
          : `${Math.ceil(seconds / 60)} ${plural('fr', Math.ceil(seconds / 60), 'minute', 'minutes')}`;
      return `Envoi impossible pour le moment : nouvel essai dans ${later}… Vos réponses sont conservées.`;
    },
    retryNow: () => 'Réessayer maintenant',
    offline: () => 'Vous êtes hors ligne : vos réponses seront envoyées dès le retour de la connexion. Elles sont conservées.',
    sendRefused: ({ status }) =>
      `Le service qui reçoit la démarche a refusé l'envoi (erreur ${status}). Vos réponses sont conservées ; si le problème continue, contactez l'organisme.`,
    addItem: ({ label }) => `Ajouter : ${label}`,
    removeItem: ({ label }) => `Supprimer « ${label} »`,
    confirmRemove: ({ label }) => `Supprimer « ${label} » et ses réponses ?`,
    confirmYes: () => 'Oui, supprimer',
    cancel: () => 'Annuler',
    itemAdded: ({ label }) => `${label} ajouté`,
    itemRemoved: ({ label }) => `${label} supprimé`,
    resultsCount: ({ count }) =>
      count === 0 ? 'Aucun résultat' : `${count} ${plural('fr', count, 'résultat', 'résultats')}`,
    chosenFiles: () => 'Fichiers choisis',
    removeFile: ({ name }) => `Retirer « ${name} »`,
    reviewTitle: () => 'Vérifiez vos réponses',
    dateAt: ({ date, time }) => `${date} à ${time}`,
    stepsLabel: () => 'Étapes de la démarche',
    stepStatus: { done: () => '(terminée)', current: () => '(en cours)', upcoming: () => '(à venir)' },
    change: () => 'Modifier',
    changeWhat: ({ label }) => ` « ${label} »`,
    itemQuestion: ({ item, label }) => `${item} : ${label}`,
    notAnswered: () => 'Non renseigné',
    day: () => 'Jour',
    month: () => 'Mois',
    year: () => 'Année',
    questionsChanged: ({ added, removed }) =>
      [
        added > 0 ? `${added} ${plural('fr', added, 'question ajoutée', 'questions ajoutées')}` : '',
        removed > 0 ? `${removed} ${plural('fr', removed, 'question retirée', 'questions retirées')}` : '',
      ]
        .filter(Boolean)
        .join(', '),
  },
  address: {
    searchLabel: () => 'Rechercher une adresse',
    searchHint: ({ min }) =>
      `Saisissez au moins ${min} caractères (numéro, voie, commune), puis choisissez une adresse dans la liste. Vous pouvez aussi remplir les champs ci-dessous.`,
    suggestions: () => 'Adresses proposées',
    searching: () => 'Recherche en cours…',
    noResult: () => 'Aucune adresse trouvée : vérifiez la saisie, ou remplissez les champs ci-dessous.',
    results: ({ count }) => `${count} ${plural('fr', count, 'adresse trouvée', 'adresses trouvées')}`,
    failed: () => "Le service de recherche d'adresse ne répond pas : saisissez l'adresse dans les champs ci-dessous.",
    filled: ({ label }) => `Adresse remplie : ${label}. Vérifiez les champs ci-dessous.`,
  },
  itemLabel: ({ label, position }) => `${label} ${position}`,
  untitledField: ({ name }) => name,
  untitledForm: () => 'Formulaire',
  unknownOrganisation: () => 'Organisme non précisé',
  stepOf: ({ index, total }) => `Étape ${index} sur ${total}`,
  errorPrefix: () => 'Erreur :',
  optional: () => '(facultatif)',
  identifierHint: {
    siren: () => '9 chiffres. Exemple : 356 000 000',
    siret: () => '14 chiffres : le numéro SIREN suivi de 5 chiffres. Exemple : 356 000 000 00048',
    iban: () => "Il figure sur votre relevé d'identité bancaire (RIB). Exemple : FR76 3000 6000 0112 3456 7890 189",
    nir: () => 'Numéro de sécurité sociale inscrit sur la carte Vitale : 15 chiffres. Exemple : 2 69 05 49 588 157 80',
  },
  yes: () => 'Oui',
  no: () => 'Non',
};
