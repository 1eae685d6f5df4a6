import type { FormatProblem } from '../formats/format-check.js';

/** The languages Guichet's own texts exist in. French first, English complete. */
export type Locale = 'fr' | 'en';

/** The languages of the catalogue, French first. */
export const locales: readonly Locale[] = ['fr', 'en'];

/** What an error message may use: the field's label and the keyword's parameters. */
export interface ErrorContext {
  /** The field's label in the message's language. */
  label: string;
  /** The limit of minLength, maximum, minItems… */
  limit?: number;
  /** The allowed values of enum (already as text). */
  allowed?: readonly string[];
  /** The expected JSON type(s), for `type`. */
  type?: string;
  /** The format name, for `format`. */
  format?: string;
  /** The regular expression, for `pattern`. */
  pattern?: string;
  /** What is wrong with a French administrative number, for `format`. */
  problem?: FormatProblem;
  /** The accepted file types (`application/pdf`, `image/*`, `.pdf`), for `fileType`. */
  accept?: readonly string[];
  /** The file's name, for `fileType` and `fileSize`. */
  file?: string;
  /** A property name, for additionalProperties and dependent requirements. */
  property?: string;
}

/** One message per JSON Schema keyword. */
export type ErrorMessages = Record<ErrorKeyword, (context: ErrorContext) => string>;

/** Keywords with a message of their own; any other gets `generic`. */
export type ErrorKeyword =
  | 'required'
  | 'type'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'format'
  | 'minimum'
  | 'maximum'
  | 'exclusiveMinimum'
  | 'exclusiveMaximum'
  | 'multipleOf'
  | 'enum'
  | 'const'
  | 'minItems'
  | 'maxItems'
  | 'uniqueItems'
  | 'contains'
  | 'minProperties'
  | 'maxProperties'
  | 'additionalProperties'
  | 'propertyNames'
  | 'oneOf'
  | 'anyOf'
  | 'not'
  | 'mustTick'
  | 'fileType'
  | 'fileSize'
  | 'requiredChoice'
  | 'generic';

/** Why a procedure definition is refused (or warned about). */
export interface ProblemMessages {
  notJson(p: { detail: string }): string;
  notObject(): string;
  missingProperty(p: { property: string }): string;
  unknownProperty(p: { property: string }): string;
  invalidValue(p: { name: string; detail: string }): string;
  schemaNotObject(): string;
  invalidSchema(p: { name: string; detail: string }): string;
  unsupportedDialect(p: { uri: string }): string;
  unsupportedKeyword(p: { keyword: string; advice: string }): string;
  reservedName(p: { name: string }): string;
  refExternal(p: { ref: string }): string;
  refMissing(p: { ref: string }): string;
  refCycle(p: { ref: string }): string;
  tooDeep(p: { limit: number }): string;
  tooLarge(p: { limit: number }): string;
  patternInvalid(p: { pattern: string }): string;
  patternUnsafe(p: { pattern: string }): string;
  unknownFormat(p: { format: string }): string;
  stepFieldUnknown(p: { pointer: string }): string;
  stepFieldInList(p: { pointer: string }): string;
  stepFieldRepeated(p: { pointer: string }): string;
  stepIdRepeated(p: { id: string }): string;
  fieldInNoStep(p: { pointer: string }): string;
  presentationUnknown(p: { pointer: string }): string;
  privacyMissing(): string;
  dpoMissing(): string;
  /** A contact of the privacy block that gives only a name (`property`: controller, dpo or rights). */
  contactUnreachable(p: { property: string }): string;
  recipientsMissing(): string;
  retentionUndescribed(): string;
  purposeIdRepeated(p: { id: string }): string;
  mainPurposeMissing(): string;
  consentNotOptional(p: { id: string }): string;
  legitimateInterestPublicBody(p: { id: string }): string;
  specialCategoryBasisMissing(p: { pointer: string }): string;
  offenceReferenceMissing(p: { pointer: string }): string;
  nirReferenceMissing(p: { pointer: string }): string;
  compileFailed(p: { detail: string }): string;
  validatorMismatch(): string;
  compileForbidden(): string;
}

/** What a value of a definition must be, for the people who write procedures. */
export interface DefinitionContext {
  type?: string;
  allowed?: readonly string[];
  pattern?: string;
  format?: string;
  limit?: number;
}

/** The rule a value of a procedure or of a JSON Schema breaks, said to its author ("doit être un texte"). */
export type DefinitionMessages = Record<
  | 'type' | 'enum' | 'const' | 'pattern' | 'format' | 'minLength' | 'maxLength' | 'minimum' | 'maximum'
  | 'minItems' | 'maxItems' | 'minProperties' | 'uniqueItems' | 'propertyNames' | 'alternatives' | 'generic',
  (context: DefinitionContext) => string
>;

/** Advice for the keywords Guichet refuses, by keyword. */
export interface UnsupportedAdvice {
  dynamicRef: string;
  recursiveRef: string;
  booleanExclusive: string;
  tupleItems2020: string;
}

/** Why a part of a schema is shown as a fallback instead of a field. */
export interface FallbackMessages {
  noType(): string;
  tuple(): string;
  recursion(): string;
  dynamicKeys(): string;
  mixedTypes(): string;
}

/** The question asked when a schema offers alternatives no value tells apart (`oneOf`/`anyOf`). */
export interface AlternativeMessages {
  /** The question, when the alternatives concern the whole form and have no title. */
  question(): string;
  /** The name of an alternative without title, by the kind of answer it asks. */
  text(): string;
  number(): string;
  yesNo(): string;
  choice(): string;
  list(): string;
  /** The name of an alternative that says nothing about itself. */
  numbered(p: { position: number }): string;
  /** The label of the input that answers a value alternative: the question, then the alternative picked. */
  answer(p: { question: string; alternative: string }): string;
}

