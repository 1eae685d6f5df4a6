import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { createFormState, goToStep, loadProcedure, nextStep, questionChanges, setValue, stepList } from '../../packages/core/src/index.js';

const procedure = loadProcedure({
  id: 'carte-resident',
  version: '1',
  title: 'Carte de stationnement résident',
  organisation: { name: 'Commune de Saint-Exemple' },
  schema: {
    type: 'object',
    required: ['nom', 'vehicule'],
    properties: {
      nom: { type: 'string', title: 'Nom' },
      vehicule: { type: 'boolean', title: 'Avez-vous un véhicule ?' },
      commentaire: { type: 'string', title: 'Commentaire' },
    },
    if: { properties: { vehicule: { const: true } }, required: ['vehicule'] },
    then: { properties: { immatriculation: { type: 'string', title: 'Immatriculation' } }, required: ['immatriculation'] },
  },
  steps: [
    { id: 'vous', title: { fr: 'Vous', en: 'You' }, items: ['/nom', '/vehicule'] },
    { id: 'vehicule', title: 'Véhicule', items: ['/immatriculation'] },
    { id: 'fin', title: 'Fin', items: ['/commentaire'] },
  ],
});

const summary = (items: ReturnType<typeof stepList>): string[] => items.map((s) => `${String(s.number)} ${s.title} ${s.status}${s.reachable ? ' ↩' : ''}`);

describe('the list of steps', () => {
  it('should list only the steps the answers show, numbered as "Étape 2 sur 4" counts them', () => {
    const state = createFormState(procedure, { data: { nom: 'Martin', vehicule: false } });
    assert.deepEqual(summary(stepList(state)), ['1 Vous current', '2 Fin upcoming']);
    const withCar = setValue(state, '/vehicule', true);
    assert.deepEqual(summary(stepList(withCar)), ['1 Vous current', '2 Véhicule upcoming', '3 Fin upcoming']);
  });

  it('should mark the steps behind as done and reachable, never the steps ahead', () => {
    const state = nextStep(createFormState(procedure, { data: { nom: 'Martin', vehicule: true } }));
    assert.deepEqual(summary(stepList(state)), ['1 Vous done ↩', '2 Véhicule current', '3 Fin upcoming']);
    assert.equal(stepList(state)[0]?.index, 0);
    assert.equal(stepList(goToStep(state, 0)).filter((s) => s.reachable).length, 0);
  });

  it('should make every step done and reachable on the review page', () => {
    const state = createFormState(procedure, { data: { nom: 'Martin', vehicule: false } });
    assert.deepEqual(summary(stepList(state, { reviewing: true })), ['1 Vous done ↩', '2 Fin done ↩']);
  });

  it('should give the titles in the form’s language', () => {
    const state = createFormState(procedure, { locale: 'en' });
    assert.equal(stepList(state)[0]?.title, 'You');
  });
});

describe('questions an answer makes appear or disappear', () => {
  const schema = {
    type: 'object',
    properties: { chien: { type: 'boolean', title: 'Avez-vous un chien ?' }, nom: { type: 'string', title: 'Nom' } },
    if: { properties: { chien: { const: true } }, required: ['chien'] },
    then: { properties: { nomDuChien: { type: 'string', title: 'Nom du chien' }, race: { type: 'string', title: 'Race' } } },
  };

  it('should count the questions of the step that appear, then those that disappear', () => {
    const state = createFormState(loadProcedure(schema));
    const withDog = setValue(state, '/chien', true);
    assert.deepEqual(questionChanges(state, withDog), { added: 2, removed: 0 });
    assert.deepEqual(questionChanges(withDog, setValue(withDog, '/chien', false)), { added: 0, removed: 2 });
    assert.deepEqual(questionChanges(state, setValue(state, '/nom', 'Martin')), { added: 0, removed: 0 });
  });
});
