import { plural } from './plural.js';
import type { RecordMessages } from './privacy-catalogue.js';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The record of processing, in English. */
export const recordEn: RecordMessages = {
  title: () => 'Record of processing activities',
  name: ({ title }) => `Online procedure “${title}”`,
  intro: ({ date, title, id, version }) =>
    `Entry drawn up on ${date} by Guichet from the procedure “${title}” (id ${id}, version ${version}). It repeats what the procedure states; what it cannot know is marked “To be completed by the commune”.`,
  toCompleteCount: ({ count }) =>
    count === 0 ? 'Nothing to complete.' : `${count} ${plural('en', count, 'point', 'points')} to be completed by the commune.`,
  toCompleteList: () => 'To be completed by the commune:',
  heading: {
    controller: () => 'Data controller (GDPR Article 30(1)(a))',
    service: () => 'Department in charge of the procedure',
    dpo: () => 'Data protection officer (Article 30(1)(a))',
    rights: () => "Exercising people's rights",
    purposes: () => 'Purposes and legal bases (Article 30(1)(b))',
    subjects: () => 'Categories of data subjects (Article 30(1)(c))',
    categories: () => 'Categories of personal data collected (Article 30(1)(c))',
    special: () => 'Special categories, offences and NIR (Articles 9 and 10)',
    recipients: () => 'Recipients (Article 30(1)(d))',
    transfers: () => 'Transfers outside the European Union (Article 30(1)(e))',
    retention: () => 'Retention period (Article 30(1)(f))',
    security: () => 'Security measures (Articles 30(1)(g) and 32)',
  },
  contact: {
    email: ({ value }) => `Email: ${value}`,
    phone: ({ value }) => `Phone: ${value}`,
    address: ({ value }) => `Address: ${value}`,
    url: ({ value }) => `Website: ${value}`,
  },
  categoryHeader: () => 'Category',
  fieldsHeader: () => 'Questions of the form',
  unclassified: () => 'Questions without a stated category',
  legalBasis: {
    'public-task': () => 'performance of a task carried out in the public interest or in the exercise of official authority',
    'legal-obligation': () => 'compliance with a legal obligation',
    consent: () => "the person's consent",
    contract: () => 'performance of a contract with the person, or steps taken at their request before entering into one',
    'vital-interest': () => "protection of someone's vital interests",
    'legitimate-interest': () => 'legitimate interests pursued by the controller',
  },
  basis: ({ basis, article }) => `Legal basis: ${basis} (${article}).`,
  optional: () => "Optional: only with the person's consent, given with a checkbox of its own.",
  legalReference: ({ reference }) => `Legal provision: ${reference}.`,
  subjects: {
    applicants: () => 'The people who fill in the procedure online (the applicants).',
    group: ({ label }) => `The people described in the part “${label}”.`,
    family: () => "Members of the applicant's family (personal and family life data).",
  },
  special: {
    none: () => 'No question is stated as a special category of data, offence data or NIR.',
    present: ({ categories }) => `The procedure collects: ${categories.join('; ')}.`,
    condition: ({ condition }) => `Exception of Article 9(2) relied on: ${condition}.`,
  },
  transfersNone: () => 'The procedure states no transfer outside the European Union.',
  retention: ({ words, duration }) => `${words} (${duration}).`,
  security: {
    guichet: () => 'What Guichet, the form component, does:',
    validation: () =>
      'Every answer is checked, in the browser and again on receipt, against the same JSON Schema (types, formats, lengths, allowed values): whatever does not match is refused.',
    minimisation: () =>
      "Minimisation: answers to questions that do not apply to the person's situation are removed before sending and on receipt.",
    noThirdParty: () =>
      'No call to any third-party service: no web font, CDN or analytics. An address search exists only if the integrator plugs one in; what is typed in its search box is then sent to that service, to be added to the recipients.',
    https: ({ endpoint }) => `Answers are sent over HTTPS to ${endpoint}.`,
    relative: ({ endpoint }) => `Answers are sent to “${endpoint}”, on the site that shows the form: that site must be served over HTTPS.`,
    drafts: () =>
      'Drafts: what the person types is kept in their browser for the session only, and on the device beyond that only if they choose to, with a warning about shared computers. Sensitive data is never written there; the draft is erased after a successful submission.',
    consentProofs: () =>
      'Each consent choice is sent with its date and the SHA-256 fingerprint of the notice text shown, which proves what the person read.',
    files: () => 'Attached files are checked before sending (accepted file types and size).',
  },
  todo: {
    controller: () => 'The name and contact details of the controller (the commune, represented by its mayor).',
    service: () => 'The department that handles the requests, and its contact details.',
    dpo: () => 'The name and contact details of the data protection officer (required for a commune, Article 37).',
    rights: () => 'The department or person to whom people address their requests about their rights.',
    purposes: () => 'The purposes of the processing and the legal basis of each.',
    legalReference: ({ purpose }) => `The legal text the purpose “${purpose}” rests on (Article 6(3): law, decree, council decision).`,
    subjects: () => 'Who exactly the data subjects are (the applicant, their children, other people…), and whether minors are among them.',
    unclassified: () =>
      'The category of the questions above (the “personalData” property of each field), or confirmation that they are not about people (“none”).',
    specialCondition: () => 'The exception of Article 9(2) that allows processing special categories of data (“privacy.specialCategoriesBasis”).',
    specialReference: () => 'The law that allows processing offence data or the NIR (“legalReference” of the main purpose).',
    impactAssessment: () =>
      'Whether a data protection impact assessment (DPIA, Article 35) was carried out: it is often required for special categories, offence data or the NIR.',
    recipients: () => 'The departments and bodies that receive the data.',
    processors: () =>
      'The processors (host of the server that receives the requests, publisher of the software that manages them), their contract (Article 28) and where they store the data.',
    transferSafeguards: () =>
      'The safeguards of each transfer outside the European Union (adequacy decision, standard contractual clauses… Article 46) and where to consult them.',
    retentionDuration: () => 'How long the requests are kept.',
    retentionStart: () => 'When the retention period starts, and its exceptions.',
    retentionEnd: () => 'What happens to the data at the end: deletion, or transfer to the archives (French Heritage Code).',
    endpointMissing: () =>
      'How answers are transmitted: without a submission address, the form hands them to the page that embeds it, which must send them over HTTPS.',
    endpointInsecure: ({ endpoint }) => `The submission address ${endpoint} is not HTTPS: answers would travel in clear text. Change it to https://.`,
    hosting: () => 'Hosting of the server that receives the requests: host, storage location, processing contract.',
    access: () => 'Access rights: which staff can read the requests, with individual authentication.',
    logging: () => 'Traceability: logging of reads and changes.',
    backups: () => 'Backups, and encryption of stored and backed-up data.',
    deletion: () => 'Actual deletion of requests at the end of the retention period.',
    training: () => 'Awareness of the staff who handle the requests.',
  },
  date: ({ date }) => dateFormat.format(date),
};
