import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { createFormState, currentStep, loadProcedure, showErrors, type FieldView } from '../../packages/core/src/index.js';
import { fixture } from './support.js';

const data = { nom: 'Dupont', courriel: 'claire.dupont@example.fr', allocataire: false, certifie: true };

function onLastStep() {
  return { ...createFormState(loadProcedure(fixture('procedure-trois-etapes.json')), { data }), step: 2 };
}

describe('showErrors', () => {
  it('should show a receiver\'s errors on their fields, on the first step that has one, keeping the answers', () => {
    const state = onLastStep();
    const errors = [
      { pointer: '/certifie', keyword: 'receiver', message: 'Certification refusée' },
      { pointer: '/courriel', keyword: 'receiver', message: 'Adresse déjà utilisée' },
    ];
    const shown = showErrors(state, errors);
    assert.equal(shown.step, 0);
    assert.equal(shown.data, state.data);
    assert.deepEqual(shown.errors, errors);
    const courriel = currentStep(shown).items.find((item): item is FieldView => item.kind === 'field' && item.pointer === '/courriel');
    assert.equal(courriel?.error, 'Adresse déjà utilisée');
  });

  it('should stay on the current step when no error is on a step\'s question', () => {
    const state = onLastStep();
    const shown = showErrors(state, [{ pointer: '', keyword: 'receiver', message: 'Dossier déjà déposé' }]);
    assert.equal(shown.step, 2);
    assert.equal(shown.errors.length, 1);
  });
});
