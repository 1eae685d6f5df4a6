import type { Catalogue, ErrorContext } from './catalogue.js';
import { formatNumber, plural } from './plural.js';

const n = (value: number | undefined): string => formatNumber('en', value ?? 0);
const chars = (limit = 0): string => `${n(limit)} ${plural('en', limit, 'character', 'characters')}`;

const fileTypes: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG', 'image/*': 'image', '.pdf': 'PDF', '.jpg': 'JPG', '.jpeg': 'JPG', '.png': 'PNG' };
const accepted = (accept: readonly string[] = []): string => [...new Set(accept.map((a) => fileTypes[a.toLowerCase()] ?? a))].join(', ');
const bytes = (size = 0): string =>
  size >= 1024 * 1024 ? `${n(Math.round((size / 1024 / 1024) * 10) / 10)} MB` : size >= 1024 ? `${n(Math.round(size / 1024))} KB` : `${n(size)} bytes`;

const typeNames: Record<string, string> = {
  string: 'some text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of answers',
  null: 'no value',
};

const definitionTypes: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

const formatExamples: Record<string, string> = {
  email: 'Enter a valid email address, like name@example.com',
  date: 'Enter a real date, like 14/07/2024',
  'date-time': 'Enter a real date and time',
  time: 'Enter a real time',
  uri: 'Enter a full web address, like https://www.example.com',
  url: 'Enter a full web address, like https://www.example.com',
  'fr-postal-code': 'Enter a French postcode of 5 digits, like 75001',
  'fr-phone': 'Enter a French phone number, like 01 23 45 67 89 or +33 1 23 45 67 89',
  siren: 'Enter a SIREN number of 9 digits',
  siret: 'Enter a SIRET number of 14 digits',
  iban: 'Enter a valid IBAN, like FR76 3000 6000 0112 3456 7890 189',
  nir: 'Enter a social security number of 15 digits (including the key)',
};

const formatNames: Record<string, string> = {
  'fr-postal-code': 'The postcode',
  'fr-phone': 'The phone number',
  siren: 'The SIREN number',
  siret: 'The SIRET number',
  iban: 'The IBAN',
  nir: 'The social security number',
};

const formatLengths: Record<string, string> = {
  'fr-postal-code': 'The postcode must be 5 digits',
  'fr-phone': 'The phone number must be 10 digits (or +33 followed by 9 digits)',
  siren: 'The SIREN number must be 9 digits',
  siret: 'The SIRET number must be 14 digits',
  iban: 'The IBAN is not the right length for its country',
  nir: 'The social security number must be 15 characters, including the key',
};

function formatMessage({ format = '', problem }: ErrorContext): string {
  const name = formatNames[format];
  if (problem && name) {
    switch (problem) {
      case 'characters':
        return `${name} contains a character that is not allowed`;
      case 'length':
        return formatLengths[format] ?? `${name} is not the right length`;
      case 'checksum':
        return `${name} is not valid: its check digits do not match. Check each digit`;
      case 'unknown-prefix':
        return `${name} starts with digits that do not exist`;
      case 'unknown-country':
        return `${name} starts with an unknown country code`;
    }
  }
  return formatExamples[format] ?? 'Enter it in the correct format';
}

/** Guichet's texts in English. */
export const en: Catalogue = {
  locale: 'en',
  error: {
    required: ({ label }) => `Enter “${label}”`,
    type: ({ type = '' }) => `Enter ${type.split(',').map((t) => typeNames[t] ?? t).join(' or ')}`,
    minLength: ({ limit }) => (limit === 1 ? 'This field cannot be empty' : `Enter at least ${chars(limit)}`),
    maxLength: ({ limit }) => `Enter ${chars(limit)} or fewer`,
    pattern: () => 'Enter it in the correct format',
    format: formatMessage,
    minimum: ({ limit }) => `Enter a number greater than or equal to ${n(limit)}`,
    maximum: ({ limit }) => `Enter a number less than or equal to ${n(limit)}`,
    exclusiveMinimum: ({ limit }) => `Enter a number greater than ${n(limit)}`,
    exclusiveMaximum: ({ limit }) => `Enter a number less than ${n(limit)}`,
    multipleOf: ({ limit }) => `Enter a multiple of ${n(limit)}`,
    enum: ({ allowed }) =>
      allowed && allowed.length <= 5 ? `Select one of the answers: ${allowed.join(', ')}` : 'Select one of the answers',
    const: ({ allowed }) => (allowed?.[0] ? `The only possible answer is: ${allowed[0]}` : 'This answer cannot be chosen'),
    minItems: ({ limit = 0 }) => `Select or add at least ${n(limit)} ${plural('en', limit, 'item', 'items')}`,
    maxItems: ({ limit = 0 }) => `Select or add ${n(limit)} ${plural('en', limit, 'item', 'items')} or fewer`,
    uniqueItems: () => 'Each item in the list must be different',
    contains: () => 'The list does not contain an expected item',
    minProperties: ({ limit = 0 }) => `Fill in at least ${n(limit)} ${plural('en', limit, 'answer', 'answers')}`,
    maxProperties: ({ limit = 0 }) => `Fill in ${n(limit)} ${plural('en', limit, 'answer', 'answers')} or fewer`,
    additionalProperties: ({ property }) => `The answer “${property ?? ''}” is not expected`,
    propertyNames: () => 'One of the names entered is not valid',
    oneOf: () => 'Choose one of the options and complete it',
    anyOf: () => 'Choose one of the options and complete it',
    not: () => 'This answer is not accepted',
    requiredChoice: ({ label }) => `Answer “${label}”`,
    fileType: ({ file = '', accept }) => `The file “${file}” is not accepted: choose a ${accepted(accept)} file`,
    fileSize: ({ file = '', limit }) => `The file “${file}” is too large: it must be ${bytes(limit)} or smaller`,
    mustTick: ({ label }) => `Tick “${label}” to continue`,
    generic: () => 'This answer is not valid',
  },
  problem: {
    notJson: ({ detail }) => `The file is not valid JSON: ${detail}`,
    notObject: () => 'A procedure must be a JSON object ({ … })',
    missingProperty: ({ property }) => `The property “${property}” is required`,
    unknownProperty: ({ property }) => `The property “${property}” does not exist in the procedure format (a typo?)`,
    invalidValue: ({ name, detail }) => `“${name}” ${detail}`,
    schemaNotObject: () => 'The data schema must describe an object ("type": "object" with "properties")',
    invalidSchema: ({ name, detail }) => `This is not a valid JSON Schema: “${name}” ${detail}`,
    unsupportedDialect: ({ uri }) => `The JSON Schema version “${uri}” is not supported: use draft-07 or 2020-12`,
    unsupportedKeyword: ({ keyword, advice }) => `The keyword “${keyword}” is not supported: ${advice}`,
    reservedName: ({ name }) =>
      `The name “${name}” cannot name a field: the validator ignores it, so the answer would never be checked. Rename the field`,
    refExternal: ({ ref }) => `The reference “${ref}” points outside the document: only internal references (#/…) are supported`,
    refMissing: ({ ref }) => `The reference “${ref}” leads nowhere: check the path`,
    refCycle: ({ ref }) => `The reference “${ref}” refers back to itself endlessly`,
    tooDeep: ({ limit }) => `The schema is nested more than ${limit} levels deep: simplify it`,
    tooLarge: ({ limit }) => `The schema has more than ${formatNumber('en', limit)} subschemas: split the procedure`,
    patternInvalid: ({ pattern }) => `The regular expression “${pattern}” is not valid`,
    patternUnsafe: ({ pattern }) =>
      `The regular expression “${pattern}” cannot be proven safe: some inputs could freeze the browser (catastrophic backtracking). Use a format (email, date, siret…) or a simpler expression without nested repetition`,
    unknownFormat: ({ format }) => `The format “${format}” is unknown: it will not be checked`,
    stepFieldUnknown: ({ pointer }) => `The field “${pointer}” does not exist in the data schema`,
    stepFieldInList: ({ pointer }) => `“${pointer}” points inside a repeatable list: place the whole list in the step`,
    stepFieldRepeated: ({ pointer }) => `The field “${pointer}” is placed in more than one step`,
    stepIdRepeated: ({ id }) => `The step id “${id}” is used more than once`,
    fieldInNoStep: ({ pointer }) => `The field “${pointer}” is in no step: nobody could fill it in`,
    presentationUnknown: ({ pointer }) => `The presentation targets the field “${pointer}”, which does not exist in the schema`,
    privacyMissing: () =>
      'The RGPD information (the “privacy” block) is missing: the form cannot inform people (GDPR Article 13)',
    dpoMissing: () =>
      'The data protection officer (“dpo”) is not given: every commune must designate one (GDPR Article 37) and give people their contact details (Article 13(1)(b))',
    contactUnreachable: ({ property }) =>
      `“${property}” gives only a name: add an email address, a phone number, a postal address or a website, so that people can write (Article 13(1))`,
    recipientsMissing: () =>
      'The recipients of the data (“recipients”) are not given: name the departments and bodies that receive it (Article 13(1)(e)), for example “The commune’s culture department”',
    retentionUndescribed: () =>
      'The retention period has no description: say when it starts and its exceptions, for example “Two years after the end of the school year”',
    purposeIdRepeated: ({ id }) => `The purpose id “${id}” is used more than once: each purpose needs its own, consents refer to it`,
    mainPurposeMissing: () =>
      'Every purpose is optional: add first the main purpose, the one the procedure exists for (without “optional”)',
    consentNotOptional: ({ id }) =>
      `The purpose “${id}” is based on consent without being the main purpose: add “optional”: true (a checkbox of its own), because the procedure cannot depend on a consent it does not need (Article 7(4))`,
    legitimateInterestPublicBody: ({ id }) =>
      `The purpose “${id}” is based on legitimate interest, which public authorities cannot rely on for their tasks (Article 6(1), last subparagraph): choose “public-task” or “legal-obligation” instead`,
    specialCategoryBasisMissing: ({ pointer }) =>
      `The field “${pointer}” collects special categories of data (Article 9: health, opinions, religion…): give in “privacy.specialCategoriesBasis” the exception of Article 9(2) that allows it, or remove the question`,
    offenceReferenceMissing: ({ pointer }) =>
      `The field “${pointer}” collects data about offences or convictions (Article 10): only a law can allow processing it. Cite it in “legalReference” of the main purpose`,
    nirReferenceMissing: ({ pointer }) =>
      `The field “${pointer}” collects the NIR (French social security number), reserved to the processing listed by décret n° 2019-341: cite the applicable text in “legalReference” of the main purpose, or remove the question`,
    compileFailed: ({ detail }) => `The schema cannot be compiled: ${detail}`,
    compileForbidden: () =>
      "The page's security policy (Content-Security-Policy) forbids compiling the validator: publish it compiled ahead (guichet-compile) and give it to the form (validator-src).",
    validatorMismatch: () =>
      'The precompiled validator was compiled from another version of this procedure: it is not used. Compile it again (guichet-compile) and publish both files together.',
  },
  definition: {
    type: ({ type = '' }) => `must be ${type.split(',').map((t) => definitionTypes[t] ?? t).join(' or ')}`,
    enum: ({ allowed = [] }) => `must be one of these values: ${allowed.join(', ')}`,
    const: ({ allowed = [] }) => `must be ${allowed[0] ?? ''}`,
    pattern: ({ pattern = '' }) => `does not have the expected form (${pattern})`,
    format: ({ format = '' }) => `must be in the ${format} format`,
    minLength: ({ limit = 0 }) => (limit === 1 ? 'must not be empty' : `must be at least ${chars(limit)} long`),
    maxLength: ({ limit = 0 }) => `must be at most ${chars(limit)} long`,
    minimum: ({ limit }) => `must be greater than or equal to ${n(limit)}`,
    maximum: ({ limit }) => `must be less than or equal to ${n(limit)}`,
    minItems: ({ limit = 0 }) => `must have at least ${n(limit)} ${plural('en', limit, 'item', 'items')}`,
    maxItems: ({ limit = 0 }) => `must have at most ${n(limit)} ${plural('en', limit, 'item', 'items')}`,
    minProperties: ({ limit = 0 }) => `must have at least ${n(limit)} ${plural('en', limit, 'property', 'properties')}`,
    uniqueItems: () => 'must not contain the same value twice',
    propertyNames: () => 'has a property name that is not accepted',
    alternatives: () => 'has none of the accepted forms',
    generic: () => 'is not valid',
  },
  unsupported: {
    dynamicRef: 'use a plain $ref',
    recursiveRef: 'use a plain $ref',
    booleanExclusive: 'write “exclusiveMinimum”/“exclusiveMaximum” with a number (draft-07)',
    tupleItems2020: 'in 2020-12, a list of schemas is written “prefixItems”',
  },
  alternative: {
    question: () => 'How do you want to answer?',
    text: () => 'A text',
    number: () => 'A number',
    yesNo: () => 'Yes or no',
    choice: () => 'A choice from a list',
    list: () => 'A list',
    numbered: ({ position }) => `Answer ${position}`,
    answer: ({ question, alternative }) => `${question}: ${alternative}`,
  },
  fallback: {
    noType: () => 'This field does not say what kind of answer it expects: it cannot be shown.',
    tuple: () => 'This list with fixed positions cannot be presented yet.',
    recursion: () => 'This part repeats itself endlessly: it cannot be shown.',
    dynamicKeys: () => 'This part expects free field names: it cannot be shown.',
    mixedTypes: () => 'This field accepts several kinds of answer: it cannot be shown.',
  },
  form: {
    keepOnDevice: () => 'Keep my answers on this device until I send them',
    keepOnDeviceHint: ({ hours }) =>
      `Only on your own device: on a shared computer (library, France Services centre…), leave this box empty. Without it, your answers are erased when the tab is closed; with it, after sending or after ${hours % 24 === 0 ? `${n(hours / 24)} ${plural('en', hours / 24, 'day', 'days')}` : `${n(hours)} ${plural('en', hours, 'hour', 'hours')}`}. Sensitive answers and files are never kept.`,
    previous: () => 'Previous',
    next: () => 'Continue',
    submit: () => 'Send',
    errorSummaryTitle: () => 'There is a problem',
    requiredNote: () => 'All fields are required unless marked optional.',
    loading: () => 'Loading the form…',
    invalidTitle: () => 'This form cannot be shown',
    loadFailed: ({ detail }) => `The form could not be loaded (${detail}). Try again later.`,
    unsupportedTitle: ({ label }) => `Question not available: ${label}`,
    sent: () => 'Your request has been sent',
    reference: ({ reference }) => `Your reference number: ${reference}`,
    sendFailed: () => 'Sending failed. Your answers are kept: try again in a moment.',
    sending: () => 'Sending…',
    retrying: ({ seconds }) => {
      const later =
        seconds < 60
          ? `${seconds} ${plural('en', seconds, 'second', 'seconds')}`
          : `${Math.ceil(seconds / 60)} ${plural('en', Math.ceil(seconds / 60), 'minute', 'minutes')}`;
      return `Sending is not possible at the moment: trying again in ${later}… Your answers are kept.`;
    },
    retryNow: () => 'Try again now',
    offline: () => 'You are offline: your answers will be sent as soon as the connection is back. They are kept.',
    sendRefused: ({ status }) =>
      `The service that receives this procedure refused it (error ${status}). Your answers are kept; if the problem continues, contact the organisation.`,
    addItem: ({ label }) => `Add: ${label}`,
    removeItem: ({ label }) => `Remove “${label}”`,
    confirmRemove: ({ label }) => `Remove “${label}” and its answers?`,
    confirmYes: () => 'Yes, remove',
    cancel: () => 'Cancel',
    itemAdded: ({ label }) => `${label} added`,
    itemRemoved: ({ label }) => `${label} removed`,
    resultsCount: ({ count }) => (count === 0 ? 'No results' : `${count} ${plural('en', count, 'result', 'results')}`),
    chosenFiles: () => 'Chosen files',
    removeFile: ({ name }) => `Remove “${name}”`,
    reviewTitle: () => 'Check your answers',
    dateAt: ({ date, time }) => `${date} at ${time}`,
    stepsLabel: () => 'Steps of the procedure',
    stepStatus: { done: () => '(completed)', current: () => '(current)', upcoming: () => '(not started)' },
    change: () => 'Change',
    changeWhat: ({ label }) => ` “${label}”`,
    itemQuestion: ({ item, label }) => `${item}: ${label}`,
    notAnswered: () => 'Not answered',
    day: () => 'Day',
    month: () => 'Month',
    year: () => 'Year',
    questionsChanged: ({ added, removed }) =>
      [
        added > 0 ? `${added} ${plural('en', added, 'question added', 'questions added')}` : '',
        removed > 0 ? `${removed} ${plural('en', removed, 'question removed', 'questions removed')}` : '',
      ]
        .filter(Boolean)
        .join(', '),
  },
  address: {
    searchLabel: () => 'Search for an address',
    searchHint: ({ min }) =>
      `Type at least ${min} characters (number, street, town), then choose an address from the list. You can also fill in the fields below.`,
    suggestions: () => 'Suggested addresses',
    searching: () => 'Searching…',
    noResult: () => 'No address found: check what you typed, or fill in the fields below.',
    results: ({ count }) => `${count} ${plural('en', count, 'address found', 'addresses found')}`,
    failed: () => 'The address search service is not responding: enter the address in the fields below.',
    filled: ({ label }) => `Address filled in: ${label}. Check the fields below.`,
  },
  itemLabel: ({ label, position }) => `${label} ${position}`,
  untitledField: ({ name }) => name,
  untitledForm: () => 'Form',
  unknownOrganisation: () => 'Unspecified organisation',
  stepOf: ({ index, total }) => `Step ${index} of ${total}`,
  errorPrefix: () => 'Error:',
  optional: () => '(optional)',
  identifierHint: {
    siren: () => '9 digits. For example, 356 000 000',
    siret: () => '14 digits: the SIREN number followed by 5 digits. For example, 356 000 000 00048',
    iban: () => 'It is on your bank details (RIB). For example, FR76 3000 6000 0112 3456 7890 189',
    nir: () => 'French social security number, on the Carte Vitale: 15 digits. For example, 2 69 05 49 588 157 80',
  },
  yes: () => 'Yes',
  no: () => 'No',
};
