import type { Locale } from '../i18n/index.js';
import { privacyMessages } from '../i18n/privacy-messages.js';
import { hasOwn, isObject } from '../json.js';
import { childPointer } from '../pointer.js';
import type { Procedure } from '../procedure/model.js';
import type { ConsentProof } from './consents.js';
import { isNoticeHash } from './hash.js';
import { consentPurposes, noticeVersion, privacyOf, retentionOf } from './purposes.js';

/** What the envelope of a submission carries beside the answers, so any receiving system can honour it. */
export interface SubmissionMetadata {
  /** The procedure the answers were given on: its `id` and `version`. */
  procedure?: { id: string; version: string };
  /** How long the receiving system keeps the submission: the procedure's `privacy.retention.duration` (ISO 8601). */
  retention?: { duration: string };
  /** The proof of each consent choice (`consentProofs`), ticked or not. */
  consents?: ConsentProof[];
}

/** The envelope `submissionEnvelope` builds: every metadata the procedure gives, then the answers. */
export interface SubmissionEnvelope extends SubmissionMetadata {
  procedure: { id: string; version: string };
  consents: ConsentProof[];
  data: Record<string, unknown>;
}

/** What is wrong with the envelope of a submission (not with an answer). */
export type EnvelopeErrorCode =
  | 'envelope-invalid'
  | 'procedure-mismatch'
  | 'version-mismatch'
  | 'retention-mismatch'
  | 'consent-unknown-purpose'
  | 'consent-repeated'
  | 'consent-missing'
  | 'consent-refused'
  | 'notice-outdated';

/** An error in the envelope of a submission: where (a JSON pointer into the envelope), what, and the message. */
export interface EnvelopeError {
  /** JSON pointer into the envelope, such as `/consents/0/purpose` (not into `data`). */
  pointer: string;
  code: EnvelopeErrorCode;
  /** What is wrong, in the requested language. */
  message: string;
}

/**
 * The envelope of a submission: the answers with the procedure's id and version, its retention
 * and the consent proofs (an empty list when the procedure asks for no consent).
 * @example submissionEnvelope(procedure, submissionData(state), proofs)
 * // { procedure: { id: 'inscription-ecole-musique', version: '1.0.0' }, retention: { duration: 'P3Y' }, consents: [...], data: {...} }
 */
export function submissionEnvelope(
  procedure: Procedure,
  data: Record<string, unknown>,
  consents: readonly ConsentProof[] = [],
): SubmissionEnvelope {
  const document = procedure.document;
  const duration = retentionOf(privacyOf(document))?.duration;
  return {
    procedure: { id: document.id, version: document.version },
    ...(duration ? { retention: { duration } } : {}),
    consents: [...consents],
    data,
  };
}

function checkProcedure(procedure: Procedure, value: unknown, locale: Locale, errors: EnvelopeError[]): void {
  const messages = privacyMessages(locale).envelope;
  const { id, version } = procedure.document;
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.version !== 'string') {
    errors.push({ pointer: '/procedure', code: 'envelope-invalid', message: messages.invalid({ property: 'procedure' }) });
  } else if (value.id !== id) {
    errors.push({ pointer: '/procedure/id', code: 'procedure-mismatch', message: messages.procedureMismatch({ expected: id, got: value.id }) });
  } else if (value.version !== version) {
    errors.push({ pointer: '/procedure/version', code: 'version-mismatch', message: messages.versionMismatch({ expected: version, got: value.version }) });
  }
}

function checkRetention(procedure: Procedure, value: unknown, locale: Locale, errors: EnvelopeError[]): void {
  const messages = privacyMessages(locale).envelope;
  const expected = retentionOf(privacyOf(procedure.document))?.duration;
  if (!isObject(value) || typeof value.duration !== 'string') {
    errors.push({ pointer: '/retention', code: 'envelope-invalid', message: messages.invalid({ property: 'retention' }) });
  } else if (expected !== undefined && value.duration !== expected) {
    errors.push({ pointer: '/retention/duration', code: 'retention-mismatch', message: messages.retentionMismatch({ expected, got: value.duration }) });
  }
}

