import type { PrivacyMessages } from './privacy-catalogue.js';

/** What Guichet says about personal data, in English. */
export const privacyEn: PrivacyMessages = {
  notice: {
    title: () => 'Your personal data',
    summary: ({ controller, purposes, retention }) =>
      [
        `Data controller: ${controller}.`,
        `Your answers are used to: ${purposes.join('; ')}.`,
        retention ? `Kept for: ${retention}.` : '',
        'You can access your data, have it corrected and use your other rights: see “Your personal data”.',
      ]
        .filter(Boolean)
        .join(' '),
    summaryUnstated: ({ organisation }) =>
      `This procedure does not say how your answers will be used: see “Your personal data”, or ask ${organisation}.`,
    heading: {
      controller: () => 'Data controller',
      dpo: () => 'Data protection officer',
      purposes: () => 'Why your data is used',
      recipients: () => 'Who receives your data',
      retention: () => 'How long it is kept',
      transfers: () => 'Transfers outside the European Union',
      rights: () => 'Your rights and how to use them',
      complaint: () => 'Complaints to the CNIL',
      mandatory: () => 'Do you have to answer every question?',
    },
    contact: {
      email: ({ value }) => `Email: ${value}`,
      phone: ({ value }) => `Phone: ${value}`,
      address: ({ value }) => `Address: ${value}`,
      url: ({ value }) => `Website: ${value}`,
    },
    legalBasis: {
      'public-task': () => 'performance of a task carried out in the public interest',
      'legal-obligation': () => 'compliance with a legal obligation',
      consent: () => 'your consent',
      contract: () => 'performance of a contract with you, or steps taken at your request before entering into one',
      'vital-interest': () => "protection of someone's vital interests",
      'legitimate-interest': () => 'legitimate interests pursued by the controller',
    },
    article6: ({ point }) => `GDPR Article 6(1)(${point})`,
    purpose: ({ description, basis, article }) => `${description} Legal basis: ${basis} (${article}).`,
    optionalPurpose: () => 'Optional: only if you tick its box; you can withdraw your agreement at any time.',
    legalReference: ({ reference }) => `Legal provision: ${reference}.`,
    specialCategories: ({ condition }) =>
      `Some answers are special categories of data (GDPR Article 9). Processing them is allowed by: ${condition}.`,
    specialCategoriesBasis: {
      'explicit-consent': () => 'your explicit consent (Article 9(2)(a))',
      'employment-social-protection': () => 'obligations of employment, social security and social protection law (Article 9(2)(b))',
      'vital-interest': () => 'protecting the vital interests of a person who cannot give consent (Article 9(2)(c))',
      'non-profit-body': () =>
        'the legitimate activities of a foundation, association or other not-for-profit body, for its members (Article 9(2)(d))',
      'made-public': () => 'data you have manifestly made public (Article 9(2)(e))',
      'legal-claims': () => 'establishing, exercising or defending legal claims (Article 9(2)(f))',
      'substantial-public-interest': () => 'reasons of substantial public interest laid down by law (Article 9(2)(g))',
      'health-social-care': () => 'preventive medicine, medical care or social care (Article 9(2)(h))',
      'public-health': () => 'reasons of public interest in the area of public health (Article 9(2)(i))',
      'archiving-research': () => 'archiving in the public interest, scientific or historical research, or statistics (Article 9(2)(j))',
    },
    recipientsIntro: () => 'Your data is intended for:',
    recipientsUnstated: () => 'The recipients of your data are not stated: you can ask the controller for them.',
    retention: ({ duration }) => `Your data is kept for ${duration}.`,
    retentionUnstated: () => 'How long your data is kept is not stated: you can ask the controller.',
    transfersNone: () => 'Your data is not transferred outside the European Union.',
    transfersIntro: () => 'Your data is transferred outside the European Union:',
    rightsIntro: () => 'You have the following rights over your data:',
    right: {
      access: () => 'Right of access: to know whether data about you is processed, and get a copy of it (GDPR Article 15).',
      rectification: () => 'Right to rectification: to have inaccurate data corrected, or incomplete data completed (Article 16).',
      erasure: () => 'Right to erasure: to have your data deleted in the cases set out in Article 17.',
      restriction: () => 'Right to restriction: to have the use of your data suspended, for example while its accuracy is checked (Article 18).',
      objection: () => 'Right to object: to object to the processing of your data on grounds relating to your particular situation (Article 21).',
      portability: () =>
        'Right to data portability: to receive the data you provided in a structured, machine-readable format, or have it sent to another organisation (Article 20).',
      'withdraw-consent': () => 'Withdrawing consent: you can withdraw your agreement at any time, without affecting what was done before (Article 7(3)).',
      'post-mortem': () =>
        'Instructions after your death: to decide what happens to your data after your death (Article 85 of the French Data Protection Act).',
    },
    rightOnlyFor: ({ right, purposes }) => `${right} This right applies to: ${purposes.join('; ')}.`,
    exercise: () => 'To use these rights, or for any question about your data, contact:',
    exerciseUnstated: ({ organisation }) => `To use these rights, contact ${organisation}.`,
    complaint: () =>
      'If you think your rights are not respected, you can complain to the CNIL (the French data protection authority): online at www.cnil.fr, or by post to 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France.',
    mandatoryDefault: () =>
      'The required questions are needed to handle your request: without those answers, it can be neither sent nor handled. Questions marked “optional” can be left unanswered.',
    unstated: ({ organisation }) =>
      `This procedure does not say how your data will be used. Before sending your answers, you can ask ${organisation}.`,
  },
  consent: {
    legend: () => 'Optional uses of your data',
    hint: () => 'Tick only what you agree to. Your request will be handled the same way, and you can withdraw your agreement at any time.',
    requiredHint: () => 'This procedure relies on your agreement: tick the box to send your request. You can withdraw it at any time.',
  },
  envelope: {
    procedureMismatch: ({ expected, got }) => `These answers are for the procedure “${got}”, not “${expected}”`,
    versionMismatch: ({ expected, got }) => `These answers were given on version “${got}” of the procedure; the current version is “${expected}”`,
    retentionMismatch: ({ expected, got }) => `The retention period given (${got}) is not the procedure's (${expected})`,
    invalid: ({ property }) => `“${property}” is missing or does not have the expected shape`,
    consentsNotList: () => 'Consents (“consents”) must be a list of proofs',
    consentUnknown: ({ purpose }) => `“${purpose}” is not a purpose of this procedure that asks for consent`,
    consentRepeated: ({ purpose }) => `The choice for the purpose “${purpose}” is given more than once`,
    consentMissing: ({ purpose }) => `Consent to the purpose “${purpose}” is missing: without it, the request cannot be handled`,
    consentRefused: ({ purpose }) => `The request cannot be handled without consent to the purpose “${purpose}”`,
    noticeOutdated: ({ expected, got }) => `This choice was made on version “${got}” of the privacy notice; the current version is “${expected}”`,
  },
  category: {
    none: () => 'No personal data',
    identity: () => 'Civil status, identity, identification data',
    contact: () => 'Contact details',
    location: () => 'Address and location',
    family: () => 'Personal and family life',
    financial: () => 'Economic and financial information',
    professional: () => 'Professional life',
    education: () => 'Education and training',
    sensitive: () => 'Special categories of data (GDPR Article 9: health, opinions, religion…)',
    offence: () => 'Criminal convictions and offences (GDPR Article 10)',
    nir: () => 'French social security number (NIR)',
    other: () => 'Other data',
  },
};
