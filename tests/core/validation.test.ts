import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  createFormState,
  currentStep,
  loadProcedure,
  minimiseData,
  nextStep,
  setLocale,
  setValue,
  submissionData,
  validateAll,
  validateData,
  validateStep,
  validateSubmission,
  type FieldError,
  type FormState,
  type RawError,
  type SchemaValidator,
} from '../../packages/core/src/index.js';
import { fieldIn, musicSchool } from './support.js';

const pairs = (errors: readonly FieldError[]): Array<[string, string]> => errors.map((e) => [e.pointer, e.keyword]);
const messages = (errors: readonly FieldError[]): Record<string, string> =>
  Object.fromEntries(errors.map((e) => [e.pointer, e.message]));

const school = loadProcedure(musicSchool());

/** Answers of the music school procedure that are complete and valid. */
function completeAnswers(): Record<string, unknown> {
  return {
    responsable: { nom: 'Martin', prenom: 'Claire', courriel: 'claire.martin@example.fr', codePostal: '45000' },
    enfants: [{ nom: 'Martin', prenom: 'Léa', dateNaissance: '2016-03-27', instrument: 'violon' }],
    quotientFamilial: false,
  };
}

/** The state at a step of the music school procedure, by id. */
function atStep(id: string, data: Record<string, unknown>, locale = 'fr'): FormState {
  const state = createFormState(school, { data, locale });
  return { ...state, step: school.steps.findIndex((s) => s.id === id) };
}

