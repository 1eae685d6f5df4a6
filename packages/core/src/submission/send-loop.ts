import { readAnswer, type ReceiverAnswer } from './answer.js';
import { backoffDelay, MAX_AUTOMATIC_ATTEMPTS } from './backoff.js';
import type { ReceiverError } from './receiver-errors.js';

/** Where a submission is, for the person to be told. */
export type SendStatus =
  | { kind: 'sending'; attempt: number }
  /** Attempt `attempt` failed; the next one starts in `delay` milliseconds. */
  | { kind: 'waiting'; attempt: number; delay: number; status?: number; failure?: 'network' | 'timeout' }
  /** The device is offline: the next attempt waits for the connection to come back. */
  | { kind: 'offline'; attempt: number };

/** How it ended. */
export type SendResult =
  | { kind: 'accepted'; status: number; reference?: string; attempts: number }
  | { kind: 'invalid'; status: number; errors: ReceiverError[]; attempts: number }
  /**
   * Not sent: `retryable` when every automatic attempt failed (the person may try again, with the
   * same key), not when the receiver refused it for good (a 4xx).
   */
  | { kind: 'failed'; status?: number; failure?: 'network' | 'timeout'; retryable: boolean; attempts: number };

/** What `sendWithRetries` needs from its host: the DOM-free parts are in core, the rest in the form. */
export interface SendOptions {
  /** Makes attempt `attempt` (1 for the first); a rejection counts as a network failure. */
  attempt(attempt: number): Promise<ReceiverAnswer>;
  /** Resolves after `ms` milliseconds (a fake clock in tests). */
  wait(ms: number): Promise<void>;
  /** Whether the device is online (`navigator.onLine`); online when absent. */
  isOnline?(): boolean;
  /** Resolves when the device is online again (the `online` event). */
  untilOnline?(): Promise<void>;
  /** Told each change of status. */
  onStatus?(status: SendStatus): void;
  /** The current time, in milliseconds (to read a `Retry-After` date). */
  now?(): number;
  /** A number in [0, 1) for the backoff's jitter. */
  random?(): number;
  /** At most this many automatic attempts (`MAX_AUTOMATIC_ATTEMPTS`, five, by default). */
  maxAttempts?: number;
}

/**
 * Sends one submission until the receiver accepts it, refuses it, or the automatic attempts are
 * spent: 429 and 503 wait as `Retry-After` says (five minutes at most); other 5xx answers,
 * network failures and timeouts wait as `backoffDelay` says; while the device is offline, the
 * next attempt waits for it to be online instead of failing again. Each attempt must carry the
 * same `Idempotency-Key`: the caller's `attempt` does.
 * @example await sendWithRetries({ attempt: () => post(body, key), wait: (ms) => sleep(ms) })
 * // { kind: 'accepted', status: 201, reference: 'AB12', attempts: 2 }
 */
export async function sendWithRetries(options: SendOptions): Promise<SendResult> {
  const max = Math.max(1, options.maxAttempts ?? MAX_AUTOMATIC_ATTEMPTS);
  const now = (): number => (options.now ? options.now() : Date.now());
  const offline = (): boolean => options.isOnline !== undefined && !options.isOnline() && options.untilOnline !== undefined;
  for (let attempt = 1; ; attempt++) {
    if (offline()) {
      options.onStatus?.({ kind: 'offline', attempt });
      await options.untilOnline?.();
    }
    options.onStatus?.({ kind: 'sending', attempt });
    let answer: ReceiverAnswer;
    try {
      answer = await options.attempt(attempt);
    } catch {
      answer = { failure: 'network' };
    }
    const verdict = readAnswer(answer, now());
    if (verdict.kind === 'accepted' || verdict.kind === 'invalid') return { ...verdict, attempts: attempt };
    const status = verdict.status;
    const failure = verdict.kind === 'retry' ? verdict.failure : undefined;
    const end = { kind: 'failed' as const, ...(status === undefined ? {} : { status }), ...(failure ? { failure } : {}), attempts: attempt };
    if (verdict.kind === 'failed') return { ...end, retryable: false };
    if (attempt >= max) return { ...end, retryable: true };
    // Offline: the next turn waits for the connection, not for a delay.
    if (offline()) continue;
    const delay = verdict.after ?? backoffDelay(attempt, () => (options.random ? options.random() : Math.random()));
    options.onStatus?.({ kind: 'waiting', attempt, delay, ...(status === undefined ? {} : { status }), ...(failure ? { failure } : {}) });
    await options.wait(delay);
  }
}
