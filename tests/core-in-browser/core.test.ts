import { expect } from '@open-wc/testing';
import {
  createFormState,
  currentStep,
  loadProcedure,
  nextStep,
  ProcedureError,
  setValue,
  validateSubmission,
  type FieldView,
} from '../../packages/core/src/index.js';

const schema = {
  type: 'object',
  properties: {
    nom: { type: 'string', title: 'Nom', minLength: 2 },
    codePostal: { type: 'string', title: 'Code postal', format: 'fr-postal-code' },
    chien: { type: 'boolean', title: 'Avez-vous un chien ?' },
  },
  required: ['nom'],
  if: { properties: { chien: { const: true } }, required: ['chien'] },
  then: { properties: { nomDuChien: { type: 'string', title: 'Nom du chien' } }, required: ['nomDuChien'] },
};

const labels = (state: ReturnType<typeof createFormState>): string[] =>
  currentStep(state).items.map((item) => (item as FieldView).label);

describe('@guichet/core in the browser', () => {
  it('should load a bare JSON Schema and show its conditional question only when it applies', () => {
    const procedure = loadProcedure(schema);
    let state = createFormState(procedure);
    expect(labels(state)).to.deep.equal(['Nom', 'Code postal', 'Avez-vous un chien ?']);
    state = setValue(state, '/chien', true);
    expect(labels(state)).to.include('Nom du chien');
  });

  it('should put the errors of a step on their fields, in French', () => {
    const state = nextStep(createFormState(loadProcedure(schema), { data: { codePostal: '7500' } }));
    expect(state.errors.map((e) => [e.pointer, e.message])).to.deep.equal([
      ['/nom', 'Renseignez le champ « Nom »'],
      ['/codePostal', 'Le code postal compte 5 chiffres'],
    ]);
  });

  it('should give a server the same verdict, in English, without the hidden answer', () => {
    const verdict = validateSubmission(loadProcedure(schema), { data: { nom: 'Li', chien: false, nomDuChien: 'Rex' } }, { locale: 'en' });
    expect(verdict).to.deep.equal({ valid: true, errors: [], envelopeErrors: [], data: { nom: 'Li', chien: false } });
  });

  it('should refuse a pattern that backtracks catastrophically', () => {
    const bad = { type: 'object', properties: { a: { type: 'string', pattern: '^(a+)+$' } } };
    expect(() => loadProcedure(bad)).to.throw(ProcedureError);
  });
});