/** What `<guichet-form>` says around the questions. */
export interface FormMessages {
  /** The person's opt-in to keep their answers on this device, its warning, and how long in words. */
  keepOnDevice(): string;
  keepOnDeviceHint(p: { hours: number }): string;
  /** The button back to the previous step. */
  previous(): string;
  /** The button to the next step. */
  next(): string;
  /** The button that sends the answers. */
  submit(): string;
  /** The title of the error summary. */
  errorSummaryTitle(): string;
  /** Said once, before the questions. */
  requiredNote(): string;
  /** While a procedure loads. */
  loading(): string;
  /** The title of the message shown instead of a procedure that cannot be shown. */
  invalidTitle(): string;
  /** A procedure that could not be fetched. */
  loadFailed(p: { detail: string }): string;
  /** The title of the explanation shown instead of a question the form cannot present. */
  unsupportedTitle(p: { label: string }): string;
  /** Said when questions appear or disappear after an answer. */
  questionsChanged(p: { added: number; removed: number }): string;
  /** The title of the confirmation. */
  sent(): string;
  /** The receipt reference in the confirmation. */
  reference(p: { reference: string }): string;
  /** Sending failed; the answers are kept. */
  sendFailed(): string;
  /** While the answers are being sent. */
  sending(): string;
  /** An attempt failed; the next one starts in `seconds` seconds. */
  retrying(p: { seconds: number }): string;
  /** The button that makes the next attempt at once. */
  retryNow(): string;
  /** The browser is offline: the answers leave when the connection is back. */
  offline(): string;
  /** The receiver refused the answers for good (a 4xx answer, its `status`); the answers are kept. */
  sendRefused(p: { status: number }): string;
  /** The button that adds an item to a repeatable group. */
  addItem(p: { label: string }): string;
  /** The button that removes an item. */
  removeItem(p: { label: string }): string;
  /** The question before removing an item. */
  confirmRemove(p: { label: string }): string;
  /** The buttons of that question. */
  confirmYes(): string;
  cancel(): string;
  /** Said after an item is added or removed. */
  itemAdded(p: { label: string }): string;
  itemRemoved(p: { label: string }): string;
  /** How many options a combobox shows for what was typed. */
  resultsCount(p: { count: number }): string;
  /** The files chosen for a question, and the button that removes one. */
  chosenFiles(): string;
  removeFile(p: { name: string }): string;
  /** The title of the review page. */
  reviewTitle(): string;
  /** A date and a time read together: "14/07/2024 à 14:30". */
  dateAt(p: { date: string; time: string }): string;
  /** The name of the list of steps. */
  stepsLabel(): string;
  /** Said after a step's title in the list of steps, for those who do not see its style. */
  stepStatus: { done(): string; current(): string; upcoming(): string };
  /** The link back to a question from the review page. */
  change(): string;
  /** What follows "Modifier" for screen readers: the question. */
  changeWhat(p: { label: string }): string;
  /** A question inside an item of a repeatable group, on the review page: "Enfant 1 : Prénom". */
  itemQuestion(p: { item: string; label: string }): string;
  /** An answer left empty, on the review page. */
  notAnswered(): string;
  /** The three inputs of a memorable date. */
  day(): string;
  month(): string;
  year(): string;
}

/** What the postal-address widget and its optional search say. */
export interface AddressMessages {
  /** The label of the search input. */
  searchLabel(): string;
  /** Its hint: how many characters start a search, and that the fields below can be filled by hand. */
  searchHint(p: { min: number }): string;
  /** The name of the list of suggestions. */
  suggestions(): string;
  /** While the service searches. */
  searching(): string;
  /** The service found nothing. */
  noResult(): string;
  /** How many addresses the service found. */
  results(p: { count: number }): string;
  /** The service failed: the fields below still work. */
  failed(): string;
  /** Said after a suggestion filled the fields. */
  filled(p: { label: string }): string;
}

/** Everything Guichet says, in one language. A missing key in a language is a type error. */
export interface Catalogue {
  locale: Locale;
  error: ErrorMessages;
  problem: ProblemMessages;
  definition: DefinitionMessages;
  unsupported: UnsupportedAdvice;
  fallback: FallbackMessages;
  /** The question "which alternative?". */
  alternative: AlternativeMessages;
  form: FormMessages;
  /** The postal-address widget. */
  address: AddressMessages;
  /** The label used when a field has neither a label nor a title. */
  untitledField(p: { name: string }): string;
  /** The label of one item of a repeatable group: "Enfant 2". */
  itemLabel(p: { label: string; position: number }): string;
  /** The title of the form derived from a bare JSON Schema without a title. */
  untitledForm(): string;
  /** Name shown for the organisation of a bare JSON Schema. */
  unknownOrganisation(): string;
  /** "Étape 2 sur 4". */
  stepOf(p: { index: number; total: number }): string;
  /** The visually hidden prefix of an inline error message. */
  errorPrefix(): string;
  /** Said after a label when the field is optional. */
  optional(): string;
  /** The hint of an identifier's input when the procedure gives none: what it is, where to find it, an example. */
  identifierHint: { siren(): string; siret(): string; iban(): string; nir(): string };
  /** Yes and no, for boolean questions. */
  yes(): string;
  no(): string;
}
