import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  answerFromText,
  createFormState,
  currentStep,
  frenchFormats,
  identifierText,
  identifierValue,
  loadProcedure,
  setValue,
  textOfAnswer,
  validateStep,
} from '../../packages/core/src/index.js';
import { fieldIn } from './support.js';

describe('identifiers typed or pasted by a person', () => {
  it('should store them compact, in capitals, whatever spaces the person typed', () => {
    assert.equal(identifierValue('siret', ' 356 000 000 00048 '), '35600000000048');
    assert.equal(identifierValue('iban', 'fr76 3000\u00a06000 0112 3456 7890 189'), 'FR7630006000011234567890189');
    assert.equal(identifierValue('nir', '2 69 05 2a 004 123 14'), '269052A00412314');
    assert.equal(identifierValue('fr-postal-code', '45 000'), '45000');
  });

  it('should keep what is not a separator, so the error names what is wrong', () => {
    assert.equal(identifierValue('siret', '356-000'), '356-000');
    assert.equal(frenchFormats.siret(identifierValue('siret', '356-000')).valid, false);
  });

  it('should show them grouped as printed on the documents, and as typed when they are incomplete', () => {
    assert.equal(identifierText('siren', '356000000'), '356 000 000');
    assert.equal(identifierText('siret', '35600000000048'), '356 000 000 00048');
    assert.equal(identifierText('iban', 'FR7630006000011234567890189'), 'FR76 3000 6000 0112 3456 7890 189');
    assert.equal(identifierText('nir', '269054958815780'), '2 69 05 49 588 157 80');
    assert.equal(identifierText('siret', '3560000'), '3560000');
    assert.equal(identifierText('fr-postal-code', '45000'), '45000');
    assert.equal(identifierText('iban', 'fr76 30'), 'fr76 30');
  });

  it('should round-trip: what is shown, typed again, gives the same answer', () => {
    for (const [format, value] of [['siret', '35600000000048'], ['iban', 'FR7630006000011234567890189'], ['nir', '269054958815780']] as const) {
      assert.equal(identifierValue(format, identifierText(format, value)), value);
    }
  });
});

describe('the answer of a one-line input', () => {
  const number = { type: 'number', constraints: {} } as const;
  const integer = { type: 'integer', constraints: {} } as const;

  it('should read numbers the French way', () => {
    assert.equal(answerFromText(number, '1,5'), 1.5);
    assert.equal(answerFromText(integer, '1 000'), 1000);
    assert.equal(answerFromText(integer, '1\u202f000'), 1000);
    assert.equal(answerFromText(number, '-2.25'), -2.25);
  });

  it('should keep text that is not a number as text, for validation to explain', () => {
    assert.equal(answerFromText(number, 'douze'), 'douze');
  });

  it('should leave an empty or blank answer unanswered', () => {
    assert.equal(answerFromText(number, ''), undefined);
    assert.equal(answerFromText({ type: 'string', constraints: {} }, '   '), undefined);
  });

  it('should keep other text exactly as typed', () => {
    assert.equal(answerFromText({ type: 'string', constraints: {} }, ' Dupont '), ' Dupont ');
    assert.equal(textOfAnswer({ type: 'string', constraints: {} }, 'Dupont'), 'Dupont');
    assert.equal(textOfAnswer(number, 12.5), '12.5');
    assert.equal(textOfAnswer(number, undefined), '');
  });
});

describe('identifier questions', () => {
  const schema = {
    type: 'object',
    properties: {
      codePostal: { type: 'string', format: 'fr-postal-code', title: 'Code postal' },
      siret: { type: 'string', format: 'siret', title: 'SIRET de votre entreprise' },
      iban: { type: 'string', format: 'iban', title: 'IBAN', description: 'Celui du compte qui recevra l’aide.' },
      nir: { type: 'string', format: 'nir', title: 'Numéro de sécurité sociale' },
      enfants: { type: 'integer', minimum: 0, maximum: 12, title: "Nombre d'enfants" },
      initiales: { type: 'string', maxLength: 3, title: 'Initiales' },
    },
    required: ['siret'],
  };

  it('should use the identifier widget, with an input as wide as the answer', () => {
    const step = currentStep(createFormState(loadProcedure(schema)));
    const widths = Object.fromEntries(['/codePostal', '/siret', '/iban', '/nir', '/enfants', '/initiales'].map((p) => [p, fieldIn(step, p).width]));
    assert.deepEqual(widths, { '/codePostal': 5, '/siret': 17, '/iban': undefined, '/nir': 21, '/enfants': 2, '/initiales': 3 });
    assert.deepEqual(['/codePostal', '/siret', '/iban', '/nir'].map((p) => fieldIn(step, p).widget), ['identifier', 'identifier', 'identifier', 'identifier']);
    assert.equal(fieldIn(step, '/codePostal').autocomplete, 'postal-code');
  });

  it('should explain where to find an identifier, unless the procedure says it', () => {
    const fr = currentStep(createFormState(loadProcedure(schema)));
    assert.equal(fieldIn(fr, '/siret').hint, '14 chiffres : le numéro SIREN suivi de 5 chiffres. Exemple : 356 000 000 00048');
    assert.equal(fieldIn(fr, '/iban').hint, 'Celui du compte qui recevra l’aide.');
    assert.equal(fieldIn(fr, '/codePostal').hint, undefined);
    const en = currentStep(createFormState(loadProcedure(schema), { locale: 'en' }));
    assert.equal(fieldIn(en, '/nir').hint, 'French social security number, on the Carte Vitale: 15 digits. For example, 2 69 05 49 588 157 80');
  });

  it('should accept the compact answer and refuse a wrong check digit', () => {
    const state = createFormState(loadProcedure(schema));
    const good = validateStep(setValue(state, '/siret', answerFromText({ type: 'string', constraints: { format: 'siret' } }, '356 000 000 00048')));
    assert.deepEqual(good.errors, []);
    const bad = validateStep(setValue(state, '/siret', '35600000000049'));
    assert.deepEqual(bad.errors.map((e) => e.pointer), ['/siret']);
  });
});
