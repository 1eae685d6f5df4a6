import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetChangeEvent, GuichetForm } from '../../packages/form/src/index.js';
import { accessibleName, control, controls, description, fixtureJson, focused, rootOf, text, typeInto } from './support.js';

const filled = {
  nom: 'Dupont',
  courriel: 'claire.dupont@example.fr',
  telephone: '06 12 34 56 78',
  site: 'https://www.saint-exemple.fr',
  naissance: '1980-05-17',
  age: 44,
  montant: 12.5,
  codePostal: '45000',
  message: 'Merci',
  newsletter: true,
  certifie: true,
  quotient: false,
  categorie: 'eclairage',
  commune: 'tours',
  jours: ['lundi', 'mercredi'],
  adresse: { rue: '2 place de la Mairie', ville: 'Saint-Exemple' },
  dossier: 'D-42',
};

let procedure: Record<string, unknown>;

async function form(data: unknown = { dossier: 'D-42' }): Promise<GuichetForm> {
  procedure ??= await fixtureJson('/tests/fixtures/procedure-widgets.json');
  const el = await fixture<GuichetForm>(html`<guichet-form lang="fr" .procedure=${procedure} .data=${data}></guichet-form>`);
  await el.updateComplete;
  return el;
}

async function inError(): Promise<GuichetForm> {
  const el = await form();
  el.validate();
  await el.updateComplete;
  return el;
}

// One conformance check for every single-input widget (text and its variants, textarea,
// select, single checkbox): label as name, hint then error as description, aria-invalid.
const singleInputs: ReadonlyArray<{ pointer: string; name: string; tag: string; type?: string; required: boolean }> = [
  { pointer: '/nom', name: 'Nom', tag: 'input', type: 'text', required: true },
  { pointer: '/courriel', name: 'Adresse e-mail', tag: 'input', type: 'email', required: true },
  { pointer: '/telephone', name: 'Téléphone (facultatif)', tag: 'input', type: 'tel', required: false },
  { pointer: '/site', name: 'Site web (facultatif)', tag: 'input', type: 'url', required: false },
  { pointer: '/naissance', name: 'Date de naissance (facultatif)', tag: 'input', type: 'date', required: false },
  { pointer: '/age', name: 'Âge (facultatif)', tag: 'input', type: 'text', required: false },
  { pointer: '/montant', name: 'Montant (facultatif)', tag: 'input', type: 'text', required: false },
  { pointer: '/codePostal', name: 'Code postal (facultatif)', tag: 'input', type: 'text', required: false },
  { pointer: '/message', name: 'Message (facultatif)', tag: 'textarea', required: false },
  { pointer: '/newsletter', name: "Recevoir la lettre d'information (facultatif)", tag: 'input', type: 'checkbox', required: false },
  { pointer: '/certifie', name: "Je certifie l'exactitude des informations", tag: 'input', type: 'checkbox', required: true },
  { pointer: '/commune', name: 'Commune', tag: 'select', required: true },
  { pointer: '/adresse/rue', name: 'Numéro et rue (facultatif)', tag: 'input', type: 'text', required: false },
];

// Radios and checkboxes: a fieldset whose legend names the group, each box named by its label.
const groups: ReadonlyArray<{ pointer: string; legend: string; options: string[]; type: string; required: boolean }> = [
  { pointer: '/quotient', legend: 'Souhaitez-vous le tarif selon le quotient familial ?', options: ['Oui', 'Non'], type: 'radio', required: true },
  { pointer: '/categorie', legend: 'Catégorie', options: ['voirie', 'eclairage', 'proprete'], type: 'radio', required: true },
  { pointer: '/jours', legend: 'Jours de présence', options: ['lundi', 'mardi', 'mercredi'], type: 'checkbox', required: true },
];

