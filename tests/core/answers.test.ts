import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  createFormState,
  currentStep,
  loadProcedure,
  minimiseData,
  nextStep,
  setValue,
  validateSubmission,
} from '../../packages/core/src/index.js';
import { fieldIn } from './support.js';

describe('a box the person must tick (const: true)', () => {
  const schema = {
    type: 'object',
    properties: { certifie: { type: 'boolean', const: true, title: "Je certifie l'exactitude des informations" } },
    required: ['certifie'],
  };

  it('should be a checkbox the person can tick, not a read-only value', () => {
    const field = fieldIn(currentStep(createFormState(loadProcedure(schema))), '/certifie');
    assert.equal(field.widget, 'checkbox');
    assert.equal(field.readOnly, false);
    assert.equal(field.required, true);
  });

  it('should ask to tick it, in French and in English, whether it is unticked or missing', () => {
    const procedure = loadProcedure(schema);
    const missing = nextStep(createFormState(procedure));
    assert.deepEqual(missing.errors.map((e) => e.message), ["Cochez la case « Je certifie l'exactitude des informations » pour continuer"]);
    const unticked = validateSubmission(procedure, { data: { certifie: false } }, { locale: 'en' });
    assert.deepEqual(unticked.errors.map((e) => e.message), ['Tick “Je certifie l\'exactitude des informations” to continue']);
    assert.equal(nextStep(setValue(createFormState(procedure), '/certifie', true)).errors.length, 0);
  });
});

describe('dialect of a schema without $schema', () => {
  it('should read a schema using dependentSchemas deep inside as 2020-12, so the server enforces it like the form', () => {
    const schema = {
      type: 'object',
      properties: {
        contact: {
          type: 'object',
          properties: { telephone: { type: 'string' }, heure: { type: 'string' } },
          dependentSchemas: { telephone: { required: ['heure'] } },
        },
      },
    };
    const procedure = loadProcedure(schema);
    assert.equal(procedure.dialect, '2020-12');
    const verdict = validateSubmission(procedure, { data: { contact: { telephone: '0123456789' } } });
    assert.deepEqual(verdict.errors.map((e) => [e.pointer, e.keyword]), [['/contact/heure', 'required']]);
  });
});

describe('data minimisation of undeclared answers', () => {
  it('should keep extra answers where additionalProperties is true, and drop them where it is absent', () => {
    const open = loadProcedure({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true });
    const closed = loadProcedure({ type: 'object', properties: { a: { type: 'string' } } });
    assert.deepEqual(minimiseData(open, { a: 'x', libre: 'y' }), { a: 'x', libre: 'y' });
    assert.deepEqual(minimiseData(closed, { a: 'x', libre: 'y' }), { a: 'x' });
  });
});

describe('the question that picks a oneOf branch', () => {
  it('should offer the branches as options even when the schema declares it as a plain string', () => {
    const schema = {
      type: 'object',
      properties: { demandeur: { type: 'string', title: 'Vous êtes' } },
      oneOf: [
        { title: 'Un particulier', properties: { demandeur: { const: 'particulier' }, nom: { type: 'string' } } },
        { title: 'Une entreprise', properties: { demandeur: { const: 'entreprise' }, siret: { type: 'string', format: 'siret' } } },
      ],
    };
    const field = fieldIn(currentStep(createFormState(loadProcedure(schema))), '/demandeur');
    assert.equal(field.label, 'Vous êtes');
    assert.equal(field.widget, 'radios');
    assert.deepEqual(field.options?.map((o) => [o.value, o.label]), [
      ['particulier', 'Un particulier'],
      ['entreprise', 'Une entreprise'],
    ]);
  });
});

describe('a required group left empty', () => {
  const schema = {
    type: 'object',
    properties: {
      eleve: {
        type: 'object',
        title: "L'élève",
        properties: { prenom: { type: 'string', title: 'Prénom' }, nom: { type: 'string', title: 'Nom' }, surnom: { type: 'string' } },
        required: ['prenom', 'nom'],
      },
      remarques: { type: 'object', title: 'Remarques', properties: { texte: { type: 'string' } } },
      accord: { type: 'object', title: 'Accord', properties: { note: { type: 'string' } } },
    },
    required: ['eleve', 'accord'],
  };

  it("should report its own required questions, which the person can answer, in the form's order", () => {
    const verdict = validateSubmission(loadProcedure(schema), { data: {} });
    assert.deepEqual(
      verdict.errors.map((e) => [e.pointer, e.message]),
      [
        ['/eleve/prenom', 'Renseignez le champ « Prénom »'],
        ['/eleve/nom', 'Renseignez le champ « Nom »'],
        ['/accord', 'Renseignez le champ « Accord »'],
      ],
      'a required group without required questions keeps its own error; an optional one has none',
    );
    assert.equal(verdict.valid, false);
  });
});
