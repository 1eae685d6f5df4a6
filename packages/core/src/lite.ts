/**
 * @guichet/core/lite: all of @guichet/core, without its validator installed. A page shows a form
 * first, then `loadValidator(procedure)` fetches what that procedure needs of the data checks,
 * ajv with ajv-formats, and redos-detector (most of Guichet's weight) when the page is idle;
 * what needs them waits for it (see `loadProcedure`'s `compile: 'later'` and `prepareProcedure`).
 * English is installed by `loadLocale('en')`: a page in French never fetches it.
 * @packageDocumentation
 */
import { validatorNeeds } from './procedure/load.js';
import type { Procedure } from './procedure/model.js';

export type * from './generated/procedure.js';
export { procedureSchema } from './generated/procedure-schema.js';

export { jsonEqual, type JsonObject, type JsonValue } from './json.js';
export { childPointer, escapeToken, formatPointer, getAt, idForPointer, isPointer, isWithin, parsePointer, setAt } from './pointer.js';

import { catalogueLoaded } from './i18n/index.js';
import { privacyTextsLoaded } from './i18n/privacy-messages.js';
export { bilingual, catalogue, catalogueLoaded, locales, toLocale } from './i18n/index.js';
export { privacyMessages, privacyTextsLoaded } from './i18n/privacy-messages.js';
export type { ConsentMessages, NoticeMessages, PrivacyMessages } from './i18n/privacy-catalogue.js';
export type { Bilingual, Catalogue, ErrorContext, ErrorKeyword, Locale } from './i18n/index.js';
export { localize } from './i18n/localize.js';

export { frenchFormats, isFrenchFormat } from './formats/index.js';
export type { FormatCheck, FormatChecker, FormatProblem, FrenchFormatName } from './formats/index.js';

export { loadProcedure, prepareProcedure, validatorLoaded, validatorNeeds, type LoadOptions } from './procedure/load.js';
export type { Procedure } from './procedure/model.js';
export { ProcedureError, type Problem, type ProblemCode } from './procedure/problem.js';
export { checkPattern } from './procedure/schema-checks.js';

export type { Dialect, JsonSchema, SchemaObject } from './schema/types.js';
export { MAX_SCHEMA_DEPTH, MAX_SCHEMA_NODES } from './schema/walk.js';
export type { Located, ResolvedSchema, SchemaOption } from './schema/resolve.js';
export { effectiveSchema } from './schema/effective.js';
export { needsValidatorToShow } from './schema/conditions.js';

export type { RawError, SchemaValidator } from './validation/ajv.js';
export type { ValidationParts } from './validation/backend.js';
export {
  fingerprint,
  isPrecompiledValidator,
  PRECOMPILED_FORMAT,
  type CompiledCheck,
  type PrecompiledValidator,
} from './validation/precompiled.js';
export { validateData, type FieldError, type ValidateOptions } from './validation/validate.js';
export { readFileAnswer, type FileAnswer } from './validation/file-answer.js';
export { validateSubmission, type SubmissionPayload, type SubmissionVerdict } from './validation/submission.js';

export {
  privacyNotice,
  type NoticeBlock,
  type NoticePurpose,
  type NoticeRight,
  type NoticeSection,
  type NoticeSectionId,
  type PrivacyNotice,
} from './privacy/notice.js';
export { hashNotice, sha256Hex } from './privacy/hash.js';
export { consentPurposes, consentRequiredToSubmit, missingConsent, type ConsentPurpose } from './privacy/purposes.js';
export { consentProofs, noticeLocaleOf, type ConsentProof, type ConsentProofOptions } from './privacy/consents.js';
export {
  submissionEnvelope,
  type EnvelopeError,
  type EnvelopeErrorCode,
  type SubmissionEnvelope,
  type SubmissionMetadata,
} from './privacy/envelope.js';
export { durationInWords, parseDuration, type RetentionDuration } from './privacy/duration.js';
export { rightsFor, type RightId } from './privacy/rights.js';
export type { ContactView } from './privacy/contact.js';
export { dataFields, type DataField } from './privacy/data-fields.js';
export {
  recordOfProcessing,
  type ProcessingRecord,
  type RecordContactPart,
  type RecordDataCategory,
  type RecordField,
  type RecordOptions,
  type RecordPart,
  type RecordPurpose,
} from './privacy/record.js';
export { recordToMarkdown } from './privacy/record-markdown.js';
export { recordToHtml } from './privacy/record-html.js';

