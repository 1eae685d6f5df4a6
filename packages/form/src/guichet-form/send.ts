import { ATTEMPT_TIMEOUT_MS, sendWithRetries, type MultipartPayload, type ReceiverAnswer, type SendResult, type SendStatus } from '@guichet/core';

/** One submission on its way: its result, and a way to cut the current pause short. */
export interface Sending {
  readonly result: Promise<SendResult>;
  /** Makes the next attempt now instead of at the end of the pause ("Réessayer maintenant"). */
  retryNow(): void;
}

/**
 * The multipart body of a submission with files: the envelope's JSON in the `data` part, each file
 * in a part named by its JSON pointer, with its name and type.
 */
export function formDataOf(payload: MultipartPayload): FormData {
  const body = new FormData();
  body.append('data', new Blob([payload.json], { type: 'application/json' }));
  for (const file of payload.files) body.append(file.pointer, new File([file.bytes as BlobPart], file.name, { type: file.type }));
  return body;
}

/**
 * One POST of the body with its `Idempotency-Key`, abandoned after `ATTEMPT_TIMEOUT_MS`: the
 * receiver's status, `Retry-After` and JSON body, or which failure.
 */
async function post(endpoint: string, body: string | FormData, key: string): Promise<ReceiverAnswer> {
  const abort = new AbortController();
  const timer = setTimeout(() => {
    abort.abort();
  }, ATTEMPT_TIMEOUT_MS);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      // FormData: the browser writes the Content-Type, with the parts' boundary.
      headers: typeof body === 'string' ? { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key } : { Accept: 'application/json', 'Idempotency-Key': key },
      body,
      credentials: 'same-origin',
      signal: abort.signal,
    });
    const answer = (await response.json().catch(() => undefined)) as unknown;
    return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: answer };
  } catch {
    return { failure: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when the browser says it is online again. */
function untilOnline(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('online', () => {
      resolve();
    }, { once: true });
  });
}

/**
 * Sends a submission's body (JSON, or multipart with its files) to the receiver as core's `sendWithRetries` says: the same
 * `Idempotency-Key` on every attempt, pauses after failures, and while the browser is offline
 * (`navigator.onLine` false), a wait for its `online` event instead of attempts bound to fail.
 */
export function sendSubmission(endpoint: string, body: string | FormData, key: string, onStatus: (status: SendStatus) => void): Sending {
  let wake: (() => void) | undefined;
  const result = sendWithRetries({
    attempt: () => post(endpoint, body, key),
    wait: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          wake = undefined;
          resolve();
        }, ms);
        wake = () => {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        };
      }),
    isOnline: () => navigator.onLine,
    untilOnline,
    onStatus,
  });
  return {
    result,
    retryNow: () => {
      wake?.();
    },
  };
}
