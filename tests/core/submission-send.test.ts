import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { sendWithRetries, type ReceiverAnswer, type SendOptions, type SendStatus } from '../../packages/core/src/index.js';

/**
 * A receiver that gives these answers in turn, on a fake clock: `wait` moves the clock at once,
 * so no test waits for real time. Records the attempts, pauses and statuses.
 */
function receiver(answers: Array<ReceiverAnswer | Error>, more: Partial<SendOptions> = {}) {
  const log = { attempts: [] as number[], pauses: [] as number[], statuses: [] as SendStatus[], clock: Date.parse('2026-11-23T10:00:00Z') };
  const options: SendOptions = {
    attempt: (n) => {
      log.attempts.push(n);
      const answer = answers.shift() ?? { status: 500 };
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    wait: (ms) => {
      log.pauses.push(ms);
      log.clock += ms;
      return Promise.resolve();
    },
    now: () => log.clock,
    random: () => 0.5,
    onStatus: (status) => log.statuses.push(status),
    ...more,
  };
  return { log, options };
}

describe('sendWithRetries', () => {
  it('should send once when the receiver accepts at once', async () => {
    const { log, options } = receiver([{ status: 201, body: { reference: 'AB12' } }]);
    assert.deepEqual(await sendWithRetries(options), { kind: 'accepted', status: 201, reference: 'AB12', attempts: 1 });
    assert.deepEqual(log.pauses, []);
    assert.deepEqual(log.statuses, [{ kind: 'sending', attempt: 1 }]);
  });

  it('should retry a 5xx, a network failure and a timeout with the backoff, then succeed', async () => {
    const { log, options } = receiver([{ status: 502 }, new TypeError('Failed to fetch'), { failure: 'timeout' }, { status: 200, body: {} }]);
    assert.deepEqual(await sendWithRetries(options), { kind: 'accepted', status: 200, attempts: 4 });
    assert.deepEqual(log.attempts, [1, 2, 3, 4]);
    assert.deepEqual(log.pauses, [1500, 3000, 6000]);
    assert.deepEqual(log.statuses.filter((s) => s.kind === 'waiting'), [
      { kind: 'waiting', attempt: 1, delay: 1500, status: 502 },
      { kind: 'waiting', attempt: 2, delay: 3000, failure: 'network' },
      { kind: 'waiting', attempt: 3, delay: 6000, failure: 'timeout' },
    ]);
  });

  it('should wait as Retry-After says on 429 and 503', async () => {
    const { log, options } = receiver([
      { status: 429, retryAfter: '10' },
      { status: 503, retryAfter: 'Mon, 23 Nov 2026 10:00:40 GMT' },
      { status: 503, retryAfter: '3600' },
      { status: 201, body: { reference: 'R' } },
    ]);
    assert.equal((await sendWithRetries(options)).kind, 'accepted');
    // The date is 30 s after the clock, which the first pause moved by 10 s; an hour is cut to five minutes.
    assert.deepEqual(log.pauses, [10_000, 30_000, 300_000]);
  });

  it('should stop after five attempts and say the person may try again', async () => {
    const { log, options } = receiver([]);
    assert.deepEqual(await sendWithRetries(options), { kind: 'failed', status: 500, retryable: true, attempts: 5 });
    assert.deepEqual(log.pauses, [1500, 3000, 6000, 12000]);
  });

  it('should stop at once, not retryable, on a 4xx', async () => {
    const { log, options } = receiver([{ status: 503 }, { status: 403 }]);
    assert.deepEqual(await sendWithRetries(options), { kind: 'failed', status: 403, retryable: false, attempts: 2 });
    assert.deepEqual(log.attempts, [1, 2]);
  });

  it('should hand back the errors of a 422 without retrying', async () => {
    const { log, options } = receiver([{ status: 422, body: { errors: [{ pointer: '/nom', message: 'Inconnu' }] } }]);
    assert.deepEqual(await sendWithRetries(options), { kind: 'invalid', status: 422, errors: [{ pointer: '/nom', message: 'Inconnu' }], attempts: 1 });
    assert.deepEqual(log.attempts, [1]);
  });

  it('should wait for the connection instead of retrying while offline', async () => {
    let online = false;
    let comeBack = (): void => undefined;
    const { log, options } = receiver([new TypeError('Failed to fetch'), { status: 201, body: {} }], {
      isOnline: () => online,
      untilOnline: () => new Promise<void>((resolve) => {
        comeBack = resolve;
      }),
    });
    const sent = sendWithRetries(options);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(log.attempts, []);
    assert.deepEqual(log.statuses, [{ kind: 'offline', attempt: 1 }]);
    online = true;
    comeBack();
    assert.equal((await sent).kind, 'accepted');
    assert.deepEqual(log.attempts, [1, 2]);
    assert.equal(log.pauses.length, 1);
  });

  it('should not pause after a failure that left the device offline: it waits for the connection', async () => {
    let online = true;
    const { log, options } = receiver([{ failure: 'network' }, { status: 200, body: {} }], {
      attempt: (n) => {
        log.attempts.push(n);
        online = n > 1;
        return Promise.resolve(n === 1 ? { failure: 'network' } : { status: 200, body: {} });
      },
      isOnline: () => online,
      untilOnline: () => {
        online = true;
        return Promise.resolve();
      },
    });
    assert.equal((await sendWithRetries(options)).kind, 'accepted');
    assert.deepEqual(log.pauses, []);
    assert.deepEqual(log.statuses.map((s) => s.kind), ['sending', 'offline', 'sending']);
  });

  it('should make one attempt when asked for fewer than one', async () => {
    const { log, options } = receiver([{ status: 500 }], { maxAttempts: 0 });
    assert.equal((await sendWithRetries(options)).kind, 'failed');
    assert.deepEqual(log.attempts, [1]);
  });
});
