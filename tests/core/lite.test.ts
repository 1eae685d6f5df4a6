import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { loadProcedure, needsValidatorToShow } from '../../packages/core/src/index.js';

describe('what a page loading core without its validator may show at once', () => {
  it('should show flat questions, groups and lists without the validator', () => {
    const procedure = loadProcedure({
      type: 'object',
      properties: {
        nom: { type: 'string', title: 'Nom' },
        adresse: { type: 'object', properties: { ville: { type: 'string' } } },
        enfants: { type: 'array', items: { type: 'object', properties: { prenom: { type: 'string' } } } },
        choix: { enum: ['a', 'b'] },
      },
    });
    assert.equal(needsValidatorToShow(procedure), false);
  });

  it('should wait for it when showing tests answers against the schema, however deep', () => {
    const deep = (inner: Record<string, unknown>): unknown => ({ type: 'object', properties: { a: { type: 'object', properties: { b: inner } } } });
    for (const inner of [
      { if: { properties: { x: { const: 1 } } }, then: { required: ['x'] } },
      { oneOf: [{ type: 'string' }, { type: 'number' }] },
      { anyOf: [{ properties: { y: { type: 'string' } } }, { properties: { z: { type: 'string' } } }] },
      { type: 'object', dependentSchemas: { x: { properties: { y: { type: 'string' } } } } },
      { type: 'object', dependencies: { x: { properties: { y: { type: 'string' } } } } },
    ]) {
      assert.equal(needsValidatorToShow(loadProcedure(deep(inner))), true, JSON.stringify(inner));
    }
    assert.equal(needsValidatorToShow(loadProcedure(deep({ type: 'object', dependencies: { x: ['y'] } }))), false);
  });
});