describe('validateData', () => {
  it('should list the errors in the order of the questions, as the error summary shows them', () => {
    const procedure = loadProcedure({
      id: 'ordre',
      version: '1',
      title: 'Ordre',
      organisation: { name: 'Commune' },
      schema: {
        type: 'object',
        required: ['courriel', 'adresse'],
        properties: {
          nom: { type: 'string', minLength: 2 },
          courriel: { type: 'string' },
          adresse: { type: 'object', required: ['ville'], properties: { rue: { type: 'string', minLength: 3 }, ville: { type: 'string' } } },
        },
      },
      steps: [{ id: 'a', title: 'A', items: ['/adresse', '/nom', '/courriel'] }],
    });
    const data = { nom: 'D', adresse: { rue: 'x' } };
    assert.deepEqual(pairs(validateData(procedure, data)).map(([p]) => p), ['/nom', '/courriel', '/adresse/rue', '/adresse/ville']);
    assert.deepEqual(
      pairs(validateData(procedure, data, { within: ['/adresse', '/nom', '/courriel'] })).map(([p]) => p),
      ['/adresse/rue', '/adresse/ville', '/nom', '/courriel'],
    );
  });

  it('should accept complete answers', () => {
    assert.deepEqual(validateData(school, completeAnswers()), []);
  });

  describe('required', () => {
    it('should put a missing answer on the field itself, not on its parent', () => {
      const data = completeAnswers();
      data.responsable = { prenom: 'Claire', courriel: 'claire.martin@example.fr', codePostal: '45000' };
      assert.deepEqual(pairs(validateData(school, data)), [['/responsable/nom', 'required']]);
    });

    it('should put a missing answer inside an item of a repeatable group on that item', () => {
      const data = completeAnswers();
      data.enfants = [
        { nom: 'Martin', prenom: 'Léa', dateNaissance: '2016-03-27', instrument: 'violon' },
        { nom: 'Martin', prenom: 'Hugo', dateNaissance: '2018-11-02' },
      ];
      assert.deepEqual(pairs(validateData(school, data)), [['/enfants/1/instrument', 'required']]);
    });

    it('should require the question a condition shows (then), on that question', () => {
      const data = { ...completeAnswers(), quotientFamilial: true };
      const errors = validateData(school, data);
      assert.deepEqual(pairs(errors), [['/numeroAllocataire', 'required']]);
      assert.equal(errors[0]?.message, "Renseignez le champ « Numéro d'allocataire CAF »");
      assert.equal(validateData(school, data, { locale: 'en' })[0]?.message, 'Enter “CAF claimant number”');
    });

    it('should name the field with its label in the language asked', () => {
      const data = completeAnswers();
      data.responsable = { nom: 'Martin', courriel: 'claire.martin@example.fr', codePostal: '45000' };
      assert.deepEqual(messages(validateData(school, data)), { '/responsable/prenom': 'Renseignez le champ « Prénom »' });
      assert.deepEqual(messages(validateData(school, data, { locale: 'en-GB' })), { '/responsable/prenom': 'Enter “First name”' });
    });

    it('should put a draft-07 dependency (array form) on the field it makes required', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { carte: { type: 'string', title: 'Carte' }, expiration: { type: 'string', title: "Date d'expiration" } },
        dependencies: { carte: ['expiration'] },
      });
      assert.deepEqual(validateData(procedure, { carte: '1234' }), [
        { pointer: '/expiration', keyword: 'required', message: "Renseignez le champ « Date d'expiration »" },
      ]);
      assert.deepEqual(validateData(procedure, {}), []);
    });
  });

  describe('one message per field, with its parameters, in French and in English', () => {
    const procedure = loadProcedure({
      type: 'object',
      properties: {
        nom: { type: 'string', title: 'Nom', minLength: 3, pattern: '^[A-Z]' },
        initiale: { type: 'string', maxLength: 1 },
        ville: { type: 'string', minLength: 1 },
        montant: { type: 'integer', minimum: 1000 },
        pieces: { type: 'array', minItems: 2, items: { type: 'string' } },
        piece: { type: 'array', minItems: 1, items: { type: 'string' } },
        age: { type: 'integer' },
      },
    });
    const data = { nom: 'ab', initiale: 'AB', ville: '', montant: 5, pieces: ['a'], piece: [], age: 'dix' };

    it('should give one error per field even when several keywords fail', () => {
      const errors = validateData(procedure, data);
      assert.equal(errors.filter((e) => e.pointer === '/nom').length, 1);
      assert.deepEqual(
        errors.map((e) => e.pointer),
        ['/nom', '/initiale', '/ville', '/montant', '/pieces', '/piece', '/age'],
      );
    });

    it('should fill the parameters in French, with French plurals and numbers', () => {
      const fr = messages(validateData(procedure, data));
      assert.equal(fr['/nom'], 'Saisissez au moins 3 caractères');
      assert.equal(fr['/initiale'], 'Saisissez au plus 1 caractère');
      assert.equal(fr['/ville'], 'Ce champ ne peut pas être vide');
      assert.equal(fr['/montant'], 'Saisissez un nombre supérieur ou égal à 1\u202f000');
      assert.equal(fr['/pieces'], 'Choisissez ou ajoutez au moins 2 éléments');
      assert.equal(fr['/piece'], 'Choisissez ou ajoutez au moins 1 élément');
      assert.equal(fr['/age'], 'Saisissez un nombre entier');
    });

    it('should fill the parameters in English, with English plurals and numbers', () => {
      const en = messages(validateData(procedure, data, { locale: 'en' }));
      assert.equal(en['/nom'], 'Enter at least 3 characters');
      assert.equal(en['/initiale'], 'Enter 1 character or fewer');
      assert.equal(en['/ville'], 'This field cannot be empty');
      assert.equal(en['/montant'], 'Enter a number greater than or equal to 1,000');
      assert.equal(en['/pieces'], 'Select or add at least 2 items');
      assert.equal(en['/piece'], 'Select or add at least 1 item');
      assert.equal(en['/age'], 'Enter a whole number');
    });

    it('should speak French for any other language tag', () => {
      assert.deepEqual(validateData(procedure, data, { locale: 'de' }), validateData(procedure, data));
    });

    it('should list the allowed answers of a short enum with the labels of the procedure', () => {
      const document = musicSchool();
      (document.schema as { properties: Record<string, unknown> }).properties.commentaire = { type: 'string', enum: ['oui', 'non'] };
      (document.fields as Record<string, unknown>)['/commentaire'] = { label: 'Commentaire', options: { oui: { fr: 'Oui', en: 'Yes' }, non: { fr: 'Non', en: 'No' } } };
      const procedure2 = loadProcedure(document);
      const data2 = { ...completeAnswers(), commentaire: 'peut-être' };
      assert.deepEqual(messages(validateData(procedure2, data2)), { '/commentaire': 'Choisissez une des réponses proposées : Oui, Non' });
      assert.deepEqual(messages(validateData(procedure2, data2, { locale: 'en' })), { '/commentaire': 'Select one of the answers: Yes, No' });
    });
  });

  describe("the procedure's own messages", () => {
    it('should replace the catalogue message for that field and keyword, in each language', () => {
      const data = { ...completeAnswers(), quotientFamilial: true, numeroAllocataire: '12-34' };
      assert.deepEqual(validateData(school, data), [
        { pointer: '/numeroAllocataire', keyword: 'pattern', message: "Le numéro d'allocataire compte 7 chiffres" },
      ]);
      assert.equal(validateData(school, data, { locale: 'en' })[0]?.message, 'The claimant number is 7 digits');
    });

    it('should apply a message keyed /enfants/*/nom to that field in every item', () => {
      const data = completeAnswers();
      data.enfants = [
        { prenom: 'Léa', dateNaissance: '2016-03-27', instrument: 'violon' },
        { prenom: 'Hugo', dateNaissance: '2018-11-02', instrument: 'piano' },
      ];
      assert.deepEqual(validateData(school, data), [
        { pointer: '/enfants/0/nom', keyword: 'required', message: "Indiquez le nom de l'enfant" },
        { pointer: '/enfants/1/nom', keyword: 'required', message: "Indiquez le nom de l'enfant" },
      ]);
      assert.equal(validateData(school, data, { locale: 'en' })[1]?.message, "Enter the child's last name");
    });

    it('should keep the catalogue message for a keyword the procedure does not override', () => {
      const data = completeAnswers();
      data.enfants = [{ nom: '', prenom: 'Léa', dateNaissance: '2016-03-27', instrument: 'violon' }];
      assert.deepEqual(messages(validateData(school, data)), { '/enfants/0/nom': 'Ce champ ne peut pas être vide' });
    });
  });

  describe('French administrative formats in any schema', () => {
    const procedure = loadProcedure({
      type: 'object',
      properties: {
        siret: { type: 'string', format: 'siret' },
        siren: { type: 'string', format: 'siren' },
        codePostal: { type: 'string', format: 'fr-postal-code' },
        telephone: { type: 'string', format: 'fr-phone' },
        iban: { type: 'string', format: 'iban' },
        nir: { type: 'string', format: 'nir' },
      },
    });

    it('should accept valid numbers, spaces included', () => {
      const data = {
        siret: '732 829 320 00074',
        siren: '732829320',
        codePostal: '75001',
        telephone: '01 23 45 67 89',
        iban: 'FR76 3000 6000 0112 3456 7890 189',
      };
      assert.deepEqual(validateData(procedure, data), []);
    });

    it('should say what is wrong with each number, in French and in English', () => {
      const data = {
        siret: '73282932000075',
        siren: '732829321',
        codePostal: '7500',
        telephone: '12',
        iban: 'FR7630006000011234567890188',
        nir: '1 85 05 78 006 084 99',
      };
      assert.deepEqual(messages(validateData(procedure, data)), {
        '/siret': "Le numéro SIRET n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez chaque chiffre",
        '/siren': "Le numéro SIREN n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez chaque chiffre",
        '/codePostal': 'Le code postal compte 5 chiffres',
        '/telephone': 'Le numéro de téléphone compte 10 chiffres (ou +33 suivi de 9 chiffres)',
        '/iban': "L'IBAN n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez chaque chiffre",
        '/nir': "Le numéro de sécurité sociale n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez chaque chiffre",
      });
      const en = messages(validateData(procedure, data, { locale: 'en' }));
      assert.equal(en['/siret'], 'The SIRET number is not valid: its check digits do not match. Check each digit');
      assert.equal(en['/codePostal'], 'The postcode must be 5 digits');
    });

    it('should say which character is not allowed', () => {
      assert.deepEqual(messages(validateData(procedure, { codePostal: '75OO1' })), {
        '/codePostal': 'Le code postal contient un caractère non autorisé',
      });
    });

    it('should give the example of a standard format', () => {
      const mail = loadProcedure({ type: 'object', properties: { courriel: { type: 'string', format: 'email' } } });
      assert.deepEqual(messages(validateData(mail, { courriel: 'claire.martin' }, { locale: 'en' })), {
        '/courriel': 'Enter a valid email address, like name@example.com',
      });
    });
  });

  describe('alternatives (oneOf, anyOf)', () => {
    it('should report only the errors of the branch the discriminant chose, through $ref', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { animal: { title: 'Animal', oneOf: [{ $ref: '#/definitions/chat' }, { $ref: '#/definitions/chien' }] } },
        definitions: {
          chat: {
            title: 'Chat',
            type: 'object',
            properties: { espece: { const: 'chat' }, miaulement: { type: 'string', title: 'Miaulement', minLength: 3 } },
            required: ['espece', 'miaulement'],
          },
          chien: {
            title: 'Chien',
            type: 'object',
            properties: { espece: { const: 'chien' }, aboiement: { type: 'string', title: 'Aboiement' } },
            required: ['espece', 'aboiement'],
          },
        },
      });
      assert.deepEqual(validateData(procedure, { animal: { espece: 'chat' } }), [
        { pointer: '/animal/miaulement', keyword: 'required', message: 'Renseignez le champ « Miaulement »' },
      ]);
      assert.deepEqual(pairs(validateData(procedure, { animal: { espece: 'chien', miaulement: 'x' } })), [['/animal/aboiement', 'required']]);
      assert.deepEqual(pairs(validateData(procedure, { animal: { espece: 'chat', miaulement: 'mi' } })), [['/animal/miaulement', 'minLength']]);
    });

    it('should ask for the discriminant first when no branch is chosen, on the discriminant', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { nom: { type: 'string', title: 'Nom' } },
        required: ['nom'],
        oneOf: [
          { properties: { statut: { const: 'particulier', title: 'Particulier' }, prenom: { type: 'string' } }, required: ['statut', 'prenom'] },
          { properties: { statut: { const: 'entreprise', title: 'Entreprise' }, siret: { type: 'string', format: 'siret' } }, required: ['statut', 'siret'] },
        ],
      });
      assert.deepEqual(pairs(validateData(procedure, { nom: 'Martin' })), [['/statut', 'required']]);
      assert.deepEqual(pairs(validateData(procedure, { nom: 'Martin', statut: 'entreprise' })), [['/siret', 'required']]);
    });

    it('should show the message of the value an optional answer can take (anyOf with null)', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { adresse: { title: 'Adresse', anyOf: [{ type: 'string', minLength: 5 }, { type: 'null' }] } },
      });
      assert.deepEqual(validateData(procedure, { adresse: 'rue' }), [
        { pointer: '/adresse', keyword: 'minLength', message: 'Saisissez au moins 5 caractères' },
      ]);
      assert.deepEqual(validateData(procedure, { adresse: null }), []);
    });
  });

  describe('hidden answers', () => {
    it('should never report an error on a question the answers hide', () => {
      const data = { ...completeAnswers(), quotientFamilial: false, numeroAllocataire: 'pas un numéro' };
      assert.deepEqual(validateData(school, data), []);
    });

    it('should remove hidden answers and unknown properties from what is submitted', () => {
      const data = { ...completeAnswers(), numeroAllocataire: '1234567', inconnu: 'x' };
      const expected = completeAnswers();
      assert.deepEqual(minimiseData(school, data), expected);
      assert.deepEqual(submissionData(createFormState(school, { data })), expected);
      assert.deepEqual(validateSubmission(school, { data }).data, expected);
    });

    it('should keep an answer that its condition shows', () => {
      const data = { ...completeAnswers(), quotientFamilial: true, numeroAllocataire: '1234567' };
      assert.deepEqual(minimiseData(school, data), data);
    });

    it('should remove an answer hidden by another answer that was itself hidden', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { a: { type: 'boolean' } },
        if: { properties: { a: { const: true } }, required: ['a'] },
        then: {
          properties: { b: { type: 'boolean' } },
          if: { properties: { b: { const: true } }, required: ['b'] },
          then: { properties: { c: { type: 'string', minLength: 10 } } },
        },
      });
      assert.deepEqual(minimiseData(procedure, { a: false, b: true, c: 'court' }), { a: false });
      assert.deepEqual(validateData(procedure, { a: false, b: true, c: 'court' }), []);
      assert.deepEqual(pairs(validateData(procedure, { a: true, b: true, c: 'court' })), [['/c', 'minLength']]);
    });

    it('should remove the answers of a repeatable item field that a condition in the item hides', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: {
          enfants: {
            type: 'array',
            items: {
              type: 'object',
              properties: { allergie: { type: 'boolean' } },
              if: { properties: { allergie: { const: true } }, required: ['allergie'] },
              then: { properties: { precisions: { type: 'string' } }, required: ['precisions'] },
            },
          },
        },
      });
      const data = { enfants: [{ allergie: false, precisions: 'arachide' }, { allergie: true }] };
      assert.deepEqual(minimiseData(procedure, data), { enfants: [{ allergie: false }, { allergie: true }] });
      assert.deepEqual(pairs(validateData(procedure, data)), [['/enfants/1/precisions', 'required']]);
    });
  });
});

