import { catalogue, toLocale } from '../i18n/index.js';
import { isObject } from '../json.js';
import type { Procedure } from '../procedure/model.js';
import { minimiseData } from '../state/minimise.js';
import { validateData, type FieldError } from './validate.js';

/** The envelope a form sends: the answers, and (with the privacy issue) consents and metadata. */
export interface SubmissionPayload {
  data: Record<string, unknown>;
  [key: string]: unknown;
}

/** The verdict on a submission. */
export interface SubmissionVerdict {
  valid: boolean;
  /** Each error with the JSON pointer of the field in `payload.data`. */
  errors: FieldError[];
  /** The answers to keep: those of the questions shown for these answers (data minimisation). */
  data: unknown;
}

/**
 * Validates a submission on a server with the same rules as the form: the same verdict for
 * the same data, in the requested language.
 * @example validateSubmission(procedure, { data: { nom: 'Dupont' } }).valid // true
 */
export function validateSubmission(
  procedure: Procedure,
  payload: unknown,
  options: { locale?: string } = {},
): SubmissionVerdict {
  if (!isObject(payload) || !isObject(payload.data)) {
    const message = catalogue(toLocale(options.locale)).error.type({ label: 'data', type: 'object' });
    return { valid: false, errors: [{ pointer: '', keyword: 'type', message }], data: undefined };
  }
  const errors = validateData(procedure, payload.data, options);
  return { valid: errors.length === 0, errors, data: minimiseData(procedure, payload.data) };
}
