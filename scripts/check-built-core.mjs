// Smoke test of the built @guichet/core in plain Node (no TypeScript loader): the package
// entry and the single-file bundle both load a procedure and validate a submission.
import assert from 'node:assert/strict';

const schema = {
  type: 'object',
  properties: { siret: { type: 'string', title: 'SIRET', format: 'siret' } },
  required: ['siret'],
};

for (const entry of ['@guichet/core', '../packages/core/dist/guichet-core.bundle.js']) {
  const { loadProcedure, validateSubmission } = await import(entry);
  const procedure = loadProcedure(schema);
  assert.deepEqual(validateSubmission(procedure, { data: { siret: '35600000000048' } }).errors, []);
  const verdict = validateSubmission(procedure, { data: { siret: '12345678901234' } }, { locale: 'en' });
  assert.equal(verdict.valid, false);
  assert.equal(verdict.errors[0].pointer, '/siret');
  console.log(`${entry}: loads a procedure and validates a submission.`);
}
