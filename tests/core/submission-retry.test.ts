import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  BACKOFF_MAX_MS,
  backoffDelay,
  MAX_RETRY_AFTER_MS,
  newIdempotencyKey,
  retryAfterDelay,
  submissionIdentity,
} from '../../packages/core/src/index.js';

const now = Date.parse('2026-11-23T10:00:00Z');

describe('retryAfterDelay', () => {
  it('should read a number of seconds', () => {
    assert.equal(retryAfterDelay('0', now), 0);
    assert.equal(retryAfterDelay(' 10 ', now), 10_000);
  });

  it('should read an HTTP date, and a past date as now', () => {
    assert.equal(retryAfterDelay('Mon, 23 Nov 2026 10:01:00 GMT', now), 60_000);
    assert.equal(retryAfterDelay('Mon, 23 Nov 2026 09:00:00 GMT', now), 0);
  });

  it('should wait five minutes at most', () => {
    assert.equal(retryAfterDelay('86400', now), MAX_RETRY_AFTER_MS);
    assert.equal(retryAfterDelay('Tue, 24 Nov 2026 10:00:00 GMT', now), MAX_RETRY_AFTER_MS);
    assert.equal(MAX_RETRY_AFTER_MS, 300_000);
  });

  it('should read nothing from an absent or unreadable header', () => {
    for (const value of [undefined, null, '', '  ', '-5', '1.5', '1e3', 'soon']) assert.equal(retryAfterDelay(value, now), undefined, String(value));
  });
});

describe('backoffDelay', () => {
  it('should double the pause with each retry, half of it at random', () => {
    assert.deepEqual([1, 2, 3, 4].map((retry) => backoffDelay(retry, () => 0)), [1000, 2000, 4000, 8000]);
    assert.deepEqual([1, 2, 3, 4].map((retry) => backoffDelay(retry, () => 0.999_999)), [2000, 4000, 8000, 16000]);
    assert.equal(backoffDelay(3, () => 0.5), 6000);
  });

  it('should never wait longer than a minute', () => {
    assert.equal(backoffDelay(30, () => 1), BACKOFF_MAX_MS);
  });
});

describe('submissionIdentity', () => {
  it('should give a new random key to new answers', () => {
    const key = newIdempotencyKey();
    assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(newIdempotencyKey(), key);
    const first = submissionIdentity(undefined, '{"data":{}}');
    assert.equal(first.body, '{"data":{}}');
    assert.match(first.key, /^[0-9a-f-]{36}$/);
  });

  it('should make a version 4 UUID without crypto.randomUUID (a page served over plain HTTP)', () => {
    const insecure = { getRandomValues: <T extends Uint8Array>(array: T): T => globalThis.crypto.getRandomValues(array) };
    const keys = [newIdempotencyKey(insecure), newIdempotencyKey(insecure)];
    for (const key of keys) assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(keys[0], keys[1]);
    const zeros = { getRandomValues: <T extends Uint8Array>(array: T): T => array };
    assert.equal(newIdempotencyKey(zeros), '00000000-0000-4000-8000-000000000000');
  });

  it('should keep the key of the same answers sent again, and change it when they changed', () => {
    const first = submissionIdentity(undefined, '{"data":{"nom":"Dupont"}}');
    assert.equal(submissionIdentity(first, '{"data":{"nom":"Dupont"}}'), first);
    const changed = submissionIdentity(first, '{"data":{"nom":"Durand"}}');
    assert.notEqual(changed.key, first.key);
  });
});