const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u;

/** The property of a consent proof that is missing or malformed, if any. */
function malformedPart(proof: Record<string, unknown>): string | undefined {
  if (typeof proof.purpose !== 'string') return 'purpose';
  if (typeof proof.granted !== 'boolean') return 'granted';
  if (typeof proof.at !== 'string' || !timestamp.test(proof.at) || Number.isNaN(Date.parse(proof.at))) return 'at';
  if (!isNoticeHash(proof.noticeHash)) return 'noticeHash';
  if (typeof proof.noticeVersion !== 'string') return 'noticeVersion';
  return undefined;
}

// The consent rules a receiving system checks: every proof names a consent purpose of this
// procedure, once, and was given on the current notice version; the consent of a main purpose
// based on consent is there and granted (see `consentRequiredToSubmit`). Optional consents may be
// absent: a choice without proof counts as not given, so older forms that send none still submit.
function checkConsents(procedure: Procedure, value: unknown, locale: Locale, errors: EnvelopeError[]): void {
  const messages = privacyMessages(locale).envelope;
  const purposes = new Map(consentPurposes(procedure, locale).map((p) => [p.id, p]));
  const required = [...purposes.values()].find((p) => p.required);
  const version = noticeVersion(procedure.document);
  if (value !== undefined && !Array.isArray(value)) {
    errors.push({ pointer: '/consents', code: 'envelope-invalid', message: messages.consentsNotList() });
    return;
  }
  const proofs = (value ?? []) as unknown[];
  const seen = new Set<string>();
  proofs.forEach((proof, i) => {
    const at = childPointer('/consents', i);
    const part = isObject(proof) ? malformedPart(proof) : '';
    if (!isObject(proof) || part !== undefined) {
      errors.push({ pointer: part ? childPointer(at, part) : at, code: 'envelope-invalid', message: messages.invalid({ property: part || `consents/${i}` }) });
      return;
    }
    const purpose = proof.purpose as string;
    if (!purposes.has(purpose)) {
      errors.push({ pointer: childPointer(at, 'purpose'), code: 'consent-unknown-purpose', message: messages.consentUnknown({ purpose }) });
    } else if (seen.has(purpose)) {
      errors.push({ pointer: childPointer(at, 'purpose'), code: 'consent-repeated', message: messages.consentRepeated({ purpose }) });
    } else if (proof.noticeVersion !== version) {
      errors.push({
        pointer: childPointer(at, 'noticeVersion'),
        code: 'notice-outdated',
        message: messages.noticeOutdated({ expected: version, got: proof.noticeVersion as string }),
      });
    } else if (purpose === required?.id && proof.granted !== true) {
      errors.push({ pointer: childPointer(at, 'granted'), code: 'consent-refused', message: messages.consentRefused({ purpose }) });
    }
    seen.add(purpose);
  });
  if (required && !seen.has(required.id)) {
    errors.push({ pointer: '/consents', code: 'consent-missing', message: messages.consentMissing({ purpose: required.id }) });
  }
}

/**
 * The errors of a submission's envelope, beside its answers: the procedure's id and version, the
 * retention, and the consent proofs. Each property is checked when present, so an envelope of
 * `{ data }` alone stays valid, unless the procedure's main purpose rests on consent: then the
 * proof of that consent must be there, and granted.
 * @example envelopeErrors(procedure, { data: {}, consents: [{ purpose: 'inconnue', … }] }, 'fr')
 * // [{ pointer: '/consents/0/purpose', code: 'consent-unknown-purpose', message: '« inconnue » n'est pas une finalité…' }]
 */
export function envelopeErrors(procedure: Procedure, envelope: Record<string, unknown>, locale: Locale): EnvelopeError[] {
  const errors: EnvelopeError[] = [];
  if (hasOwn(envelope, 'procedure')) checkProcedure(procedure, envelope.procedure, locale, errors);
  if (hasOwn(envelope, 'retention')) checkRetention(procedure, envelope.retention, locale, errors);
  checkConsents(procedure, hasOwn(envelope, 'consents') ? envelope.consents : undefined, locale, errors);
  return errors;
}
