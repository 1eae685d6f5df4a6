import { isObject } from '../json.js';
import { receiverErrors, type ReceiverError } from './receiver-errors.js';
import { retryAfterDelay } from './retry-after.js';

/** What one attempt got: the receiver's answer (its status, `Retry-After` header and JSON body), or no answer. */
export type ReceiverAnswer =
  | { status: number; retryAfter?: string | null; body?: unknown }
  | { failure: 'network' | 'timeout' };

/** What to do with one answer. */
export type AnswerVerdict =
  /** 2xx: the receiver has the submission; `reference` is its receipt number, when it gave one. */
  | { kind: 'accepted'; status: number; reference?: string }
  /** 422 with errors: the answers must be corrected; `errors` are on their fields. */
  | { kind: 'invalid'; status: number; errors: ReceiverError[] }
  /**
   * Try again: 429 and 503 (after `after` milliseconds when the receiver said, from
   * `Retry-After`), any other 5xx, a 409 (an earlier attempt with the same key is still being
   * processed, in the IETF Idempotency-Key draft), a network failure or a timeout (after the backoff).
   */
  | { kind: 'retry'; status?: number; failure?: 'network' | 'timeout'; after?: number }
  /** Any other answer (4xx, a 422 without readable errors, 1xx, 3xx): trying again would not help. */
  | { kind: 'failed'; status: number };

/** The longest receipt reference kept. */
export const MAX_REFERENCE_LENGTH = 200;

function referenceOf(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const { reference } = body;
  const text = typeof reference === 'string' ? reference.trim() : Number.isSafeInteger(reference) ? String(reference) : '';
  return text === '' || text.length > MAX_REFERENCE_LENGTH ? undefined : text;
}

/**
 * What to do with a receiver's answer to one attempt (see docs/submission-protocol.md).
 * @example readAnswer({ status: 201, body: { reference: 'AB12' } }, Date.now()) // { kind: 'accepted', status: 201, reference: 'AB12' }
 * @example readAnswer({ status: 503, retryAfter: '10' }, Date.now()) // { kind: 'retry', status: 503, after: 10000 }
 */
export function readAnswer(answer: ReceiverAnswer, now: number): AnswerVerdict {
  if ('failure' in answer) return { kind: 'retry', failure: answer.failure };
  const { status } = answer;
  if (status >= 200 && status < 300) {
    const reference = referenceOf(answer.body);
    return reference === undefined ? { kind: 'accepted', status } : { kind: 'accepted', status, reference };
  }
  if (status === 422) {
    const errors = receiverErrors(answer.body);
    return errors.length > 0 ? { kind: 'invalid', status, errors } : { kind: 'failed', status };
  }
  if (status === 429 || status === 503) {
    const after = retryAfterDelay(answer.retryAfter, now);
    return after === undefined ? { kind: 'retry', status } : { kind: 'retry', status, after };
  }
  // 409: the receiver is still processing an earlier attempt of this key (one that timed out here).
  if (status === 409 || (status >= 500 && status < 600)) return { kind: 'retry', status };
  return { kind: 'failed', status };
}
