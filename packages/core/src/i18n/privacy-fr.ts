import type { PrivacyMessages } from './privacy-catalogue.js';

/** What Guichet says about personal data, in French. */
export const privacyFr: PrivacyMessages = {
  notice: {
    title: () => 'Vos données personnelles',
    summary: ({ controller, purposes, retention }) =>
      [
        `Responsable du traitement : ${controller}.`,
        `Vos réponses servent à : ${purposes.join(' ; ')}.`,
        retention ? `Durée de conservation : ${retention}.` : '',
        'Vous pouvez accéder à vos données, les faire rectifier et exercer vos autres droits : voir « Vos données personnelles ».',
      ]
        .filter(Boolean)
        .join(' '),
    summaryUnstated: ({ organisation }) =>
      `Cette démarche ne précise pas l'usage qui sera fait de vos réponses : voir « Vos données personnelles », ou demandez-le à ${organisation}.`,
    heading: {
      controller: () => 'Responsable du traitement',
      dpo: () => 'Délégué à la protection des données',
      purposes: () => 'Pourquoi vos données sont utilisées',
      recipients: () => 'Qui reçoit vos données',
      retention: () => 'Combien de temps elles sont conservées',
      transfers: () => "Transferts hors de l'Union européenne",
      rights: () => 'Vos droits et comment les exercer',
      complaint: () => 'Réclamation auprès de la CNIL',
      mandatory: () => 'Faut-il répondre à toutes les questions ?',
    },
    contact: {
      email: ({ value }) => `Courriel : ${value}`,
      phone: ({ value }) => `Téléphone : ${value}`,
      address: ({ value }) => `Adresse : ${value}`,
      url: ({ value }) => `Site : ${value}`,
    },
    legalBasis: {
      'public-task': () => "exécution d'une mission d'intérêt public",
      'legal-obligation': () => "respect d'une obligation légale",
      consent: () => 'votre consentement',
      contract: () => "exécution d'un contrat avec vous, ou de mesures prises à votre demande avant sa conclusion",
      'vital-interest': () => "sauvegarde des intérêts vitaux d'une personne",
      'legitimate-interest': () => 'intérêts légitimes poursuivis par le responsable du traitement',
    },
    article6: ({ point }) => `article 6.1.${point} du RGPD`,
    purpose: ({ description, basis, article }) => `${description} Base légale : ${basis} (${article}).`,
    optionalPurpose: () => 'Facultatif : seulement si vous cochez la case correspondante ; vous pouvez retirer votre accord à tout moment.',
    legalReference: ({ reference }) => `Texte applicable : ${reference}.`,
    specialCategories: ({ condition }) =>
      `Certaines réponses sont des données sensibles (article 9 du RGPD). Leur traitement est permis par : ${condition}.`,
    specialCategoriesBasis: {
      'explicit-consent': () => 'votre consentement explicite (article 9.2.a)',
      'employment-social-protection': () =>
        'les obligations du droit du travail, de la sécurité sociale et de la protection sociale (article 9.2.b)',
      'vital-interest': () => "la sauvegarde des intérêts vitaux d'une personne hors d'état de donner son consentement (article 9.2.c)",
      'non-profit-body': () =>
        "les activités légitimes d'une fondation, d'une association ou d'un autre organisme à but non lucratif, pour ses membres (article 9.2.d)",
      'made-public': () => 'des données que vous avez manifestement rendues publiques (article 9.2.e)',
      'legal-claims': () => "la constatation, l'exercice ou la défense d'un droit en justice (article 9.2.f)",
      'substantial-public-interest': () => "un motif d'intérêt public important prévu par la loi (article 9.2.g)",
      'health-social-care': () => 'la médecine préventive, les soins ou la prise en charge sanitaire ou sociale (article 9.2.h)',
      'public-health': () => "un motif d'intérêt public dans le domaine de la santé publique (article 9.2.i)",
      'archiving-research': () =>
        "l'archivage dans l'intérêt public, la recherche scientifique ou historique, ou la statistique (article 9.2.j)",
    },
    recipientsIntro: () => 'Vos données sont destinées à :',
    recipientsUnstated: () => 'Les destinataires de vos données ne sont pas précisés : vous pouvez les demander au responsable du traitement.',
    retention: ({ duration }) => `Vos données sont conservées ${duration}.`,
    retentionUnstated: () => "La durée de conservation n'est pas précisée : vous pouvez la demander au responsable du traitement.",
    transfersNone: () => "Vos données ne sont pas transférées hors de l'Union européenne.",
    transfersIntro: () => "Vos données sont transférées hors de l'Union européenne :",
    rightsIntro: () => 'Vous disposez des droits suivants sur vos données :',
    right: {
      access: () => "Droit d'accès : savoir si des données vous concernant sont traitées et en obtenir une copie (article 15 du RGPD).",
      rectification: () => 'Droit de rectification : faire corriger des données inexactes ou compléter des données incomplètes (article 16).',
      erasure: () => "Droit à l'effacement : faire supprimer vos données dans les cas prévus par l'article 17.",
      restriction: () =>
        "Droit à la limitation : faire suspendre l'utilisation de vos données, par exemple le temps de vérifier leur exactitude (article 18).",
      objection: () => "Droit d'opposition : vous opposer au traitement de vos données pour des raisons tenant à votre situation particulière (article 21).",
      portability: () =>
        'Droit à la portabilité : recevoir les données que vous avez fournies dans un format structuré et lisible par une machine, ou les faire transmettre à un autre organisme (article 20).',
      'withdraw-consent': () => 'Retrait du consentement : retirer votre accord à tout moment, sans effet sur ce qui a été fait avant (article 7.3).',
      'post-mortem': () =>
        'Directives après votre décès : décider de ce que deviennent vos données après votre décès (article 85 de la loi Informatique et Libertés).',
    },
    rightOnlyFor: ({ right, purposes }) => `${right} Ce droit s'applique à : ${purposes.join(' ; ')}.`,
    exercise: () => 'Pour exercer ces droits, ou pour toute question sur vos données, contactez :',
    exerciseUnstated: ({ organisation }) => `Pour exercer ces droits, adressez-vous à ${organisation}.`,
    complaint: () =>
      "Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (Commission nationale de l'informatique et des libertés) : en ligne sur www.cnil.fr, ou par courrier au 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.",
    mandatoryDefault: () =>
      'Les questions obligatoires sont nécessaires pour traiter votre demande : sans ces réponses, elle ne peut être ni envoyée ni traitée. Les questions marquées « facultatif » peuvent rester sans réponse.',
    unstated: ({ organisation }) =>
      `Cette démarche ne précise pas l'usage qui sera fait de vos données. Avant d'envoyer vos réponses, vous pouvez le demander à ${organisation}.`,
  },
  consent: {
    legend: () => 'Utilisations facultatives de vos données',
    hint: () =>
      'Cochez seulement ce que vous acceptez. Votre demande sera traitée de la même façon, et vous pourrez retirer votre accord à tout moment.',
    requiredHint: () =>
      'Cette démarche repose sur votre accord : cochez la case pour envoyer votre demande. Vous pourrez le retirer à tout moment.',
  },
  envelope: {
    procedureMismatch: ({ expected, got }) => `Ces réponses concernent la démarche « ${got} », pas « ${expected} »`,
    versionMismatch: ({ expected, got }) =>
      `Ces réponses ont été saisies sur la version « ${got} » de la démarche ; la version en vigueur est « ${expected} »`,
    retentionMismatch: ({ expected, got }) => `La durée de conservation annoncée (${got}) n'est pas celle de la démarche (${expected})`,
    invalid: ({ property }) => `« ${property} » manque ou n'a pas la forme attendue`,
    consentsNotList: () => 'Les consentements (« consents ») doivent être une liste de preuves',
    consentUnknown: ({ purpose }) => `« ${purpose} » n'est pas une finalité de cette démarche soumise au consentement`,
    consentRepeated: ({ purpose }) => `Le choix pour la finalité « ${purpose} » figure plusieurs fois`,
    consentMissing: ({ purpose }) => `Le consentement à la finalité « ${purpose} » manque : sans lui, la demande ne peut pas être traitée`,
    consentRefused: ({ purpose }) => `La demande ne peut pas être traitée sans le consentement à la finalité « ${purpose} »`,
    noticeOutdated: ({ expected, got }) =>
      `Ce choix a été fait sur la version « ${got} » des informations RGPD ; la version en vigueur est « ${expected} »`,
  },
  category: {
    none: () => 'Aucune donnée personnelle',
    identity: () => "État civil, identité, données d'identification",
    contact: () => 'Coordonnées',
    location: () => 'Adresse et localisation',
    family: () => 'Vie personnelle et familiale',
    financial: () => "Informations d'ordre économique et financier",
    professional: () => 'Vie professionnelle',
    education: () => 'Formation, scolarité',
    sensitive: () => 'Données sensibles (article 9 du RGPD : santé, opinions, religion…)',
    offence: () => 'Infractions, condamnations, mesures de sûreté (article 10 du RGPD)',
    nir: () => "Numéro d'inscription au répertoire (NIR, numéro de sécurité sociale)",
    other: () => 'Autres données',
  },
};
