/** How many attempts a form makes on its own before it offers the person to try again: five. */
export const MAX_AUTOMATIC_ATTEMPTS = 5;

/** The pause before the first retry, doubled for each one after it: two seconds. */
export const BACKOFF_BASE_MS = 2000;

/** The longest pause of the schedule, whatever the attempt: one minute. */
export const BACKOFF_MAX_MS = 60 * 1000;

/** How long one attempt may take before it is abandoned and counted as failed: thirty seconds. */
export const ATTEMPT_TIMEOUT_MS = 30 * 1000;

/**
 * The pause before retry number `retry` (1 for the first) after a network failure, a timeout or
 * a 5xx answer: exponential backoff with "equal jitter" (AWS Architecture Blog, "Exponential
 * Backoff and Jitter"): half of `2 s × 2^(retry−1)` for sure, plus up to as much again at random,
 * so the forms a receiver's outage interrupted do not all come back at once. With five
 * attempts, the four pauses are 1–2 s, 2–4 s, 4–8 s and 8–16 s: about half a minute at most
 * before the person is offered to try again.
 * @example backoffDelay(3, () => 0.5) // 6000
 */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(retry - 1, 0), BACKOFF_MAX_MS);
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * jitter);
}
