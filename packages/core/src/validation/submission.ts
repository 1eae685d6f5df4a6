import { catalogue, toLocale } from '../i18n/index.js';
import { isObject } from '../json.js';
import { envelopeErrors, type EnvelopeError, type SubmissionMetadata } from '../privacy/envelope.js';
import type { Procedure } from '../procedure/model.js';
import { minimiseData } from '../state/minimise.js';
import { validateData, type FieldError } from './validate.js';

/**
 * The envelope a form sends: the answers, the procedure's id and version, its retention and the
 * consent proofs (`submissionEnvelope` builds it). Only `data` is required; other properties are
 * kept for the receiving system.
 */
export interface SubmissionPayload extends SubmissionMetadata {
  data: Record<string, unknown>;
  [key: string]: unknown;
}

/** The verdict on a submission. */
export interface SubmissionVerdict {
  /** True when neither the answers nor the envelope have an error. */
  valid: boolean;
  /** Each error with the JSON pointer of the field in `payload.data`. */
  errors: FieldError[];
  /** Each error of the envelope around the answers (procedure, retention, consents), with a JSON pointer into the envelope. */
  envelopeErrors: EnvelopeError[];
  /** The answers to keep: those of the questions shown for these answers (data minimisation). */
  data: unknown;
}

/**
 * Validates a submission on a server with the same rules as the form: the same verdict for
 * the same data, in the requested language. The envelope is checked too: the procedure's id and
 * version and the retention when given, each consent proof, and the consent a procedure cannot
 * be sent without.
 * @example validateSubmission(procedure, { data: { nom: 'Dupont' } }).valid // true
 */
export function validateSubmission(
  procedure: Procedure,
  payload: unknown,
  options: { locale?: string } = {},
): SubmissionVerdict {
  const locale = toLocale(options.locale);
  if (!isObject(payload) || !isObject(payload.data)) {
    const message = catalogue(locale).error.type({ label: 'data', type: 'object' });
    return { valid: false, errors: [{ pointer: '', keyword: 'type', message }], envelopeErrors: [], data: undefined };
  }
  const errors = validateData(procedure, payload.data, options);
  const envelope = envelopeErrors(procedure, payload, locale);
  return {
    valid: errors.length === 0 && envelope.length === 0,
    errors,
    envelopeErrors: envelope,
    data: minimiseData(procedure, payload.data),
  };
}