describe('<guichet-form> widgets', () => {
  it('should be accessible empty, filled and with errors', async () => {
    await expect(await form()).to.be.accessible();
    await expect(await form(filled)).to.be.accessible();
    await expect(await inError()).to.be.accessible();
  });

  describe('conformance of single inputs', () => {
    for (const c of singleInputs) {
      it(`should name ${c.pointer} by its label, describe it and mark it invalid only in error`, async () => {
        const el = await form();
        const input = control(el, c.pointer);
        expect(input.localName).to.equal(c.tag);
        if (c.type) expect(input.type).to.equal(c.type);
        expect(accessibleName(input)).to.equal(c.name);
        expect(input.getAttribute('aria-invalid') ?? 'false').to.equal('false');

        const shown = await inError();
        const again = control(shown, c.pointer);
        const field = rootOf(shown).querySelector(`[data-pointer="${c.pointer}"]`);
        const error = field?.querySelector('.error-message');
        expect(again.getAttribute('aria-invalid') ?? 'false').to.equal(c.required ? 'true' : 'false');
        expect(Boolean(error)).to.equal(c.required);
        if (error) {
          expect(text(error).startsWith('Erreur :')).to.equal(true);
          expect(description(again).endsWith(text(error))).to.equal(true);
        }
      });
    }

    it('should describe an input by its hint then its error, in that order', async () => {
      const el = await form();
      expect(description(control(el, '/nom'))).to.equal("Tel qu'il figure sur votre pièce d'identité.");
      const shown = await inError();
      expect(description(control(shown, '/nom'))).to.equal(
        "Tel qu'il figure sur votre pièce d'identité. Erreur : Renseignez le champ « Nom »",
      );
    });
  });

  describe('conformance of groups of choices', () => {
    for (const g of groups) {
      it(`should put ${g.pointer} in a fieldset named by its legend, each box named by its label`, async () => {
        const el = await form();
        const boxes = controls(el, g.pointer);
        expect(boxes.map((b) => b.type)).to.deep.equal(g.options.map(() => g.type));
        expect(boxes.map((b) => accessibleName(b))).to.deep.equal(g.options);
        const group = boxes[0]?.closest('fieldset') as HTMLFieldSetElement;
        expect(accessibleName(group)).to.equal(g.legend);
        expect(group.hasAttribute('aria-invalid')).to.equal(false);

        const shown = await inError();
        const shownGroup = controls(shown, g.pointer)[0]?.closest('fieldset') as HTMLFieldSetElement;
        expect(description(shownGroup)).to.match(/^Erreur : /);
      });
    }

    it('should give every element of the form a unique id, so labels and links reach their input', async () => {
      const el = await inError();
      const ids = [...rootOf(el).querySelectorAll('[id]')].map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
    });
  });

  describe('text and its variants', () => {
    it('should ask for the right keyboard and autofill', async () => {
      const el = await form();
      const attrs = (pointer: string): Record<string, string | null> => {
        const input = control(el, pointer);
        return { type: input.getAttribute('type'), inputmode: input.getAttribute('inputmode'), autocomplete: input.getAttribute('autocomplete') };
      };
      expect(attrs('/nom')).to.deep.equal({ type: 'text', inputmode: null, autocomplete: 'family-name' });
      expect(attrs('/courriel')).to.deep.equal({ type: 'email', inputmode: 'email', autocomplete: 'email' });
      expect(attrs('/telephone')).to.deep.equal({ type: 'tel', inputmode: 'tel', autocomplete: 'tel' });
      expect(attrs('/site')).to.deep.equal({ type: 'url', inputmode: 'url', autocomplete: null });
      expect(attrs('/naissance')).to.deep.equal({ type: 'date', inputmode: null, autocomplete: null });
      expect(attrs('/age')).to.deep.equal({ type: 'text', inputmode: 'numeric', autocomplete: null });
      expect(attrs('/montant')).to.deep.equal({ type: 'text', inputmode: 'decimal', autocomplete: null });
      expect(attrs('/codePostal')).to.deep.equal({ type: 'text', inputmode: 'numeric', autocomplete: 'postal-code' });
    });

    it('should show the initial answers', async () => {
      const el = await form(filled);
      expect(control(el, '/nom').value).to.equal('Dupont');
      expect(control(el, '/age').value).to.equal('44');
      expect(control(el, '/naissance').value).to.equal('1980-05-17');
      expect(control(el, '/message').value).to.equal('Merci');
    });

    const typed: ReadonlyArray<[string, string, unknown]> = [
      ['/nom', 'Dupont', 'Dupont'],
      ['/courriel', 'a@example.fr', 'a@example.fr'],
      ['/telephone', '0612345678', '0612345678'],
      ['/site', 'https://example.fr', 'https://example.fr'],
      ['/age', '42', 42],
      ['/montant', '12,5', 12.5],
      ['/codePostal', '45000', '45000'],
      ['/message', 'Bonjour', 'Bonjour'],
      ['/adresse/ville', 'Orléans', 'Orléans'],
    ];
    for (const [pointer, keys, value] of typed) {
      it(`should record what is typed in ${pointer} when the person leaves it, and fire guichet-change`, async () => {
        const el = await form();
        const { detail } = await typeInto(el, pointer, keys);
        expect(detail.pointer).to.equal(pointer);
        expect(detail.value).to.deep.equal(value);
        expect(detail.data).to.deep.equal(el.data);
        const path = pointer.split('/').slice(1);
        const stored = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], el.data);
        expect(stored).to.deep.equal(value);
      });
    }

    it('should remove an answer that is erased', async () => {
      const el = await form({ nom: 'Dupont' });
      control(el, '/nom').focus();
      const changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
      control(el, '/nom').select();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      const { detail } = await changed;
      expect(detail).to.deep.include({ pointer: '/nom', value: undefined });
      expect('nom' in el.data).to.equal(false);
    });
  });

  describe('choices', () => {
    it('should move between radios with the arrow keys and choose the one reached', async () => {
      const el = await form();
      const [first, second, third] = controls(el, '/categorie') as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
      first.focus();
      let changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'ArrowDown' });
      expect((await changed).detail).to.deep.include({ pointer: '/categorie', value: 'eclairage' });
      await el.updateComplete;
      expect(focused(el)).to.equal(second);
      expect(second.checked).to.equal(true);
      changed = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'ArrowDown' });
      expect((await changed).detail.value).to.equal('proprete');
      await el.updateComplete;
      expect(focused(el)).to.equal(third);
      expect(el.data.categorie).to.equal('proprete');
    });

    it('should answer a yes/no question with Space and the arrow keys, as a boolean', async () => {
      const el = await form();
      const [yes, no] = controls(el, '/quotient') as [HTMLInputElement, HTMLInputElement];
      yes.focus();
      let changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'Space' });
      expect((await changed).detail).to.deep.include({ pointer: '/quotient', value: true });
      changed = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'ArrowRight' });
      expect((await changed).detail.value).to.equal(false);
      await el.updateComplete;
      expect(no.checked).to.equal(true);
      expect(el.data.quotient).to.equal(false);
    });

    it('should tick a checkbox with Space', async () => {
      const el = await form();
      const box = control(el, '/newsletter');
      box.focus();
      let changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'Space' });
      expect((await changed).detail).to.deep.include({ pointer: '/newsletter', value: true });
      changed = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'Space' });
      expect((await changed).detail.value).to.equal(false);
      expect(el.data.newsletter).to.equal(false);
    });

    it('should make the box to tick (const: true) a required tick, and clear its error once ticked', async () => {
      const el = await inError();
      const box = control(el, '/certifie');
      expect(text(rootOf(el).querySelector('[data-pointer="/certifie"] .error-message'))).to.equal(
        "Erreur : Cochez la case « Je certifie l'exactitude des informations » pour continuer",
      );
      box.focus();
      const changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'Space' });
      expect((await changed).detail.value).to.equal(true);
      await el.updateComplete;
      expect(box.getAttribute('aria-invalid')).to.equal('false');
      expect(rootOf(el).querySelector('[data-pointer="/certifie"] .error-message')).to.equal(null);
    });

    it('should tick several answers of a list of checkboxes, in the order of the options', async () => {
      const el = await form();
      const [lundi, , mercredi] = controls(el, '/jours') as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
      mercredi.focus();
      let changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'Space' });
      expect((await changed).detail.value).to.deep.equal(['mercredi']);
      await el.updateComplete;
      lundi.focus();
      changed = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'Space' });
      expect((await changed).detail.value).to.deep.equal(['lundi', 'mercredi']);
      expect(el.data.jours).to.deep.equal(['lundi', 'mercredi']);
    });

    it('should choose in a select with the keyboard', async () => {
      const el = await form();
      const select = control(el, '/commune');
      expect([...select.options].map((o) => o.text)).to.deep.equal(['', 'orleans', 'tours', 'blois', 'chartres', 'bourges', 'chateauroux', 'dreux', 'vierzon']);
      select.focus();
      const changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect((await changed).detail).to.deep.include({ pointer: '/commune', value: 'orleans' });
      expect(el.data.commune).to.equal('orleans');
    });

    it('should show the chosen answers', async () => {
      const el = await form(filled);
      expect(controls(el, '/quotient').map((r) => r.checked)).to.deep.equal([false, true]);
      expect(controls(el, '/categorie').map((r) => r.checked)).to.deep.equal([false, true, false]);
      expect(controls(el, '/jours').map((r) => r.checked)).to.deep.equal([true, false, true]);
      expect(control(el, '/commune').selectedOptions[0]?.text).to.equal('tours');
      expect(control(el, '/certifie').checked).to.equal(true);
    });
  });

  describe('structure', () => {
    it('should put a nested object in a fieldset whose legend names it', async () => {
      const el = await form();
      const group = rootOf(el).querySelector('[data-pointer="/adresse"] > fieldset') as HTMLFieldSetElement;
      expect(accessibleName(group)).to.equal('Adresse (facultatif)');
      expect([...group.querySelectorAll('input')].map((i) => accessibleName(i))).to.deep.equal([
        'Numéro et rue (facultatif)',
        'Ville (facultatif)',
      ]);
    });

    it('should show a read-only value as text, with no input to change it', async () => {
      const el = await form();
      const field = rootOf(el).querySelector('[data-pointer="/dossier"]');
      expect(text(field)).to.equal('Numéro de dossier D-42');
      expect(field?.querySelector('input, select, textarea')).to.equal(null);
    });

    it('should show a part without data (type null) as text', async () => {
      const el = await form();
      expect(text(rootOf(el).getElementById('g-avertissement'))).to.equal('À savoir Vos réponses restent privées.');
      expect(rootOf(el).querySelector('[name="/avertissement"]')).to.equal(null);
    });

    it('should draw a repeatable group as a named fieldset with its add button (tests/form/repeater.test.ts goes further)', async () => {
      const el = await form();
      const group = rootOf(el).getElementById('g-enfants') as HTMLFieldSetElement;
      expect(group.tagName).to.equal('FIELDSET');
      expect(text(group.querySelector('legend'))).to.match(/^Enfants/);
      expect(rootOf(el).getElementById('g-enfants-add')?.tagName).to.equal('BUTTON');
    });

    it('should draw a list of values as a named fieldset whose items are numbered questions', async () => {
      const el = await form();
      (rootOf(el).getElementById('g-etiquettes-add') as HTMLButtonElement).click();
      await el.updateComplete;
      const input = rootOf(el).getElementById('g-etiquettes-0') as HTMLInputElement;
      expect(input.tagName).to.equal('INPUT');
      expect(text(rootOf(el).querySelector('label[for="g-etiquettes-0"]'))).to.equal('Étiquettes 1');
      expect(el.data.etiquettes).to.deep.equal(['']);
    });

    it('should draw a file question as a labelled file input (tests/form/file.test.ts goes further)', async () => {
      const el = await form();
      const input = rootOf(el).getElementById('g-piece') as HTMLInputElement;
      expect(input.type).to.equal('file');
      expect(text(rootOf(el).querySelector('label[for="g-piece"]'))).to.match(/^Pièce justificative/);
    });
  });
});
