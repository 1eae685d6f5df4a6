import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  addressAnswers,
  addressPartOf,
  addressQuery,
  addressSuggestions,
  catalogue,
  createFormState,
  currentStep,
  goToStep,
  loadProcedure,
  MAX_ADDRESS_QUERY_LENGTH,
  reviewSteps,
  setValue,
  type FieldView,
  type Procedure,
} from '../../packages/core/src/index.js';
import { allFields, fieldIn, fixture } from './support.js';

/** The view of a field on the step that shows it. */
function fieldOf(procedure: Procedure, pointer: string, data: unknown = {}): FieldView {
  const state = createFormState(procedure, { data });
  const steps = procedure.steps.length === 0 ? [currentStep(state)] : procedure.steps.map((_, i) => currentStep(goToStep(state, i)));
  const step = steps.find((s) => allFields(s.items).some((f) => f.pointer === pointer)) ?? currentStep(state);
  return fieldIn(step, pointer);
}

const bare = (properties: Record<string, unknown>, fields?: Record<string, unknown>): Procedure =>
  loadProcedure(
    fields
      ? { id: 'a', version: '1', title: 'A', organisation: { name: 'C' }, schema: { type: 'object', properties }, fields }
      : { type: 'object', properties },
  );

const acte = (): Procedure => loadProcedure(fixture('procedure-adresse.json'));

