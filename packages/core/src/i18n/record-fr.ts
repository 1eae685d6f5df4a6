import { plural } from './plural.js';
import type { RecordMessages } from './privacy-catalogue.js';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The record of processing, in French (the words of the CNIL's model register). */
export const recordFr: RecordMessages = {
  title: () => 'Registre des activités de traitement',
  name: ({ title }) => `Démarche en ligne « ${title} »`,
  intro: ({ date, title, id, version }) =>
    `Fiche établie le ${date} par Guichet à partir de la démarche « ${title} » (identifiant ${id}, version ${version}). Elle reprend ce que la démarche déclare ; ce qu'elle ne peut pas savoir est marqué « À compléter par la commune ».`,
  toCompleteCount: ({ count }) =>
    count === 0 ? 'Aucun point à compléter.' : `${count} ${plural('fr', count, 'point est', 'points sont')} à compléter par la commune.`,
  toCompleteList: () => 'À compléter par la commune :',
  heading: {
    controller: () => 'Responsable du traitement (article 30.1.a du RGPD)',
    service: () => 'Service chargé de la démarche',
    dpo: () => 'Délégué à la protection des données (article 30.1.a)',
    rights: () => 'Exercice des droits des personnes',
    purposes: () => 'Finalités et bases légales (article 30.1.b)',
    subjects: () => 'Catégories de personnes concernées (article 30.1.c)',
    categories: () => 'Catégories de données collectées (article 30.1.c)',
    special: () => 'Données sensibles, infractions et NIR (articles 9 et 10)',
    recipients: () => 'Destinataires (article 30.1.d)',
    transfers: () => "Transferts hors de l'Union européenne (article 30.1.e)",
    retention: () => 'Durée de conservation (article 30.1.f)',
    security: () => 'Mesures de sécurité (articles 30.1.g et 32)',
  },
  contact: {
    email: ({ value }) => `Courriel : ${value}`,
    phone: ({ value }) => `Téléphone : ${value}`,
    address: ({ value }) => `Adresse : ${value}`,
    url: ({ value }) => `Site : ${value}`,
  },
  categoryHeader: () => 'Catégorie',
  fieldsHeader: () => 'Questions du formulaire',
  unclassified: () => 'Questions sans catégorie déclarée',
  legalBasis: {
    'public-task': () => "exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique",
    'legal-obligation': () => "respect d'une obligation légale",
    consent: () => 'consentement de la personne',
    contract: () => "exécution d'un contrat avec la personne, ou de mesures précontractuelles prises à sa demande",
    'vital-interest': () => "sauvegarde des intérêts vitaux d'une personne",
    'legitimate-interest': () => 'intérêts légitimes poursuivis par le responsable du traitement',
  },
  basis: ({ basis, article }) => `Base légale : ${basis} (${article}).`,
  optional: () => 'Facultative : seulement avec le consentement de la personne, par une case à cocher distincte.',
  legalReference: ({ reference }) => `Texte applicable : ${reference}.`,
  subjects: {
    applicants: () => 'Les personnes qui font la démarche en ligne (les demandeurs).',
    group: ({ label }) => `Les personnes décrites dans la partie « ${label} ».`,
    family: () => 'Des membres de la famille du demandeur (données de vie personnelle et familiale).',
  },
  special: {
    none: () => "Aucune question n'est déclarée comme donnée sensible, donnée d'infraction ou NIR.",
    present: ({ categories }) => `La démarche recueille : ${categories.join(' ; ')}.`,
    condition: ({ condition }) => `Exception de l'article 9.2 invoquée : ${condition}.`,
  },
  transfersNone: () => "Aucun transfert hors de l'Union européenne n'est déclaré par la démarche.",
  retention: ({ words, duration }) => `${words} (${duration}).`,
  security: {
    guichet: () => 'Ce que fait Guichet, le composant du formulaire :',
    validation: () =>
      'Chaque réponse est vérifiée, dans le navigateur puis à la réception, par le même schéma JSON (types, formats, longueurs, valeurs permises) : ce qui ne le respecte pas est refusé.',
    minimisation: () =>
      "Minimisation : les réponses aux questions qui ne s'appliquent pas à la situation de la personne sont retirées avant l'envoi et à la réception.",
    noThirdParty: () =>
      "Aucun appel à un service tiers : ni police de caractères, ni CDN, ni mesure d'audience. Une recherche d'adresse n'existe que si l'intégrateur en branche une ; ce qui est tapé dans sa zone de recherche est alors envoyé à ce service, à ajouter aux destinataires.",
    https: ({ endpoint }) => `Les réponses sont envoyées en HTTPS à ${endpoint}.`,
    relative: ({ endpoint }) =>
      `Les réponses sont envoyées à « ${endpoint} », sur le site qui présente le formulaire : ce site doit être servi en HTTPS.`,
    drafts: () =>
      "Brouillons : ce que la personne saisit est gardé dans son navigateur pour la session seulement, et sur l'appareil au-delà uniquement si elle le choisit, avec un avertissement pour les ordinateurs partagés. Les données sensibles n'y sont jamais écrites ; le brouillon est effacé après un envoi réussi.",
    consentProofs: () =>
      "Chaque choix de consentement est transmis avec sa date et l'empreinte SHA-256 du texte d'information affiché, qui permet de prouver ce que la personne a lu.",
    files: () => "Les pièces jointes sont contrôlées avant l'envoi (types de fichiers et taille acceptés).",
  },
  todo: {
    controller: () => 'Le nom et les coordonnées du responsable du traitement (la commune, représentée par son maire).',
    service: () => 'Le service qui instruit les demandes, et ses coordonnées.',
    dpo: () => 'Le nom et les coordonnées du délégué à la protection des données (obligatoire pour une commune, article 37).',
    rights: () => 'Le service ou la personne auprès de qui les personnes exercent leurs droits.',
    purposes: () => 'Les finalités du traitement et la base légale de chacune.',
    legalReference: ({ purpose }) => `Le texte qui fonde la finalité « ${purpose} » (article 6.3 : loi, décret, délibération).`,
    subjects: () =>
      "Qui sont exactement les personnes concernées (le demandeur lui-même, ses enfants, d'autres personnes…), et si des mineurs en font partie.",
    unclassified: () =>
      "La catégorie des questions ci-dessus (propriété « personalData » de chaque champ), ou la confirmation qu'elles ne portent pas sur des personnes (« none »).",
    specialCondition: () => "L'exception de l'article 9.2 qui permet de traiter les données sensibles (« privacy.specialCategoriesBasis »).",
    specialReference: () => "Le texte de loi qui autorise le traitement des données d'infraction ou du NIR (« legalReference » de la finalité principale).",
    impactAssessment: () =>
      "Si une analyse d'impact (AIPD, article 35) a été menée : elle est souvent obligatoire pour des données sensibles, d'infraction ou le NIR.",
    recipients: () => 'Les services et organismes qui reçoivent les données.',
    processors: () =>
      "Les sous-traitants (hébergeur du serveur qui reçoit les demandes, éditeur du logiciel qui les gère), leur contrat (article 28) et le lieu où ils stockent les données.",
    transferSafeguards: () =>
      "Les garanties de chaque transfert hors de l'Union européenne (décision d'adéquation, clauses contractuelles types… article 46) et où les consulter.",
    retentionDuration: () => 'La durée de conservation des demandes.',
    retentionStart: () => 'Le point de départ de la durée de conservation et ses exceptions.',
    retentionEnd: () => "Le sort des données à l'échéance : suppression, ou versement aux archives (Code du patrimoine).",
    endpointMissing: () =>
      "La transmission des réponses : sans adresse d'envoi, le formulaire les remet à la page qui l'intègre, qui doit les envoyer en HTTPS.",
    endpointInsecure: ({ endpoint }) =>
      `L'adresse d'envoi ${endpoint} n'est pas en HTTPS : les réponses circuleraient en clair. Passez-la en https://.`,
    hosting: () => "L'hébergement du serveur qui reçoit les demandes : hébergeur, lieu de stockage, contrat de sous-traitance.",
    access: () => 'Les habilitations : quels agents consultent les demandes, avec une authentification individuelle.',
    logging: () => 'La traçabilité : la journalisation des consultations et des modifications.',
    backups: () => 'Les sauvegardes, et le chiffrement des données stockées et sauvegardées.',
    deletion: () => 'La suppression effective des demandes à la fin de la durée de conservation.',
    training: () => 'La sensibilisation des agents qui traitent les demandes.',
  },
  date: ({ date }) => dateFormat.format(date).replace(/^1 /u, '1er '),
};
