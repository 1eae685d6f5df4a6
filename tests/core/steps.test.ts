import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { loadProcedure, ProcedureError } from '../../packages/core/src/index.js';
import { assertExplained, located, problemsOf } from './support.js';

const schema = {
  type: 'object',
  properties: {
    demandeur: {
      type: 'object',
      properties: { nom: { type: 'string' }, prenom: { type: 'string' }, adresse: { type: 'object', properties: { ville: { type: 'string' } } } },
    },
    enfants: { type: 'array', items: { type: 'object', properties: { prenom: { type: 'string' } } } },
  },
};

function procedure(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'demo', version: '1', title: 'Démo', organisation: { name: 'Commune' }, schema, steps: [{ id: 'a', title: 'A', items }], ...extra };
}

describe('loadProcedure: placing questions in steps', () => {
  it('should accept a group placed whole, or each of its questions placed one by one', () => {
    assert.doesNotThrow(() => loadProcedure(procedure(['/demandeur', '/enfants'])));
    assert.doesNotThrow(() => loadProcedure(procedure(['/demandeur/nom', '/demandeur/prenom', '/demandeur/adresse', '/enfants'])));
  });

  it('should report the questions of a group left out when another question of it is placed on its own', () => {
    const problems = problemsOf(procedure(['/demandeur/nom', '/enfants']));
    assert.deepEqual(located(problems), [
      ['/steps', 'field-in-no-step'],
      ['/steps', 'field-in-no-step'],
    ]);
    assert.match(problems[0]?.message.fr ?? '', /« \/demandeur\/prenom »/);
    assert.match(problems[1]?.message.en ?? '', /“\/demandeur\/adresse”/);
    problems.forEach(assertExplained);
  });

  it('should refuse a step item that points inside a repeatable list, and say to place the list', () => {
    const problems = problemsOf(procedure(['/demandeur', '/enfants/*/prenom']));
    assert.deepEqual(located(problems), [['/steps/0/items/1', 'step-field-in-list']]);
    assert.match(problems[0]?.message.fr ?? '', /placez la liste entière/);
    assert.match(problems[0]?.message.en ?? '', /place the whole list/);
  });
});

describe('loadProcedure: every problem at once', () => {
  it('should report a procedure without its schema as such, not read it as a bare schema', () => {
    const input = procedure(['/demandeur']);
    delete input.schema;
    delete input.steps;
    assert.deepEqual(located(problemsOf(input)), [['/schema', 'missing-property']]);
  });

  it('should report the steps problems together with the schema problems', () => {
    const input = procedure(['/inconnu']);
    input.schema = { ...schema, properties: { ...schema.properties, code: { type: 'string', pattern: '^(a+)+$' } } };
    const codes = located(problemsOf(input)).map(([, code]) => code);
    assert.ok(codes.includes('pattern-unsafe'), codes.join());
    assert.ok(codes.includes('step-field-unknown'), codes.join());
  });

  it('should carry the warnings beside the errors of a refused procedure', () => {
    const input = procedure(['/inconnu']);
    try {
      loadProcedure(input);
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(error instanceof ProcedureError);
      assert.deepEqual(located(error.warnings), [['', 'privacy-missing']]);
      assert.ok(error.problems.every((p) => p.severity === 'error'));
    }
  });
});
