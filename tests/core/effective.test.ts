import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  chooseAlternative,
  createFormState,
  currentStep,
  effectiveSchema,
  goToStep,
  loadProcedure,
  nextStep,
  previousStep,
  setValue,
  stepSummaries,
  submissionData,
  validateStep,
  type FieldView,
  type FormState,
  type Procedure,
} from '../../packages/core/src/index.js';
import { allFields, fieldIn, musicSchool, shownPointers } from './support.js';

const view = (procedure: Procedure, data: unknown = {}, locale = 'fr') => currentStep(createFormState(procedure, { data, locale }));
const shown = (procedure: Procedure, data: unknown = {}): string[] => shownPointers(view(procedure, data));
/** The view of a field, on whichever step shows it. */
function fieldOf(procedure: Procedure, pointer: string, data: unknown = {}, locale = 'fr'): FieldView {
  const state = createFormState(procedure, { data, locale });
  const steps = procedure.steps.length === 0 ? [currentStep(state)] : procedure.steps.map((_, i) => currentStep(goToStep(state, i)));
  const step = steps.find((s) => allFields(s.items).some((f) => f.pointer === pointer)) ?? currentStep(state);
  return fieldIn(step, pointer);
}

describe('effective schema and visibility', () => {
  describe('if / then / else', () => {
    const procedure = loadProcedure({
      type: 'object',
      properties: { chien: { type: 'boolean', title: 'Avez-vous un chien ?' } },
      required: ['chien'],
      if: { properties: { chien: { const: true } }, required: ['chien'] },
      then: { properties: { nomDuChien: { type: 'string', title: 'Nom du chien' } }, required: ['nomDuChien'] },
      else: { properties: { envie: { type: 'boolean', title: 'Aimeriez-vous en avoir un ?' } } },
    });

    it('should show the question of then only when the condition holds, and the one of else otherwise', () => {
      assert.deepEqual(shown(procedure), ['/chien', '/envie']);
      assert.deepEqual(shown(procedure, { chien: true }), ['/chien', '/nomDuChien']);
      assert.deepEqual(shown(procedure, { chien: false }), ['/chien', '/envie']);
    });

    it('should make the question of then required when the condition holds', () => {
      assert.equal(fieldOf(procedure, '/nomDuChien', { chien: true }).required, true);
      assert.equal(fieldOf(procedure, '/envie', { chien: false }).required, false);
    });

    it('should follow the answers as they change', () => {
      let state = createFormState(procedure);
      state = setValue(state, '/chien', true);
      assert.deepEqual(shownPointers(currentStep(state)), ['/chien', '/nomDuChien']);
      state = setValue(state, '/chien', false);
      assert.deepEqual(shownPointers(currentStep(state)), ['/chien', '/envie']);
    });

    it('should say the same through effectiveSchema', () => {
      assert.ok(effectiveSchema(procedure, { chien: true })?.properties.has('nomDuChien'));
      assert.ok(effectiveSchema(procedure, { chien: true })?.required.has('nomDuChien'));
      assert.ok(!effectiveSchema(procedure, { chien: false })?.properties.has('nomDuChien'));
      assert.equal(effectiveSchema(procedure, { chien: false }, '/nomDuChien'), undefined);
      assert.equal(effectiveSchema(procedure, { chien: true }, '/nomDuChien')?.keywords.title, 'Nom du chien');
    });
  });

  describe('dependencies', () => {
    it('should show a 2020-12 dependentSchemas question once its property is answered', () => {
      const procedure = loadProcedure({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { carte: { type: 'string', title: 'Numéro de carte' } },
        dependentSchemas: { carte: { properties: { expiration: { type: 'string', format: 'date', title: 'Expiration' } }, required: ['expiration'] } },
      });
      assert.deepEqual(shown(procedure), ['/carte']);
      assert.deepEqual(shown(procedure, { carte: '4970' }), ['/carte', '/expiration']);
      assert.equal(fieldOf(procedure, '/expiration', { carte: '4970' }).required, true);
      assert.equal(fieldOf(procedure, '/expiration', { carte: '4970' }).widget, 'date');
    });

    it('should show a draft-07 dependencies schema question once its property is answered', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { carte: { type: 'string', title: 'Numéro de carte' } },
        dependencies: { carte: { properties: { cvv: { type: 'string', title: 'Cryptogramme' } }, required: ['cvv'] } },
      });
      assert.deepEqual(shown(procedure), ['/carte']);
      assert.equal(fieldOf(procedure, '/cvv', { carte: '4970' }).label, 'Cryptogramme');
      assert.equal(fieldOf(procedure, '/cvv', { carte: '4970' }).required, true);
    });

    it('should make a question required by a draft-07 dependencies list', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { carte: { type: 'string' }, adresse: { type: 'string', title: 'Adresse de facturation' } },
        dependencies: { carte: ['adresse'] },
      });
      assert.equal(fieldOf(procedure, '/adresse').required, false);
      assert.equal(fieldOf(procedure, '/adresse', { carte: '4970' }).required, true);
    });

    it('should make a question required by a 2020-12 dependentRequired list', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { carte: { type: 'string' }, adresse: { type: 'string' } },
        dependentRequired: { carte: ['adresse'] },
      });
      assert.equal(fieldOf(procedure, '/adresse', { carte: '4970' }).required, true);
    });
  });

  describe('allOf', () => {
    it('should merge the questions, the requirements and the annotations of its parts', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { nom: { type: 'string', title: 'Nom' } },
        allOf: [
          { properties: { prenom: { type: 'string', title: 'Prénom' } }, required: ['prenom'] },
          { required: ['nom'] },
          { properties: { nom: { maxLength: 50 } } },
        ],
      });
      assert.deepEqual(shown(procedure), ['/nom', '/prenom']);
      assert.equal(fieldOf(procedure, '/nom').required, true);
      assert.equal(fieldOf(procedure, '/prenom').required, true);
      assert.equal(fieldOf(procedure, '/nom').label, 'Nom');
    });

    it('should apply an if/then inside allOf', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { pays: { type: 'string', enum: ['France', 'Belgique'] } },
        allOf: [
          {
            if: { properties: { pays: { const: 'France' } }, required: ['pays'] },
            then: { properties: { codePostal: { type: 'string', format: 'fr-postal-code', title: 'Code postal' } } },
          },
        ],
      });
      assert.deepEqual(shown(procedure, { pays: 'Belgique' }), ['/pays']);
      assert.deepEqual(shown(procedure, { pays: 'France' }), ['/pays', '/codePostal']);
    });
  });

  describe('oneOf and anyOf with const discriminants', () => {
    it('should show the branch chosen by the answer (RJSF schema dependencies)', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { animaux: { type: 'string', title: 'Avez-vous des animaux ?', enum: ['non', 'un', 'plusieurs'] } },
        required: ['animaux'],
        dependencies: {
          animaux: {
            oneOf: [
              { properties: { animaux: { const: 'non' } } },
              { properties: { animaux: { const: 'un' }, espece: { type: 'string', title: 'Espèce' } }, required: ['espece'] },
              { properties: { animaux: { const: 'plusieurs' }, nombre: { type: 'integer', title: 'Combien ?', minimum: 2 } }, required: ['nombre'] },
            ],
          },
        },
      });
      assert.deepEqual(shown(procedure), ['/animaux']);
      assert.deepEqual(shown(procedure, { animaux: 'non' }), ['/animaux']);
      assert.deepEqual(shown(procedure, { animaux: 'un' }), ['/animaux', '/espece']);
      assert.deepEqual(shown(procedure, { animaux: 'plusieurs' }), ['/animaux', '/nombre']);
      assert.equal(fieldOf(procedure, '/nombre', { animaux: 'plusieurs' }).required, true);
    });

    it('should offer the discriminant of a top-level oneOf as a required choice titled by its branches', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { nom: { type: 'string', title: 'Nom' } },
        oneOf: [
          { title: 'Un particulier', properties: { statut: { const: 'particulier' }, prenom: { type: 'string', title: 'Prénom' } }, required: ['statut', 'prenom'] },
          { title: 'Une entreprise', properties: { statut: { const: 'entreprise' }, siret: { type: 'string', format: 'siret', title: 'SIRET' } }, required: ['statut', 'siret'] },
        ],
      });
      assert.deepEqual(procedure.steps[0]?.items, ['/nom', '/statut', '/prenom', '/siret']);
      assert.deepEqual(shown(procedure), ['/nom', '/statut']);
      const statut = fieldOf(procedure, '/statut');
      assert.equal(statut.widget, 'radios');
      assert.equal(statut.required, true);
      assert.deepEqual(statut.options, [
        { value: 'particulier', label: 'Un particulier' },
        { value: 'entreprise', label: 'Une entreprise' },
      ]);
      assert.deepEqual(shown(procedure, { statut: 'entreprise' }), ['/nom', '/statut', '/siret']);
      assert.deepEqual(shown(procedure, { statut: 'particulier' }), ['/nom', '/statut', '/prenom']);
    });

    it('should ask for the discriminant on the step before anything else of the branches', () => {
      const procedure = loadProcedure({
        type: 'object',
        oneOf: [
          { properties: { statut: { const: 'a', title: 'A' }, x: { type: 'string' } }, required: ['statut', 'x'] },
          { properties: { statut: { const: 'b', title: 'B' }, y: { type: 'string' } }, required: ['statut', 'y'] },
        ],
      });
      const state = validateStep(createFormState(procedure));
      assert.deepEqual(state.errors.map((e) => e.pointer), ['/statut']);
      assert.equal(fieldIn(currentStep(state), '/statut').error, 'Répondez à la question « statut »');
    });

    it('should turn a oneOf of const with titles into options with those titles', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: {
          civilite: { type: 'string', title: 'Civilité', oneOf: [{ const: 'mme', title: 'Madame' }, { const: 'm', title: 'Monsieur' }] },
          couleur: { title: 'Couleur', anyOf: [{ enum: ['#ff0000'], title: 'Rouge' }, { enum: ['#0000ff'], title: 'Bleu' }] },
        },
      });
      const civilite = fieldOf(procedure, '/civilite');
      assert.equal(civilite.widget, 'radios');
      assert.deepEqual(civilite.options, [
        { value: 'mme', label: 'Madame' },
        { value: 'm', label: 'Monsieur' },
      ]);
      assert.deepEqual(fieldOf(procedure, '/couleur').options?.map((o) => o.label), ['Rouge', 'Bleu']);
    });

    it("should label options with the procedure's own labels in the language asked", () => {
      const instrument = fieldOf(loadProcedure(musicSchool()), '/enfants/0/instrument', { enfants: [{}] }, 'en');
      assert.deepEqual(instrument.options?.map((o) => o.label), ['Piano', 'Violin', 'Guitar', 'Flute']);
      assert.deepEqual(instrument.options?.map((o) => o.value), ['piano', 'violon', 'guitare', 'flute']);
    });

    it('should show an optional answer written anyOf [X, null] as the question X', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: {
          siret: { title: 'Numéro SIRET', anyOf: [{ type: 'string', pattern: '^\\d{14}$' }, { type: 'null' }], default: null },
          site: { title: 'Site web', anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] },
        },
      });
      const siret = fieldOf(procedure, '/siret');
      assert.equal(siret.widget, 'text');
      assert.equal(siret.fallback, undefined);
      assert.equal(siret.constraints.pattern, '^\\d{14}$');
      assert.equal(fieldOf(procedure, '/site').widget, 'url');
    });

    it('should treat a single-branch anyOf like its branch (a condition inside)', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { recurrence: { type: 'string', enum: ['Jamais', 'Chaque jour'] } },
        anyOf: [{ if: { properties: { recurrence: { const: 'Jamais' } } }, then: { properties: { date: { type: 'string', format: 'date' } } } }],
      });
      assert.deepEqual(shown(procedure, { recurrence: 'Jamais' }), ['/recurrence', '/date']);
      assert.deepEqual(shown(procedure, { recurrence: 'Chaque jour' }), ['/recurrence']);
    });

    it('should ask which alternative applies when no value tells them apart, before their questions', () => {
      const procedure = loadProcedure({
        type: 'object',
        anyOf: [
          { properties: { prenom: { type: 'string', title: 'Prénom' } }, required: ['prenom'] },
          { properties: { identifiant: { type: 'string', title: 'Identifiant' } }, required: ['identifiant'] },
        ],
      });
      const state = createFormState(procedure);
      const step = currentStep(state);
      assert.deepEqual(shownPointers(step), ['']);
      const chooser = step.items[0] as FieldView;
      assert.deepEqual([chooser.widget, chooser.label, chooser.required], ['alternatives', 'Comment souhaitez-vous répondre ?', true]);
      assert.deepEqual(chooser.options?.map((o) => [o.value, o.label]), [[0, 'Prénom'], [1, 'Identifiant']]);
      assert.equal(chooser.alternative, undefined);
      const second = chooseAlternative(state, '', 1);
      assert.deepEqual(shownPointers(currentStep(second)), ['', '/identifiant']);
      assert.equal(fieldIn(currentStep(second), '/identifiant').required, true);
      assert.equal((currentStep(second).items[0] as FieldView).alternative, 1);
      assert.equal(step.position, 'Étape 1 sur 1');
    });

    it('should pick the alternative the answers fit, and set aside what the person typed in the one they leave', () => {
      const procedure = loadProcedure({
        type: 'object',
        properties: { nom: { type: 'string', title: 'Nom' } },
        oneOf: [
          { title: 'Par courriel', properties: { courriel: { type: 'string', format: 'email', title: 'Courriel' } }, required: ['courriel'] },
          { title: 'Par courrier', properties: { adresse: { type: 'string', title: 'Adresse postale' } }, required: ['adresse'] },
        ],
      });
      const state = createFormState(procedure, { data: { nom: 'Martin', adresse: '2 rue Haute' } });
      assert.equal((currentStep(state).items.find((i) => i.kind === 'field' && i.pointer === '') as FieldView).alternative, 1);
      const byMail = chooseAlternative(state, '', 0);
      assert.deepEqual(byMail.data, { nom: 'Martin' });
      assert.deepEqual(submissionData(setValue(byMail, '/courriel', 'martin@example.fr')), { nom: 'Martin', courriel: 'martin@example.fr' });
      const back = chooseAlternative(setValue(byMail, '/nom', 'Martine'), '', 1);
      assert.deepEqual(back.data, { nom: 'Martine', adresse: '2 rue Haute' });
      assert.equal(chooseAlternative(back, '', 1), back);
      assert.equal(chooseAlternative(back, '', 7), back);
    });

    it('should ask for a value alternative with one input that carries the question\'s id and error', () => {
      const procedure = loadProcedure({
        type: 'object',
        required: ['quantite'],
        properties: { quantite: { title: 'Quantité', oneOf: [{ type: 'string' }, { type: 'number' }] } },
      });
      const field = fieldOf(procedure, '/quantite', { quantite: 5 });
      assert.deepEqual([field.widget, field.alternative, field.options?.map((o) => o.label)], ['alternatives', 1, ['Un texte', 'Un nombre']]);
      const answer = field.children?.[0] as FieldView;
      assert.deepEqual([answer.widget, answer.pointer, answer.id, answer.label, answer.required], ['number', '/quantite', 'g-quantite', 'Quantité : Un nombre', true]);
      assert.notEqual(field.id, answer.id);
      const toText = chooseAlternative(createFormState(procedure, { data: { quantite: 5 } }), '/quantite', 0);
      assert.deepEqual(toText.data, {});
      assert.deepEqual(chooseAlternative(toText, '/quantite', 1).data, { quantite: 5 });
    });
  });

  describe('nested objects and repeatable groups', () => {
    const procedure = loadProcedure(musicSchool());

    it('should show a group with its fields, each with its pointer, id, label and requirement', () => {
      const group = fieldOf(procedure, '/responsable');
      assert.equal(group.widget, 'group');
      assert.equal(group.label, 'Responsable légal');
      assert.deepEqual(
        group.children?.map((c) => [c.pointer, c.id, c.label, c.required]),
        [
          ['/responsable/nom', 'g-responsable-nom', 'Nom', true],
          ['/responsable/prenom', 'g-responsable-prenom', 'Prénom', true],
          ['/responsable/courriel', 'g-responsable-courriel', 'Adresse e-mail', true],
          ['/responsable/telephone', 'g-responsable-telephone', 'Téléphone', false],
          ['/responsable/codePostal', 'g-responsable-codePostal', 'Code postal', true],
        ],
      );
      assert.equal(fieldOf(procedure, '/responsable/courriel', {}, 'en').hint, 'We will send the enrolment confirmation there.');
    });

    it('should show one group per item of a repeatable group, with the fields of each item', () => {
      const data = { enfants: [{ prenom: 'Léa' }, { prenom: 'Hugo', instrument: 'piano' }] };
      const repeater = fieldOf(procedure, '/enfants', data, 'en');
      assert.equal(repeater.widget, 'repeater');
      assert.equal(repeater.label, 'Children to enrol');
      assert.equal(repeater.required, true, 'minItems 1 makes the list required');
      assert.deepEqual(repeater.children?.map((c) => [c.pointer, c.widget]), [
        ['/enfants/0', 'group'],
        ['/enfants/1', 'group'],
      ]);
      const nom = fieldOf(procedure, '/enfants/1/nom', data, 'en');
      assert.deepEqual([nom.id, nom.key, nom.label, nom.required], ['g-enfants-1-nom', '/enfants/*/nom', "Child's last name", true]);
      assert.equal(fieldOf(procedure, '/enfants/1/instrument', data).value, 'piano');
      assert.equal(fieldOf(procedure, '/enfants/0/prenom', data).value, 'Léa');
    });

    it('should give the effective schema of an item field', () => {
      const data = { enfants: [{ prenom: 'Léa' }] };
      assert.ok(effectiveSchema(procedure, data, '/enfants/0')?.required.has('instrument'));
      assert.equal(effectiveSchema(procedure, data, '/enfants/0/dateNaissance')?.keywords.format, 'date');
      assert.equal(effectiveSchema(procedure, data, '/enfants/x'), undefined);
    });

    it('should apply a condition inside each item separately', () => {
      const conditional = loadProcedure({
        type: 'object',
        properties: {
          enfants: {
            type: 'array',
            items: {
              type: 'object',
              properties: { allergie: { type: 'boolean', title: 'Allergie ?' } },
              if: { properties: { allergie: { const: true } }, required: ['allergie'] },
              then: { properties: { precisions: { type: 'string', title: 'Précisions' } } },
            },
          },
        },
      });
      const items = fieldOf(conditional, '/enfants', { enfants: [{ allergie: true }, { allergie: false }] }).children ?? [];
      assert.deepEqual(items.map((item) => item.children?.map((c) => c.pointer)), [
        ['/enfants/0/allergie', '/enfants/0/precisions'],
        ['/enfants/1/allergie'],
      ]);
    });
  });

  describe('steps', () => {
    const procedure = loadProcedure({
      id: 'stationnement',
      version: '1',
      title: 'Carte de stationnement résident',
      organisation: { name: 'Mairie' },
      schema: {
        type: 'object',
        properties: { vehicule: { type: 'boolean', title: 'Avez-vous un véhicule ?' }, email: { type: 'string', format: 'email' } },
        if: { properties: { vehicule: { const: true } }, required: ['vehicule'] },
        then: { properties: { immatriculation: { type: 'string', title: 'Immatriculation' }, carteGrise: { type: 'string', format: 'data-url' } } },
      },
      steps: [
        { id: 'situation', title: 'Situation', items: ['/vehicule'] },
        { id: 'vehicule', title: { fr: 'Véhicule', en: 'Vehicle' }, items: [{ content: 'heading', text: 'Votre véhicule' }, '/immatriculation', '/carteGrise'] },
        { id: 'contact', title: 'Contact', items: ['/email'] },
      ],
    });
    const at = (data: Record<string, unknown>, step: number, locale = 'fr'): FormState => goToStep(createFormState(procedure, { data, locale }), step);

    it('should hide a step whose fields are all hidden, and count only the steps shown', () => {
      assert.deepEqual(stepSummaries(createFormState(procedure, { data: { vehicule: false } })).map((s) => [s.id, s.visible]), [
        ['situation', true],
        ['vehicule', false],
        ['contact', true],
      ]);
      assert.equal(currentStep(at({ vehicule: false }, 2)).position, 'Étape 2 sur 2');
      assert.equal(currentStep(at({ vehicule: true }, 2)).position, 'Étape 3 sur 3');
      assert.equal(currentStep(at({ vehicule: true }, 1, 'en')).position, 'Step 2 of 3');
      assert.equal(currentStep(at({ vehicule: true }, 1, 'en')).title, 'Vehicle');
    });

    it('should skip hidden steps going forward and back', () => {
      let state = createFormState(procedure, { data: { vehicule: false } });
      state = nextStep(state);
      assert.equal(currentStep(state).id, 'contact');
      state = previousStep(state);
      assert.equal(currentStep(state).id, 'situation');
      state = setValue(state, '/vehicule', true);
      state = nextStep(state);
      assert.equal(currentStep(state).id, 'vehicule');
      assert.equal(currentStep(state).position, 'Étape 2 sur 3');
    });

    it('should show the headings and texts of a step between its fields, with their own ids', () => {
      const step = currentStep(at({ vehicule: true }, 1));
      const [heading, ...fields] = step.items;
      assert.ok(heading?.kind === 'content');
      assert.deepEqual([heading.content, heading.text], ['heading', 'Votre véhicule']);
      const ids = step.items.map((item) => item.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.deepEqual(fields.map((f) => f.kind === 'field' && f.widget), ['text', 'file']);
    });

    it('should never give a heading the id of a field', () => {
      const clash = loadProcedure({
        id: 'essai',
        version: '1',
        title: 'Essai',
        organisation: { name: 'Mairie' },
        schema: {
          type: 'object',
          properties: { content: { type: 'object', properties: { x: { type: 'array', items: { type: 'string' } } } } },
        },
        steps: [{ id: 'x', title: 'X', items: [{ content: 'notice', text: 'À lire' }, '/content'] }],
      });
      const step = currentStep(createFormState(clash, { data: { content: { x: ['a'] } } }));
      const ids = [...step.items.filter((item) => item.kind === 'content').map((item) => item.id), ...allFields(step.items).map((f) => f.id)];
      assert.ok(allFields(step.items).some((f) => f.pointer === '/content/x/0'));
      assert.equal(new Set(ids).size, ids.length, ids.join(' '));
    });

    it('should start on the first step shown', () => {
      const first = loadProcedure({
        id: 'essai',
        version: '1',
        title: 'Essai',
        organisation: { name: 'Mairie' },
        schema: {
          type: 'object',
          properties: { a: { type: 'string' } },
          if: { properties: { a: { const: 'x' } }, required: ['a'] },
          then: { properties: { b: { type: 'string' } } },
        },
        steps: [
          { id: 'b', title: 'B', items: ['/b'] },
          { id: 'a', title: 'A', items: ['/a'] },
        ],
      });
      assert.equal(currentStep(createFormState(first)).id, 'a');
      assert.equal(currentStep(createFormState(first, { data: { a: 'x' } })).id, 'b');
    });
  });
});

