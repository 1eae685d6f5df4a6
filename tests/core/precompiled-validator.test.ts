// Validators compiled ahead (`compileValidator`, the `guichet-compile` command): the module they
// write checks answers exactly as ajv compiled in the page does, holds no eval, and is used
// only for the document it was compiled from.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import {
  compileValidator,
  createFormState,
  currentStep,
  isPrecompiledValidator,
  loadProcedure,
  ProcedureError,
  shownPointers,
  validateData,
  validatorNeeds,
  type PrecompiledValidator,
} from '../../packages/core/src/index.js';
import { musicSchool } from './support.js';

/** Imports the module text `compileValidator` wrote, as a page imports the file. */
async function imported(code: string): Promise<PrecompiledValidator> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  assert.ok(isPrecompiledValidator(module.default));
  return module.default;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

describe('a validator compiled ahead', () => {
  it('should find the same errors as the validator compiled in the page, with the same messages', async () => {
    const document = musicSchool();
    const ahead = loadProcedure(document, { validator: await imported(compileValidator(document)) });
    const inPage = loadProcedure(document);
    assert.deepEqual(ahead.warnings, inPage.warnings);
    for (const data of [
      {},
      { eleve: { nom: 'Durand' } },
      { eleve: { nom: 'Durand', prenom: 'Léa', naissance: '2031-02-30' }, responsable: { courriel: 'pas-un-courriel' } },
    ]) {
      const expected = validateData(inPage, data);
      assert.ok(expected.length > 0);
      assert.deepEqual(validateData(ahead, data), expected);
      assert.deepEqual(validateData(ahead, data, { locale: 'en' }), validateData(inPage, data, { locale: 'en' }));
    }
  });

  it('should decide conditions and alternatives as the page does', async () => {
    const schema = {
      type: 'object',
      properties: {
        demandeur: { enum: ['particulier', 'societe'], title: 'Demandeur' },
        siret: { type: 'string', format: 'siret', title: 'SIRET' },
        contact: {
          title: 'Contact',
          oneOf: [
            { title: 'Par courriel', type: 'object', properties: { courriel: { type: 'string', format: 'email' } }, required: ['courriel'] },
            { title: 'Par téléphone', type: 'object', properties: { telephone: { type: 'string', format: 'fr-phone' } }, required: ['telephone'] },
          ],
        },
      },
      required: ['demandeur'],
      if: { properties: { demandeur: { const: 'societe' } }, required: ['demandeur'] },
      then: { required: ['siret'] },
    };
    const ahead = loadProcedure(schema, { validator: await imported(compileValidator(schema)) });
    const inPage = loadProcedure(schema);
    for (const data of [{ demandeur: 'societe' }, { demandeur: 'particulier' }, { demandeur: 'societe', siret: '12345', contact: { telephone: '01' } }]) {
      const shown = (procedure: typeof ahead): string[] => [...shownPointers(currentStep(createFormState(procedure, { data })))];
      assert.deepEqual(shown(ahead), shown(inPage), JSON.stringify(data));
      assert.deepEqual(validateData(ahead, data), validateData(inPage, data), JSON.stringify(data));
    }
    assert.ok(validateData(ahead, { demandeur: 'societe' }).some((e) => e.pointer === '/siret' && e.keyword === 'required'));
  });

  it('should count characters and compare values as ajv does', async () => {
    const schema = {
      type: 'object',
      properties: {
        nom: { type: 'string', minLength: 3, maxLength: 3 },
        choix: { type: 'array', uniqueItems: true, items: { type: 'object' } },
        fixe: { const: { a: [1, { b: 2 }] } },
        liste: { enum: [{ x: 1 }, [1, 2]] },
      },
    };
    const ahead = loadProcedure(schema, { validator: await imported(compileValidator(schema)) });
    const inPage = loadProcedure(schema);
    for (const data of [
      { nom: '😀é✓' },
      { nom: 'e\u0301e' },
      { nom: '😀😀' },
      { choix: [{ a: 1, b: 2 }, { b: 2, a: 1 }] },
      { choix: [{ a: 1 }, { a: 2 }] },
      { fixe: { a: [1, { b: 2 }] }, liste: { x: 1 } },
      { fixe: { a: [1, { b: 3 }] }, liste: [2, 1] },
    ]) {
      assert.deepEqual(validateData(ahead, data), validateData(inPage, data), JSON.stringify(data));
    }
    assert.deepEqual(validateData(ahead, { nom: '😀😀' }).map((e) => e.keyword), ['minLength']);
    assert.deepEqual(validateData(ahead, { choix: [{ a: 1, b: 2 }, { b: 2, a: 1 }] }).map((e) => e.keyword), ['uniqueItems']);
  });

  it('should need neither ajv nor redos-detector in the page', async () => {
    const document = musicSchool();
    const validator = await imported(compileValidator(document));
    assert.deepEqual(validatorNeeds(loadProcedure(document, { validator, compile: 'later' })), ['checks']);
    assert.deepEqual(validatorNeeds(loadProcedure(document, { compile: 'later' })), ['checks', 'ajv']);
  });

  it('should hold no eval and no Function constructor, nor the texts the procedure already carries', () => {
    const code = compileValidator(musicSchool());
    assert.doesNotMatch(code, /\beval\s*\(|\bFunction\s*\(|new\s+Function\b/);
    const schema = { type: 'object', properties: { title: { type: 'string', title: 'Titre unique 4821', description: 'Aide unique 9135' } }, required: ['title'] };
    const stripped = compileValidator(schema);
    assert.doesNotMatch(stripped, /unique 4821|unique 9135/);
    assert.match(stripped, /"title"/);
  });

  it('should be refused for another version of the document, which is compiled in the page', async () => {
    const document = musicSchool();
    const validator = await imported(compileValidator(document));
    const changed = { ...document, schema: { ...(document.schema as object), required: [] } };
    const procedure = loadProcedure(changed, { validator });
    assert.deepEqual(procedure.warnings.filter((w) => w.code === 'validator-mismatch').map((w) => w.pointer), ['']);
    assert.deepEqual(validateData(procedure, {}), validateData(loadProcedure(changed), {}));
    assert.deepEqual(validatorNeeds(loadProcedure(changed, { validator, compile: 'later' })), ['checks', 'ajv']);
    // The same document with its keys in another order is the same document.
    const reordered = Object.fromEntries(Object.entries(document).reverse());
    assert.equal(loadProcedure(reordered, { validator }).warnings.some((w) => w.code === 'validator-mismatch'), false);
  });

  it('should refuse to compile a procedure with problems, saying where and what', () => {
    const document = musicSchool();
    const broken = { ...document, schema: { ...(document.schema as object), properties: { code: { type: 'string', pattern: '^(a|a)*$' } } } };
    assert.throws(() => compileValidator(broken), (error: unknown) => {
      assert.ok(error instanceof ProcedureError);
      assert.ok(error.problems.some((p) => p.code === 'pattern-unsafe' && p.pointer === '/schema/properties/code/pattern'));
      return true;
    });
  });

  it('should write hostile titles and names as text', async () => {
    const schema = {
      title: 'Démarche\u2028alert(1)//',
      type: 'object',
      properties: { 'a\u2029"b': { type: 'string', title: '*/ alert(1) /*' } },
      required: ['a\u2029"b'],
      if: { properties: { 'a\u2029"b': { const: 'x' } }, required: ['a\u2029"b'] },
      then: { required: ['c'] },
    };
    const validator = await imported(compileValidator(schema));
    const procedure = loadProcedure(schema, { validator });
    assert.deepEqual(validateData(procedure, {}).map((e) => e.pointer), ['/a\u2029"b']);
    assert.deepEqual(validateData(procedure, { 'a\u2029"b': 'x' }).map((e) => e.pointer), ['/c']);
  });
});

const folder = fileURLToPath(new URL('../../../shared/corpus/external/', import.meta.url));
const present = existsSync(folder);
const names = present ? readdirSync(folder).filter((name) => name.endsWith('.json')).sort() : [];

describe('validators compiled ahead for the external corpus', { skip: present ? false : `no corpus at ${folder}` }, () => {
  for (const name of names) {
    it(`should check ${name} as the page does`, async () => {
      const file = JSON.parse(readFileSync(`${folder}${name}`, 'utf8')) as { schema: unknown; formData?: unknown };
      let inPage;
      try {
        inPage = loadProcedure(file.schema);
      } catch (error) {
        assert.ok(error instanceof ProcedureError);
        assert.throws(() => compileValidator(file.schema), ProcedureError);
        return;
      }
      const ahead = loadProcedure(file.schema, { validator: await imported(compileValidator(file.schema)) });
      for (const data of [{}, isObject(file.formData) ? file.formData : { x: 1 }]) {
        assert.deepEqual(validateData(ahead, data), validateData(inPage, data));
        const shown = (procedure: typeof ahead): string[] => [...shownPointers(currentStep(createFormState(procedure, { data })))];
        assert.deepEqual(shown(ahead), shown(inPage));
      }
    });
  }
});
