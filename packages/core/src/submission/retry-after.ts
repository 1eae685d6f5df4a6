/** The longest a form waits because a receiver asked it to (`Retry-After`): five minutes. */
export const MAX_RETRY_AFTER_MS = 5 * 60 * 1000;

/**
 * How long to wait, in milliseconds, before trying again as a receiver's `Retry-After` header
 * asks (RFC 9110 §10.2.3): a number of seconds, or an HTTP date. Capped at five minutes, so a
 * person is not left waiting for a date far away; undefined when the header is absent or
 * unreadable (the backoff schedule applies then).
 * @example retryAfterDelay('10', Date.now()) // 10000
 * @example retryAfterDelay('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('2026-10-21T07:27:30Z')) // 30000
 */
export function retryAfterDelay(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  // An HTTP date names its weekday and its zone (IMF-fixdate and the obsolete forms); a bare
  // number with a sign or a decimal point is not one, though Date.parse would read it.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS);
}
