/** One submission: its `Idempotency-Key` and the exact body it sends. */
export interface SubmissionIdentity {
  key: string;
  body: string;
}

interface RandomUUID {
  crypto?: { randomUUID?: () => string };
}

/**
 * A new `Idempotency-Key`: a random UUID (`crypto.randomUUID()`, in browsers on secure pages and
 * in Node 20).
 * @example newIdempotencyKey() // 'f3b1c0de-…'
 */
export function newIdempotencyKey(): string {
  const crypto = (globalThis as RandomUUID).crypto;
  if (typeof crypto?.randomUUID !== 'function') throw new Error('crypto.randomUUID() is not available (the page must be served over HTTPS)');
  return crypto.randomUUID();
}

/**
 * The identity of a submission of `body`: the previous one when it sent the very same body
 * (a retry, by the form or by the person, of the same submission, which the receiver must
 * count once), else a new key. Changed answers are a new submission: a receiver that keeps the
 * answer it gave to a key (IETF draft "The Idempotency-Key HTTP Header Field") would refuse them.
 * @example submissionIdentity(previous, body).key === previous.key // when body === previous.body
 */
export function submissionIdentity(previous: SubmissionIdentity | undefined, body: string): SubmissionIdentity {
  return previous?.body === body ? previous : { key: newIdempotencyKey(), body };
}