export { MAX_DATA_DEPTH, minimiseData } from './state/minimise.js';
export {
  createFormState,
  currentStep,
  goToStep,
  nextStep,
  previousStep,
  setLocale,
  setValue,
  showErrors,
  stepSummaries,
  submissionData,
  validateAll,
  validateStep,
  type ContentView,
  type FormState,
  type StepSummary,
  type StepView,
} from './state/form-state.js';
export type { Constraints, FieldView, OptionView } from './state/views.js';
export { readAnswer, MAX_REFERENCE_LENGTH, type AnswerVerdict, type ReceiverAnswer } from './submission/answer.js';
export { ATTEMPT_TIMEOUT_MS, BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay, MAX_AUTOMATIC_ATTEMPTS } from './submission/backoff.js';
export { newIdempotencyKey, submissionIdentity, type SubmissionIdentity } from './submission/idempotency.js';
export { MAX_RECEIVER_ERRORS, MAX_RECEIVER_MESSAGE_LENGTH, receiverErrors, type ReceiverError } from './submission/receiver-errors.js';
export { fileKeys, multipartPayload, type FilePart, type MultipartPayload } from './submission/multipart.js';
export { MAX_RETRY_AFTER_MS, retryAfterDelay } from './submission/retry-after.js';
export { sendWithRetries, type SendOptions, type SendResult, type SendStatus } from './submission/send-loop.js';
export {
  clearDraft,
  DEFAULT_DRAFT_LIFETIME,
  DRAFT_FORMAT,
  draftKey,
  draftVersion,
  readDraft,
  restoreDraft,
  saveDraft,
  type Draft,
  type DraftReading,
  type DraftRefusal,
  type DraftStorage,
  type SaveOptions,
} from './drafts/draft.js';
export { draftData, UNSTORED_CATEGORIES, type LeftOut } from './drafts/draft-data.js';
export type { DraftMessages } from './i18n/drafts-catalogue.js';
export { draftMessages } from './i18n/drafts-messages.js';
export { stepList, type StepListItem, type StepStatus } from './state/step-list.js';
export { questionChanges, shownPointers } from './state/shown.js';
export { chooseAlternative } from './state/alternatives.js';
export { answerText, reviewSteps, type ReviewRow, type ReviewStep } from './state/review.js';
export { filterOptions } from './state/options.js';
export {
  addAddressTokens,
  addressAnswers,
  addressFields,
  addressPartOf,
  addressParts,
  addressQuery,
  addressSuggestions,
  addressTokens,
  isAddress,
  MAX_ADDRESS_QUERY_LENGTH,
  MIN_ADDRESS_QUERY_LENGTH,
  partsOf,
  type AbortSignalLike,
  type AddressPart,
  type AddressSearch,
  type AddressSuggestion,
} from './state/address.js';
export {
  answerFromText,
  identifierText,
  identifierValue,
  isIdentifierFormat,
  textOfAnswer,
  type IdentifierFormat,
  type TextAnswerField,
} from './state/input-text.js';
export {
  and,
  bestOf,
  builtinTesters,
  formatIs,
  hasAlternatives,
  isFile,
  isReadOnly,
  itemsAreObjects,
  itemsAreOptions,
  NOT_APPLICABLE,
  optionCountBetween,
  or,
  rankWith,
  schemaTypeIs,
  widgetIs,
  WidgetRegistry,
  type FieldType,
  type Predicate,
  type Tester,
  type WidgetContext,
  type WidgetEntry,
} from './state/widgets.js';

/**
 * Loads and installs the parts of the validator a procedure needs (`validatorNeeds`): the data
 * checks, ajv with ajv-formats unless its validator was compiled ahead, and redos-detector while
 * its patterns are unchecked; without a procedure, every part. Resolves at once when they are
 * installed (always with `@guichet/core`).
 */
export async function loadValidator(procedure?: Procedure): Promise<void> {
  const needs = procedure ? validatorNeeds(procedure) : ['checks', 'ajv', 'patterns'];
  await Promise.all([
    import('./validation/checks-part.js'),
    needs.includes('ajv') ? import('./validation/ajv-backend.js') : undefined,
    needs.includes('patterns') ? import('./validation/pattern-part.js') : undefined,
  ]);
}

/**
 * Loads and installs the catalogue of a language tag when it is not yet: English is fetched
 * only by pages in English (`@guichet/core` has it at once). Resolves at once for French.
 */
export async function loadLocale(lang?: string | null): Promise<void> {
  if (!catalogueLoaded(lang)) await import('./i18n/en-part.js');
}

/**
 * Loads and installs the texts of the privacy notice, consents and envelope (both languages),
 * which no page needs before its review page. Resolves at once when they are installed (always
 * with `@guichet/core`).
 */
export async function loadPrivacyTexts(): Promise<void> {
  if (!privacyTextsLoaded()) await import('./i18n/privacy-part.js');
}
