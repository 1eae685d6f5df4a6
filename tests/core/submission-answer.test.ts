import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  MAX_RECEIVER_ERRORS,
  MAX_RECEIVER_MESSAGE_LENGTH,
  readAnswer,
  receiverErrors,
} from '../../packages/core/src/index.js';

const now = Date.parse('2026-11-23T10:00:00Z');

describe('readAnswer', () => {
  it('should accept a 2xx answer and read its reference', () => {
    assert.deepEqual(readAnswer({ status: 201, body: { reference: 'AB12CD34' } }, now), { kind: 'accepted', status: 201, reference: 'AB12CD34' });
    assert.deepEqual(readAnswer({ status: 200, body: { reference: 4217 } }, now), { kind: 'accepted', status: 200, reference: '4217' });
    assert.deepEqual(readAnswer({ status: 204 }, now), { kind: 'accepted', status: 204 });
  });

  it('should accept a 2xx answer without keeping a reference that is not a short text', () => {
    for (const reference of ['', '   ', 'x'.repeat(201), { html: '<b>1</b>' }, 1.5, null]) {
      assert.deepEqual(readAnswer({ status: 200, body: { reference } }, now), { kind: 'accepted', status: 200 }, JSON.stringify(reference));
    }
    assert.deepEqual(readAnswer({ status: 200, body: '<html>' }, now), { kind: 'accepted', status: 200 });
  });

  it('should read the errors of a 422 answer', () => {
    const body = { errors: [{ pointer: '/nom', message: 'Ce nom est inconnu du registre.' }] };
    assert.deepEqual(readAnswer({ status: 422, body }, now), {
      kind: 'invalid',
      status: 422,
      errors: [{ pointer: '/nom', message: 'Ce nom est inconnu du registre.' }],
    });
  });

  it('should fail without retrying on a 422 without readable errors', () => {
    assert.deepEqual(readAnswer({ status: 422, body: { errors: [{ pointer: 'nom', message: 'x' }] } }, now), { kind: 'failed', status: 422 });
    assert.deepEqual(readAnswer({ status: 422, body: 'Unprocessable' }, now), { kind: 'failed', status: 422 });
  });

  it('should retry after Retry-After on 429 and 503', () => {
    assert.deepEqual(readAnswer({ status: 429, retryAfter: '10' }, now), { kind: 'retry', status: 429, after: 10_000 });
    assert.deepEqual(readAnswer({ status: 503, retryAfter: 'Mon, 23 Nov 2026 10:00:30 GMT' }, now), { kind: 'retry', status: 503, after: 30_000 });
    assert.deepEqual(readAnswer({ status: 503 }, now), { kind: 'retry', status: 503 });
  });

  it('should retry on other 5xx, a 409 (an attempt of the same key under way), network failures and timeouts, with the backoff', () => {
    for (const status of [409, 500, 502, 504, 599]) assert.deepEqual(readAnswer({ status, retryAfter: '10' }, now), { kind: 'retry', status });
    assert.deepEqual(readAnswer({ failure: 'network' }, now), { kind: 'retry', failure: 'network' });
    assert.deepEqual(readAnswer({ failure: 'timeout' }, now), { kind: 'retry', failure: 'timeout' });
  });

  it('should fail without retrying on other 4xx, 1xx and 3xx answers', () => {
    for (const status of [400, 401, 403, 404, 410, 413, 101, 302]) assert.deepEqual(readAnswer({ status }, now), { kind: 'failed', status });
  });
});

describe('receiverErrors', () => {
  it('should keep each error with a JSON pointer and a text, and ignore anything else', () => {
    const errors = receiverErrors({
      errors: [
        { pointer: '/enfants/0/nom', message: '  Nom inconnu  ' },
        { pointer: '', message: 'Dossier déjà déposé' },
        { pointer: 'nom', message: 'not a pointer' },
        { pointer: '/a~2', message: 'bad escape' },
        { pointer: '/nom', message: '' },
        { pointer: '/nom', message: { html: '<img src=x onerror=alert(1)>' } },
        { pointer: 3, message: 'x' },
        'boom',
        null,
      ],
    });
    assert.deepEqual(errors, [
      { pointer: '/enfants/0/nom', message: 'Nom inconnu' },
      { pointer: '', message: 'Dossier déjà déposé' },
    ]);
  });

  it('should keep a hostile message as the text it is', () => {
    const message = '<img src=x onerror="alert(1)">';
    assert.deepEqual(receiverErrors({ errors: [{ pointer: '/nom', message }] }), [{ pointer: '/nom', message }]);
  });

  it('should read nothing from a body that is not `{ errors: [...] }`', () => {
    for (const body of [undefined, null, 'x', [], { errors: 'x' }, { errors: {} }]) assert.deepEqual(receiverErrors(body), []);
  });

  it('should bound how many errors and how long a message a receiver can send', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ pointer: `/n${i}`, message: 'm'.repeat(1000) }));
    const errors = receiverErrors({ errors: many });
    assert.equal(errors.length, MAX_RECEIVER_ERRORS);
    assert.equal(errors[0]?.message.length, MAX_RECEIVER_MESSAGE_LENGTH);
  });
});