describe('field views', () => {
  const options = (n: number): string[] => Array.from({ length: n }, (_, i) => `choix-${i + 1}`);
  const procedure = loadProcedure({
    type: 'object',
    properties: {
      cinq: { type: 'string', enum: options(5) },
      six: { type: 'string', enum: options(6) },
      vingt: { type: 'string', enum: options(20) },
      vingtEtUn: { type: 'string', enum: options(21) },
      plusieurs: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] }, uniqueItems: true },
      long: { type: 'string', maxLength: 201 },
      court: { type: 'string', maxLength: 200 },
      fichier: { type: 'string', format: 'data-url' },
      fixe: { const: 'oui', title: 'Fixe' },
      lecture: { type: 'string', readOnly: true },
      entier: { type: 'integer' },
      decimal: { type: 'number' },
      courriel: { type: 'string', format: 'email' },
      telephone: { type: 'string', format: 'fr-phone' },
      site: { type: 'string', format: 'uri' },
      codePostal: { type: 'string', format: 'fr-postal-code' },
      siret: { type: 'string', format: 'siret' },
      nir: { type: 'string', format: 'nir' },
      date: { type: 'string', format: 'date' },
      accord: { type: 'boolean', title: "J'accepte" },
    },
  });
  const field = (pointer: string): FieldView => fieldOf(procedure, pointer);

  it('should choose radios up to 5 options, a select from 6 to 20, a combobox beyond', () => {
    assert.deepEqual(
      ['/cinq', '/six', '/vingt', '/vingtEtUn'].map((p) => field(p).widget),
      ['radios', 'select', 'select', 'combobox'],
    );
    assert.equal(field('/vingtEtUn').options?.length, 21);
  });

  it('should choose checkboxes for a list of options, a textarea past 200 characters, a file for data-url', () => {
    assert.equal(field('/plusieurs').widget, 'checkboxes');
    assert.deepEqual(field('/plusieurs').options?.map((o) => o.value), ['a', 'b', 'c']);
    assert.equal(field('/long').widget, 'textarea');
    assert.equal(field('/court').widget, 'text');
    assert.equal(field('/fichier').widget, 'file');
  });

  it('should show a const or a readOnly field read-only', () => {
    assert.deepEqual([field('/fixe').widget, field('/fixe').readOnly, field('/fixe').label], ['readonly', true, 'Fixe']);
    assert.deepEqual([field('/lecture').widget, field('/lecture').readOnly], ['readonly', true]);
  });

  it('should show a read-only group as its questions, each read-only, and a read-only file as a file', () => {
    const procedure = loadProcedure({
      type: 'object',
      properties: {
        demandeur: { type: 'object', readOnly: true, title: 'Demandeur', properties: { nom: { type: 'string', title: 'Nom' }, adresse: { type: 'object', properties: { ville: { type: 'string' } } } } },
        avis: { type: 'string', format: 'data-url', readOnly: true, title: 'Avis' },
      },
    });
    const group = fieldOf(procedure, '/demandeur', { demandeur: { nom: 'Martin' } });
    assert.equal(group.widget, 'group');
    assert.deepEqual(allFields(group.children ?? []).map((f) => [f.pointer, f.widget, f.readOnly]), [
      ['/demandeur/nom', 'text', true],
      ['/demandeur/adresse', 'group', true],
      ['/demandeur/adresse/ville', 'text', true],
    ]);
    assert.deepEqual([fieldOf(procedure, '/avis').widget, fieldOf(procedure, '/avis').readOnly], ['file', true]);
  });

  it('should pick the keyboard and the autocomplete token from the format', () => {
    const keyboard = (p: string): [string | undefined, string | undefined, string] => [field(p).inputMode, field(p).autocomplete, field(p).widget];
    assert.deepEqual(keyboard('/entier'), ['numeric', undefined, 'number']);
    assert.deepEqual(keyboard('/decimal'), ['decimal', undefined, 'number']);
    assert.deepEqual(keyboard('/courriel'), ['email', 'email', 'email']);
    assert.deepEqual(keyboard('/telephone'), ['tel', 'tel', 'tel']);
    assert.deepEqual(keyboard('/site'), ['url', undefined, 'url']);
    assert.deepEqual(keyboard('/codePostal'), ['numeric', 'postal-code', 'identifier']);
    assert.deepEqual(keyboard('/siret'), ['numeric', undefined, 'identifier']);
    assert.deepEqual(keyboard('/date'), [undefined, undefined, 'date']);
  });

  it('should not give a numeric keypad to the social security number, which can hold 2A or 2B', () => {
    assert.equal(field('/nir').inputMode, undefined);
  });

  it('should offer yes and no for a boolean, in the language asked', () => {
    assert.equal(field('/accord').widget, 'checkbox');
    assert.deepEqual(field('/accord').options?.map((o) => o.label), ['Oui', 'Non']);
    assert.deepEqual(fieldOf(procedure, '/accord', {}, 'en').options?.map((o) => o.label), ['Yes', 'No']);
  });

  it("should follow the procedure's widget, autocomplete and labels", () => {
    const school = loadProcedure(musicSchool());
    const data = { enfants: [{}] };
    assert.equal(fieldOf(school, '/enfants/0/dateNaissance', data).widget, 'memorable-date');
    assert.equal(fieldOf(school, '/enfants/0/dateNaissance', data).autocomplete, 'off');
    assert.equal(fieldOf(school, '/commentaire').widget, 'textarea');
    assert.equal(goToStepView(school, 'tarif', {}, 'en').items.length, 2);
    assert.equal(fieldIn(goToStepView(school, 'tarif', {}, 'en'), '/quotientFamilial').widget, 'yes-no');
    assert.equal(fieldOf(school, '/responsable/nom').autocomplete, 'family-name');
    assert.equal(fieldOf(school, '/responsable/nom').personalData, 'identity');
    assert.equal(fieldOf(school, '/enfants/0/niveau', data).widget, 'select');
  });

  it('should choose checkboxes for a list whose items are a $ref to an enum', () => {
    const refs = loadProcedure({
      type: 'object',
      properties: { reseaux: { type: 'array', title: 'Réseaux', items: { $ref: '#/$defs/Reseau' }, uniqueItems: true } },
      $defs: { Reseau: { enum: ['caf', 'france-travail', 'mission-locale'] } },
    });
    assert.equal(fieldOf(refs, '/reseaux').widget, 'checkboxes');
    assert.deepEqual(fieldOf(refs, '/reseaux').options?.map((o) => o.value), ['caf', 'france-travail', 'mission-locale']);
  });

  it('should name each part it cannot show, with the reason in French and in English', () => {
    const odd = loadProcedure({
      type: 'object',
      properties: {
        libre: {},
        mixte: { type: ['string', 'number'] },
        couple: { type: 'array', items: [{ type: 'string' }, { type: 'number' }] },
        dictionnaire: { type: 'object', additionalProperties: { type: 'string' } },
      },
    });
    const reasons = (locale: string): Array<[string, string, string | undefined]> =>
      allFields(view(odd, {}, locale).items).map((f) => [f.pointer, f.widget, f.fallback]);
    assert.deepEqual(reasons('fr'), [
      ['/libre', 'fallback', "Ce champ n'indique pas le type de réponse attendu : il ne peut pas être affiché."],
      ['/mixte', 'fallback', 'Ce champ accepte plusieurs types de réponses : il ne peut pas être affiché.'],
      ['/couple', 'fallback', 'Cette liste à positions fixes ne peut pas encore être présentée.'],
      ['/dictionnaire', 'fallback', 'Cette partie attend des noms de champs libres : elle ne peut pas être affichée.'],
    ]);
    assert.equal(reasons('en')[0]?.[2], 'This field does not say what kind of answer it expects: it cannot be shown.');
  });

  it('should show a bare schema of any type as one explained fallback, not as a field named *', () => {
    const anything = loadProcedure({ type: ['object', 'array', 'string'], items: { type: 'string' } });
    assert.deepEqual(anything.steps, []);
    const [root] = allFields(view(anything).items);
    assert.deepEqual([root?.pointer, root?.label, root?.widget], ['', 'Formulaire', 'fallback']);
    assert.equal(root?.fallback, 'Ce champ accepte plusieurs types de réponses : il ne peut pas être affiché.');
  });

  it('should show a bare schema without properties as one explained fallback, and let every transition run', () => {
    const flags = loadProcedure({
      title: 'Options',
      type: 'object',
      additionalProperties: { type: 'boolean' },
      propertyNames: { enum: ['sombre', 'hors-ligne'] },
    });
    assert.deepEqual(flags.steps, []);
    const state = createFormState(flags, { data: { sombre: true } });
    const step = currentStep(state);
    assert.equal(step.title, 'Options');
    assert.equal(step.position, 'Étape 1 sur 1');
    const [root] = allFields(step.items);
    assert.deepEqual([root?.pointer, root?.id, root?.label, root?.widget], ['', 'g', 'Options', 'fallback']);
    assert.equal(root?.fallback, 'Cette partie attend des noms de champs libres : elle ne peut pas être affichée.');
    assert.doesNotThrow(() => nextStep(validateStep(previousStep(state))));
  });
});

function goToStepView(procedure: Procedure, id: string, data: unknown, locale: string) {
  const state = createFormState(procedure, { data, locale });
  return currentStep(goToStep(state, procedure.steps.findIndex((s) => s.id === id)));
}