describe('postal address', () => {
  describe('recognising the parts', () => {
    it('should read common French and English property names, without case, accents or separators', () => {
      const cases: Array<[string, string | undefined]> = [
        ['numeroEtVoie', 'line1'], ['Rue', 'line1'], ['adresse', 'line1'], ['street_address', 'line1'], ['addressLine1', 'line1'],
        ['complement', 'line2'], ['Complément', 'line2'], ['complementAdresse', 'line2'], ['address2', 'line2'],
        ['codePostal', 'postalCode'], ['code_postal', 'postalCode'], ['CP', 'postalCode'], ['postcode', 'postalCode'], ['zip-code', 'postalCode'],
        ['commune', 'city'], ['Ville', 'city'], ['localité', 'city'], ['town', 'city'],
        ['pays', 'country'], ['Country', 'country'],
        ['nom', undefined], ['codePostalNaissance', undefined],
      ];
      assert.deepEqual(cases.map(([name]) => [name, addressPartOf(name)]), cases);
    });

    it('should read a postcode from its format whatever its name', () => {
      assert.equal(addressPartOf('cpNaissance', 'fr-postal-code'), 'postalCode');
    });

    it('should show an object with a postcode and a town as an address, and keep a group without them', () => {
      const procedure = bare({
        domicile: { type: 'object', title: 'Domicile', properties: { rue: { type: 'string' }, cp: { type: 'string' }, ville: { type: 'string' } } },
        lieu: { type: 'object', title: 'Lieu', properties: { rue: { type: 'string' }, ville: { type: 'string' } } },
        naissance: { type: 'object', title: 'Naissance', properties: { codeInsee: { type: 'string', format: 'fr-postal-code' }, localite: { type: 'string' } } },
      });
      assert.equal(fieldOf(procedure, '/domicile').widget, 'address');
      assert.equal(fieldOf(procedure, '/lieu').widget, 'group');
      assert.equal(fieldOf(procedure, '/naissance').widget, 'address');
    });

    it('should follow widget "address" on any object, and widget "group" to keep a plain group', () => {
      const properties = {
        siege: { type: 'object', title: 'Siège', properties: { voie: { type: 'string' } } },
        chantier: { type: 'object', title: 'Chantier', properties: { rue: { type: 'string' }, cp: { type: 'string' }, ville: { type: 'string' } } },
        nom: { type: 'string', title: 'Nom' },
      };
      const procedure = bare(properties, { '/siege': { widget: 'address' }, '/chantier': { widget: 'group' }, '/nom': { widget: 'address' } });
      assert.equal(fieldOf(procedure, '/siege').widget, 'address');
      assert.equal(fieldOf(procedure, '/chantier').widget, 'group');
      assert.equal(fieldOf(procedure, '/nom').widget, 'text');
    });
  });

  describe('the view of an address', () => {
    it('should give each part its label and its autocomplete token (WCAG 1.3.5)', () => {
      const address = fieldOf(acte(), '/adresse');
      assert.equal(address.widget, 'address');
      assert.deepEqual(
        address.children?.map((c) => [c.pointer, c.label, c.required, c.autocomplete]),
        [
          ['/adresse/numeroEtVoie', 'Numéro et voie', true, 'address-line1'],
          ['/adresse/complement', "Complément d'adresse", false, 'address-line2'],
          ['/adresse/codePostal', 'Code postal', true, 'postal-code'],
          ['/adresse/commune', 'Commune', true, 'address-level2'],
          ['/adresse/pays', 'Pays', false, 'country-name'],
        ],
      );
    });

    it("should keep a part's own token, and give none to another person's address", () => {
      const properties = {
        moi: { type: 'object', properties: { rue: { type: 'string' }, cp: { type: 'string' }, ville: { type: 'string' } } },
        probleme: { type: 'object', properties: { rue: { type: 'string' }, cp: { type: 'string' }, ville: { type: 'string' } } },
      };
      const procedure = bare(properties, {
        '/moi/ville': { autocomplete: 'section-domicile address-level2' },
        '/probleme': { autocomplete: 'off' },
        '/probleme/cp': { autocomplete: 'postal-code' },
      });
      assert.deepEqual(fieldOf(procedure, '/moi').children?.map((c) => c.autocomplete), ['address-line1', 'postal-code', 'section-domicile address-level2']);
      assert.deepEqual(fieldOf(procedure, '/probleme').children?.map((c) => c.autocomplete), ['off', 'postal-code', 'off']);
    });

    it('should list each part on the review page, not the object', () => {
      const data = { typeActe: 'copie-integrale', nom: 'Martin', prenoms: 'Claire', dateNaissance: '1980-05-17', adresse: { numeroEtVoie: '8 boulevard du Port', codePostal: '80000', commune: 'Amiens' } };
      const state = createFormState(acte(), { data });
      const envoi = reviewSteps(state).find((step) => step.id === 'envoi');
      assert.deepEqual(envoi?.rows.map((r) => [r.label, r.value]), [
        ['Numéro et voie', '8 boulevard du Port'],
        ["Complément d'adresse", 'Non renseigné'],
        ['Code postal', '80000'],
        ['Commune', 'Amiens'],
        ['Pays', 'Non renseigné'],
      ]);
    });
  });

  describe('a chosen suggestion', () => {
    const suggestion = { label: '8 Boulevard du Port 80000 Amiens', line1: '8 Boulevard du Port', postalCode: '80000', city: 'Amiens' };

    it('should give the answers of the parts the schema has, in their order', () => {
      assert.deepEqual(addressAnswers(fieldOf(acte(), '/adresse'), suggestion), [
        ['/adresse/numeroEtVoie', '8 Boulevard du Port'],
        ['/adresse/codePostal', '80000'],
        ['/adresse/commune', 'Amiens'],
      ]);
      const short = bare({ a: { type: 'object', properties: { ville: { type: 'string' }, cp: { type: 'string' } } } });
      assert.deepEqual(addressAnswers(fieldOf(short, '/a'), suggestion), [['/a/ville', 'Amiens'], ['/a/cp', '80000']]);
    });

    it('should replace the street, postcode and town of a previous address, and keep the complement', () => {
      const data = { adresse: { numeroEtVoie: '3 rue Haute', complement: 'Bâtiment B', codePostal: '45000', commune: 'Orléans', pays: 'France' } };
      const town = { label: 'Amiens', city: 'Amiens', postalCode: '80000' };
      let state = createFormState(acte(), { data });
      state = goToStep(state, 1);
      const answers = addressAnswers(fieldIn(currentStep(state), '/adresse'), town);
      assert.deepEqual(answers, [
        ['/adresse/numeroEtVoie', undefined],
        ['/adresse/codePostal', '80000'],
        ['/adresse/commune', 'Amiens'],
      ]);
      for (const [pointer, value] of answers) state = setValue(state, pointer, value);
      assert.deepEqual(state.data.adresse, { complement: 'Bâtiment B', codePostal: '80000', commune: 'Amiens', pays: 'France' });
    });
  });

  describe('searching', () => {
    it('should search from 3 characters, spaces trimmed, at most 200 characters', () => {
      assert.equal(addressQuery('  8 '), undefined);
      assert.equal(addressQuery('ab'), undefined);
      assert.equal(addressQuery(' 8  bd du  port '), '8 bd du port');
      assert.equal(addressQuery('x'.repeat(500))?.length, MAX_ADDRESS_QUERY_LENGTH);
    });

    it("should keep only well-formed suggestions from a service's answer, as text", () => {
      assert.equal(addressSuggestions({ features: [] }), undefined);
      assert.deepEqual(
        addressSuggestions([
          { label: '<img src=x onerror=alert(1)> Amiens', city: ' Amiens ', postalCode: 80000, line2: '' },
          { label: '' },
          { city: 'Sans libellé' },
          null,
        ]),
        [{ label: '<img src=x onerror=alert(1)> Amiens', city: 'Amiens' }],
      );
    });

    it('should say what happens, in French and in English', () => {
      const fr = catalogue('fr').address;
      const en = catalogue('en').address;
      assert.equal(fr.searchLabel(), 'Rechercher une adresse');
      assert.equal(fr.results({ count: 1 }), '1 adresse trouvée');
      assert.equal(fr.results({ count: 4 }), '4 adresses trouvées');
      assert.equal(fr.failed(), "Le service de recherche d'adresse ne répond pas : saisissez l'adresse dans les champs ci-dessous.");
      assert.match(fr.filled({ label: '8 Boulevard du Port 80000 Amiens' }), /^Adresse remplie : 8 Boulevard du Port 80000 Amiens/);
      assert.equal(en.results({ count: 1 }), '1 address found');
      assert.match(en.searchHint({ min: 3 }), /at least 3 characters/);
      for (const key of Object.keys(fr) as Array<keyof typeof fr>) assert.notEqual(fr[key]({ count: 2, min: 3, label: 'x' }), en[key]({ count: 2, min: 3, label: 'x' }), key);
    });
  });
});