describe('validateSubmission', () => {
  it('should give the same verdict as the form for the same data, in the language asked', () => {
    const samples: unknown[] = [
      completeAnswers(),
      {},
      { ...completeAnswers(), quotientFamilial: true },
      { ...completeAnswers(), quotientFamilial: true, numeroAllocataire: 'abc' },
      { ...completeAnswers(), enfants: [] },
      { ...completeAnswers(), responsable: { nom: 'M', prenom: '', courriel: 'x', codePostal: '7' } },
    ];
    for (const data of samples) {
      for (const locale of ['fr', 'en']) {
        const verdict = validateSubmission(school, { data, receivedAt: '2025-09-01' }, { locale });
        assert.deepEqual(verdict.errors, validateData(school, data, { locale }), JSON.stringify(data));
        assert.equal(verdict.valid, verdict.errors.length === 0);
      }
    }
    assert.equal(validateSubmission(school, { data: completeAnswers() }).valid, true);
  });

  it('should refuse a payload without a data object, in the language asked', () => {
    for (const payload of [undefined, null, 'texte', [], {}, { data: [] }, { data: 'x' }, { donnees: {} }]) {
      const verdict = validateSubmission(school, payload);
      assert.equal(verdict.valid, false, JSON.stringify(payload));
      assert.equal(verdict.data, undefined);
      assert.deepEqual(pairs(verdict.errors), [['', 'type']]);
      assert.equal(verdict.errors[0]?.message, 'Saisissez un groupe de réponses');
    }
    assert.equal(validateSubmission(school, null, { locale: 'en' }).errors[0]?.message, 'Enter a group of answers');
  });
});

