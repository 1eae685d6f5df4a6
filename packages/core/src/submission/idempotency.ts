/** One submission: its `Idempotency-Key` and the exact body it sends. */
export interface SubmissionIdentity {
  key: string;
  body: string;
}

interface WebCrypto {
  crypto?: { randomUUID?: () => string; getRandomValues<T extends Uint8Array>(array: T): T };
}

/**
 * A new `Idempotency-Key`: a random UUID (version 4). `crypto.randomUUID()` where there is one
 * (Node 20, browsers on HTTPS pages); on a page served over plain HTTP, where browsers leave it
 * out, the same UUID made from `crypto.getRandomValues()`, which they keep.
 * @example newIdempotencyKey() // 'f3b1c0de-…'
 */
export function newIdempotencyKey(crypto = (globalThis as WebCrypto).crypto): string {
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  if (!crypto) throw new Error('No Web Crypto API: an Idempotency-Key cannot be made');
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // RFC 9562 §5.4: version 4 in the high nibble of byte 6, variant 10 in the high bits of byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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
