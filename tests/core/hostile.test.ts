import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  createFormState,
  currentStep,
  loadProcedure,
  MAX_DATA_DEPTH,
  minimiseData,
  setValue,
  submissionData,
  validateAll,
  validateData,
  validateSubmission,
} from '../../packages/core/src/index.js';
import { allFields, fieldIn, problemsOf } from './support.js';

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/** Object.prototype has not been touched, and a fresh object has nothing it should not have. */
function assertNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  assert.equal(probe.polluted, undefined);
  assert.equal(probe.x, undefined);
  assert.equal(probe.isAdmin, undefined);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeKeys);
  assert.equal(typeof Object.prototype.toString, 'function');
}

const xss = '<img src=x onerror="alert(document.cookie)">';

describe('hostile input', () => {
  describe('property names __proto__, constructor, prototype', () => {
    const procedure = loadProcedure({
      id: 'noms-speciaux',
      version: '1',
      title: 'Noms spéciaux',
      organisation: { name: 'Mairie' },
      schema: {
        type: 'object',
        properties: {
          constructor: { type: 'string', title: 'Constructeur', minLength: 3 },
          prototype: {
            type: 'object',
            title: 'Prototype',
            properties: { polluted: { type: 'boolean', title: 'Pollué ?' }, toString: { type: 'string', maxLength: 2 } },
          },
          hasOwnProperty: { type: 'string', enum: ['__proto__', 'constructor', 'toString'] },
        },
        required: ['constructor'],
        additionalProperties: { type: 'object' },
      },
      steps: [{ id: 'tout', title: 'Tout', items: ['/constructor', '/prototype', '/hasOwnProperty'] }],
      fields: { '/constructor': { label: 'Constructeur', errorMessages: { minLength: 'Trois lettres au moins' } } },
    });

    it('should load a schema whose properties are named constructor, prototype and hasOwnProperty', () => {
      const step = currentStep(createFormState(procedure));
      assert.deepEqual(allFields(step.items).map((f) => [f.pointer, f.label]), [
        ['/constructor', 'Constructeur'],
        ['/prototype', 'Prototype'],
        ['/prototype/polluted', 'Pollué ?'],
        ['/prototype/toString', 'toString'],
        ['/hasOwnProperty', 'hasOwnProperty'],
      ]);
      assert.deepEqual(fieldIn(step, '/hasOwnProperty').options?.map((o) => o.label), ['__proto__', 'constructor', 'toString']);
      assertNoPollution();
    });

    it('should validate those properties like any other', () => {
      const errors = validateData(procedure, { constructor: 'ab', prototype: { polluted: 'oui', toString: 'long' }, hasOwnProperty: 'valueOf' });
      assert.deepEqual(
        errors.map((e) => [e.pointer, e.keyword, e.message]),
        [
          ['/constructor', 'minLength', 'Trois lettres au moins'],
          ['/prototype/polluted', 'type', 'Saisissez oui ou non'],
          ['/prototype/toString', 'maxLength', 'Saisissez au plus 2 caractères'],
          ['/hasOwnProperty', 'enum', 'Choisissez une des réponses proposées : __proto__, constructor, toString'],
        ],
      );
      assert.deepEqual(validateData(procedure, {}).map((e) => e.pointer), ['/constructor']);
      assertNoPollution();
    });

    it('should set answers at /__proto__/x, /constructor and /prototype/polluted as own data', () => {
      let state = createFormState(procedure);
      state = setValue(state, '/__proto__/x', 'injecté');
      state = setValue(state, '/__proto__/polluted', true);
      state = setValue(state, '/constructor', 'Bob');
      state = setValue(state, '/prototype/polluted', true);
      assert.equal(Object.getPrototypeOf(state.data), Object.prototype);
      assert.deepEqual(Object.keys(state.data), ['__proto__', 'constructor', 'prototype']);
      assert.equal(JSON.stringify(state.data), '{"__proto__":{"x":"injecté","polluted":true},"constructor":"Bob","prototype":{"polluted":true}}');
      assertNoPollution();
    });

    it('should keep __proto__ answers as own data through minimisation and submission, polluting nothing', () => {
      const data: unknown = JSON.parse('{"__proto__":{"polluted":true,"isAdmin":true},"constructor":"Bob","prototype":{"polluted":true},"autre":{"x":1}}');
      const kept = minimiseData(procedure, data) as Record<string, unknown>;
      assert.ok(Object.prototype.hasOwnProperty.call(kept, '__proto__'));
      assert.equal(Object.getPrototypeOf(kept), Object.prototype);
      assert.deepEqual(JSON.parse(JSON.stringify(kept)), JSON.parse(JSON.stringify(data)));
      const verdict = validateSubmission(procedure, { data });
      assert.equal(verdict.valid, true, JSON.stringify(verdict.errors));
      assert.equal(JSON.stringify(verdict.data), JSON.stringify(data));
      assert.equal(JSON.stringify(submissionData(createFormState(procedure, { data }))), JSON.stringify(data));
      assertNoPollution();
    });

    it('should report a __proto__ answer of the wrong type like any other answer', () => {
      const data: unknown = JSON.parse('{"constructor":"Bob","__proto__":"pas un objet"}');
      assert.deepEqual(validateData(procedure, data).map((e) => [e.pointer, e.keyword]), [['/__proto__', 'type']]);
      assertNoPollution();
    });

    it('should drop a __proto__ answer the schema does not ask for', () => {
      const closed = loadProcedure({ type: 'object', properties: { nom: { type: 'string' } }, additionalProperties: false });
      const data: unknown = JSON.parse('{"nom":"Martin","__proto__":{"polluted":true}}');
      const verdict = validateSubmission(closed, { data });
      assert.equal(verdict.valid, true);
      assert.equal(JSON.stringify(verdict.data), '{"nom":"Martin"}');
      assertNoPollution();
    });

    it('should refuse a schema property named __proto__ (the validator would skip it)', () => {
      const problems = problemsOf(JSON.parse('{"type":"object","properties":{"a":{"type":"object","properties":{"__proto__":{"type":"string"}}}}}'));
      assert.deepEqual(problems.map((p) => [p.pointer, p.code]), [['/properties/a/properties/__proto__', 'reserved-name']]);
      assertNoPollution();
    });
  });

  describe('strings stay strings', () => {
    const procedure = loadProcedure({
      id: 'textes',
      version: '1',
      title: xss,
      organisation: { name: xss },
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', title: xss, description: '<b>gras</b>' },
          b: { type: 'string', enum: ['<script>alert(1)</script>', '&amp;'] },
          n: { type: 'integer' },
        },
      },
      steps: [{ id: 'etape', title: '<h1>Titre</h1>', items: [{ content: 'paragraph', text: '<a href="javascript:alert(1)">lien</a>' }, '/a', '/b', '/n'] }],
      fields: { '/b': { label: '<svg onload=alert(1)>', options: { '&amp;': '&lt;et&gt;' } } },
    });

    it('should give labels, hints, options and texts exactly as written, never as markup', () => {
      const step = currentStep(createFormState(procedure));
      assert.equal(step.title, '<h1>Titre</h1>');
      const [paragraph] = step.items;
      assert.ok(paragraph?.kind === 'content');
      assert.equal(paragraph.text, '<a href="javascript:alert(1)">lien</a>');
      assert.equal(fieldIn(step, '/a').label, xss);
      assert.equal(fieldIn(step, '/a').hint, '<b>gras</b>');
      assert.equal(fieldIn(step, '/b').label, '<svg onload=alert(1)>');
      assert.deepEqual(fieldIn(step, '/b').options?.map((o) => o.label), ['<script>alert(1)</script>', '&lt;et&gt;']);
    });

    it('should keep a typed value as the string it is, never coerce it', () => {
      const state = setValue(createFormState(procedure), '/n', '42');
      assert.equal(state.data.n, '42');
      assert.deepEqual(validateData(procedure, state.data).map((e) => [e.pointer, e.keyword]), [['/n', 'type']]);
      assert.equal(validateSubmission(procedure, { data: { a: xss } }).valid, true);
      assert.equal((validateSubmission(procedure, { data: { a: xss } }).data as { a: string }).a, xss);
    });

    it('should quote a hostile value in a message as text', () => {
      const errors = validateData(procedure, { b: '<img src=x>' });
      assert.equal(errors[0]?.message, 'Choisissez une des réponses proposées : <script>alert(1)</script>, &lt;et&gt;');
    });
  });

  describe('deep and large data', () => {
    const tree = loadProcedure({
      type: 'object',
      properties: { noeud: { $ref: '#/definitions/noeud' }, libre: { type: 'object', additionalProperties: true } },
      definitions: { noeud: { type: 'object', title: 'Nœud', properties: { nom: { type: 'string' }, enfant: { $ref: '#/definitions/noeud' } } } },
    });

    function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
      let value: unknown = 'feuille';
      for (let i = 0; i < levels; i++) value = wrap(value);
      return value;
    }

    it(`should answer data nested 10 000 levels deep with an error, not a stack overflow (limit ${MAX_DATA_DEPTH})`, () => {
      const deepObjects = { noeud: nested(10_000, (inner) => ({ nom: 'n', enfant: inner })) };
      const deepArrays = { libre: { liste: nested(10_000, (inner) => [inner]) } };
      for (const data of [deepObjects, deepArrays]) {
        const verdict = validateSubmission(tree, { data });
        assert.equal(verdict.valid, false);
        assert.equal(verdict.errors.length, 1);
        assert.equal(verdict.errors[0]?.pointer, '');
        assert.ok((verdict.errors[0]?.message ?? '').length > 0);
      }
    });

    it('should render and validate a form whose data is nested 10 000 levels deep without throwing', () => {
      const state = createFormState(tree, { data: { noeud: nested(10_000, (inner) => ({ enfant: inner })) } });
      assert.doesNotThrow(() => currentStep(state));
      assert.doesNotThrow(() => validateAll(state));
      assert.doesNotThrow(() => submissionData(state));
    });

    it('should parse deeply nested JSON text of a procedure into a clear problem', () => {
      const text = `{"type":"object","properties":{"a":${'{"type":"object","properties":{"a":'.repeat(500)}{"type":"string"}${'}}'.repeat(500)}}}`;
      assert.deepEqual(problemsOf(text).map((p) => p.code), ['too-deep']);
    });

    it('should check a huge string against every format and limit, and return', () => {
      const huge = '9'.repeat(2_000_000);
      const formats = ['siret', 'siren', 'fr-postal-code', 'fr-phone', 'iban', 'nir', 'email', 'date', 'uri'];
      const procedure = loadProcedure({
        type: 'object',
        properties: {
          ...Object.fromEntries(formats.map((format) => [format, { type: 'string', format }])),
          court: { type: 'string', maxLength: 100 },
          motif: { type: 'string', pattern: '^[0-9]{5}$' },
        },
      });
      const data = { ...Object.fromEntries(formats.map((format) => [format, huge])), court: huge, motif: huge };
      const errors = validateData(procedure, data);
      assert.deepEqual(errors.map((e) => e.pointer).sort(), [...formats, 'court', 'motif'].map((k) => `/${k}`).sort());
      assert.equal(errors.find((e) => e.pointer === '/court')?.message, 'Saisissez au plus 100 caractères');
    });

    it('should refuse many catastrophic patterns at load, each at its pointer, and return', () => {
      const patterns = ['^(a+)+$', '^(\\d+)*$', '^(b+)+$', '^([0-9]+)*$', '^(x+)*y$', '^(c+)+d$'];
      const properties = Object.fromEntries(patterns.map((pattern, i) => [`p${i}`, { type: 'string', pattern }]));
      const problems = problemsOf({ type: 'object', properties });
      assert.deepEqual(
        problems.map((p) => [p.pointer, p.code]),
        patterns.map((_, i) => [`/properties/p${i}/pattern`, 'pattern-unsafe']),
      );
    });
  });
});