describe('draft-07 and 2020-12', () => {
  const draft07 = loadProcedure({
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      carte: { type: 'string' },
      enfants: { type: 'array', items: { $ref: '#/definitions/enfant' } },
      coordonnees: { type: 'array', items: [{ type: 'number' }, { type: 'number' }], additionalItems: false },
    },
    required: ['enfants'],
    dependencies: { carte: { properties: { expiration: { type: 'string', format: 'date' } }, required: ['expiration'] } },
    definitions: { enfant: { type: 'object', properties: { age: { type: 'integer', minimum: 3, exclusiveMaximum: 18 } }, required: ['age'] } },
  });
  const draft2020 = loadProcedure({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      carte: { type: 'string' },
      enfants: { type: 'array', items: { $ref: '#/$defs/enfant' } },
      coordonnees: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false },
    },
    required: ['enfants'],
    dependentSchemas: { carte: { properties: { expiration: { type: 'string', format: 'date' } }, required: ['expiration'] } },
    $defs: { enfant: { type: 'object', properties: { age: { type: 'integer', minimum: 3, exclusiveMaximum: 18 } }, required: ['age'] } },
  });

  it('should give the same errors for equivalent schemas', () => {
    const samples: unknown[] = [
      {},
      { enfants: [] },
      { enfants: [{ age: 2 }, { age: 18 }, {}, { age: 7 }] },
      { enfants: [], carte: '1234' },
      { enfants: [], carte: '1234', expiration: '31/12/2030' },
      { enfants: [], carte: '1234', expiration: '2030-12-31' },
      { enfants: [], coordonnees: [1, 'deux'] },
      { enfants: [], coordonnees: [1, 2, 3] },
    ];
    // The keyword is each dialect's own (draft-07 `additionalItems` is 2020-12 `items`): compare what people read.
    const shown = (errors: readonly FieldError[]): Array<[string, string]> => errors.map((e) => [e.pointer, e.message]);
    for (const data of samples) {
      for (const locale of ['fr', 'en']) {
        assert.deepEqual(shown(validateData(draft2020, data, { locale })), shown(validateData(draft07, data, { locale })), JSON.stringify(data));
      }
    }
    assert.deepEqual(messages(validateData(draft2020, { enfants: [], coordonnees: [1, 2, 3] })), {
      '/coordonnees': 'Choisissez ou ajoutez au plus 2 éléments',
    });
    assert.deepEqual(pairs(validateData(draft07, { enfants: [{ age: 2 }, { age: 18 }, {}] })), [
      ['/enfants/0/age', 'minimum'],
      ['/enfants/1/age', 'exclusiveMaximum'],
      ['/enfants/2/age', 'required'],
    ]);
  });
});

describe('validateStep and nextStep', () => {
  it('should show only the errors of the current step, each on its field view', () => {
    const data = completeAnswers();
    data.responsable = { nom: 'M', prenom: 'Claire', courriel: 'claire', codePostal: '45000' };
    data.enfants = [{}];
    const state = validateStep(atStep('responsable', data));
    assert.deepEqual(pairs(state.errors), [
      ['/responsable/nom', 'minLength'],
      ['/responsable/courriel', 'format'],
    ]);
    const step = currentStep(state);
    assert.equal(fieldIn(step, '/responsable/nom').error, 'Saisissez au moins 2 caractères');
    assert.equal(fieldIn(step, '/responsable/courriel').error, 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr');
    assert.equal(fieldIn(step, '/responsable/prenom').error, undefined);
  });

  it('should return the same state when the step is complete and nothing changes', () => {
    const state = atStep('responsable', completeAnswers());
    assert.equal(validateStep(state), state);
  });

  it('should not move on while the step has errors, and move to the next step once it has none', () => {
    let state = createFormState(school);
    state = nextStep(state);
    assert.equal(state.step, 0);
    // A required group left empty is reported on its own required questions, which can be answered.
    assert.deepEqual(pairs(state.errors), [
      ['/responsable/nom', 'required'],
      ['/responsable/prenom', 'required'],
      ['/responsable/courriel', 'required'],
      ['/responsable/codePostal', 'required'],
    ]);
    state = setValue(state, '/responsable', completeAnswers().responsable);
    assert.deepEqual(state.errors, [], 'setValue clears the error of the field it sets');
    state = nextStep(state);
    assert.equal(currentStep(state).id, 'enfants');
    assert.equal(currentStep(state).position, 'Étape 2 sur 3');
  });

  it('should clear only the error of the field that changes', () => {
    const data = completeAnswers();
    data.responsable = { nom: 'M', prenom: '', courriel: 'claire.martin@example.fr', codePostal: '45000' };
    let state = validateStep(atStep('responsable', data));
    assert.deepEqual(pairs(state.errors), [
      ['/responsable/nom', 'minLength'],
      ['/responsable/prenom', 'minLength'],
    ]);
    state = setValue(state, '/responsable/nom', 'Martin');
    assert.deepEqual(pairs(state.errors), [['/responsable/prenom', 'minLength']]);
  });

  it('should translate the errors shown when the language changes', () => {
    const data = completeAnswers();
    data.responsable = { nom: 'Martin', prenom: 'Claire', courriel: 'claire.martin@example.fr', codePostal: '450' };
    const state = setLocale(validateStep(atStep('responsable', data)), 'en');
    assert.deepEqual(messages(state.errors), { '/responsable/codePostal': 'The postcode must be 5 digits' });
    assert.equal(fieldIn(currentStep(state), '/responsable/codePostal').error, 'The postcode must be 5 digits');
  });
});

describe('validateAll', () => {
  it('should validate every step and show the first step that has an error', () => {
    const data = completeAnswers();
    data.enfants = [{ nom: 'Martin', prenom: 'Léa', dateNaissance: '27/03/2016', instrument: 'violon' }];
    const state = validateAll(atStep('tarif', data));
    assert.deepEqual(messages(state.errors), { '/enfants/0/dateNaissance': 'Saisissez une date valide, par exemple 14/07/2024' });
    assert.equal(currentStep(state).id, 'enfants');
  });

  it('should stay on the current step when everything is valid', () => {
    const state = validateAll(atStep('tarif', completeAnswers()));
    assert.deepEqual(state.errors, []);
    assert.equal(currentStep(state).id, 'tarif');
  });
});

describe('loadProcedure with a precompiled validator', () => {
  it('should validate with the validator given instead of compiling the schema', () => {
    const calls: unknown[] = [];
    const validator: SchemaValidator = {
      validate(data): RawError[] {
        calls.push(data);
        return [{ instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'nom' } }];
      },
      test: () => false,
    };
    const procedure = loadProcedure({ type: 'object', properties: { nom: { type: 'string', title: 'Nom' } } }, { validator });
    assert.deepEqual(validateData(procedure, { nom: 'Martin' }), [
      { pointer: '/nom', keyword: 'required', message: 'Renseignez le champ « Nom »' },
    ]);
    assert.deepEqual(calls, [{ nom: 'Martin' }]);
  });
});
