import { and, rankWith } from '@guichet/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import { defineElement } from '../../packages/form/src/base/define.js';
import { describedBy, errorMessage, fieldWrapper, GuichetForm, hint, label, registerWidget } from '../../packages/form/src/index.js';
import type { GuichetErrorEvent } from '../../packages/form/src/index.js';
import { accessibleName, compiled, control, rootOf, text, until } from './support.js';

const hostile = '<img src=x onerror="window.__pwned = true">';
const script = '<script>window.__pwned = true</script>';

const organisation = { name: 'Commune de Saint-Exemple-sur-Loire' };

const broken = {
  id: 'procedure-cassee',
  version: '1.0.0',
  title: 'Procédure cassée',
  organisation,
  schema: {
    type: 'object',
    properties: {
      code: { type: 'string', title: 'Code', pattern: '^(a+)+$' },
      enfant: { $ref: '#/$defs/absent' },
      piege: { $ref: `#/$defs/${hostile}` },
    },
  },
};

const hostileProcedure = {
  id: 'textes-hostiles',
  version: '1.0.0',
  title: `Titre ${hostile}`,
  description: `Description ${script}`,
  organisation,
  schema: {
    type: 'object',
    required: ['nom', 'choix', 'liste'],
    properties: {
      nom: { type: 'string', title: `Nom ${hostile}`, description: `Aide ${script}` },
      choix: {
        title: `Choix ${script}`,
        oneOf: [
          { const: 'a', title: `Option ${hostile}` },
          { const: 'b', title: `Option ${script}` },
        ],
      },
      liste: { type: 'string', title: 'Liste', enum: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', hostile] },
    },
  },
  steps: [{ id: 'etape', title: `Étape ${hostile}`, items: [{ content: 'paragraph', text: `Texte ${script}` }, '/nom', '/choix', '/liste'] }],
  fields: {
    '/nom': { errorMessages: { required: `Erreur ${hostile}` } },
    '/choix': { errorMessages: { required: `Erreur ${script}` } },
  },
};

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/** No element was made from a procedure's text. */
function expectNoInjectedElement(el: GuichetForm): void {
  expect(rootOf(el).querySelectorAll('img, script, [onerror]').length).to.equal(0);
  expect(window.__pwned).to.equal(undefined);
}

describe('<guichet-form> robustness', () => {
  it('should be accessible when it refuses a procedure and when it shows hostile texts', async () => {
    const refused = await fixture<GuichetForm>(html`<guichet-form .procedure=${broken}></guichet-form>`);
    await expect(refused).to.be.accessible();
    const shown = await fixture<GuichetForm>(html`<guichet-form .procedure=${hostileProcedure}></guichet-form>`);
    await expect(shown).to.be.accessible();
    shown.validate();
    await expect(shown).to.be.accessible();
  });

  describe('an invalid procedure', () => {
    it('should show the problems in French with their pointers in an alert, and fire guichet-error', async () => {
      const errors: GuichetErrorEvent[] = [];
      const el = await fixture<GuichetForm>(
        html`<guichet-form lang="fr" @guichet-error=${(e: GuichetErrorEvent) => errors.push(e)} .procedure=${broken}></guichet-form>`,
      );
      const alert = rootOf(el).querySelector('[role="alert"]');
      expect(text(alert?.querySelector('h2'))).to.equal('Ce formulaire ne peut pas être affiché');
      const lines = [...(alert?.querySelectorAll('li') ?? [])].map((li) => text(li));
      expect(lines).to.have.length(3);
      expect(lines[0]).to.match(/^L'expression régulière « \^\(a\+\)\+\$ » n'a pas pu être vérifiée sans danger/);
      expect(lines[0]?.endsWith('/schema/properties/code/pattern')).to.equal(true);
      expect(lines[1]).to.equal('La référence « #/$defs/absent » ne mène à rien : vérifiez le chemin /schema/properties/enfant/$ref');
      expect(lines[2]).to.contain(`« #/$defs/${hostile} »`);
      expectNoInjectedElement(el);
      expect(rootOf(el).querySelector('form')).to.equal(null);
      expect(errors).to.have.length(1);
      const { detail } = errors[0] as GuichetErrorEvent;
      expect(detail.kind).to.equal('procedure');
      expect(detail.problems.map((p) => p.code)).to.deep.equal(['pattern-unsafe', 'ref-missing', 'ref-missing']);
    });

    it('should speak English in its refusal with lang="en"', async () => {
      const el = await fixture<GuichetForm>(html`<guichet-form lang="en" .procedure=${broken}></guichet-form>`);
      const alert = rootOf(el).querySelector('[role="alert"]');
      expect(text(alert?.querySelector('li:nth-child(2)'))).to.equal('The reference “#/$defs/absent” leads nowhere: check the path /schema/properties/enfant/$ref');
    });

    for (const [name, input] of [
      ['a string', 'pas une procédure'],
      ['null', null],
      ['an array', [1, 2]],
      ['a schema that is not an object', { type: 'string' }],
      ['a deeply nested schema', nested(200)],
    ] as const) {
      it(`should refuse ${name} with a message, never a blank or an exception`, async () => {
        const errors: GuichetErrorEvent[] = [];
        const el = await fixture<GuichetForm>(
          html`<guichet-form @guichet-error=${(e: GuichetErrorEvent) => errors.push(e)} .schema=${input}></guichet-form>`,
        );
        const alert = rootOf(el).querySelector('[role="alert"]');
        expect(text(alert)).to.not.equal('');
        expect(errors.map((e) => e.detail.kind)).to.deep.equal(['procedure']);
      });
    }
  });

  describe('a schema that ajv cannot compile', () => {
    // Its $id is draft-07's own meta-schema, which ajv already holds.
    const clash = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { nom: { type: 'string', title: 'Nom' } },
    };

    it('should show the questions first, then the refusal once compiled after the first frame, with guichet-error', async () => {
      const errors: GuichetErrorEvent[] = [];
      const el = await fixture<GuichetForm>(html`<guichet-form @guichet-error=${(e: GuichetErrorEvent) => errors.push(e)} .schema=${clash}></guichet-form>`);
      expect(accessibleName(control(el, '/nom'))).to.equal('Nom (facultatif)');
      await compiled(el);
      const alert = rootOf(el).querySelector('[role="alert"]');
      expect(text(alert?.querySelector('li'))).to.match(/^Le schéma ne peut pas être compilé/);
      expect(rootOf(el).querySelector('form')).to.equal(null);
      expect(errors.map((e) => e.detail.problems.map((p) => p.code))).to.deep.equal([['compile-failed']]);
    });

    it('should refuse it at once when the person validates before it is compiled', async () => {
      const el = await fixture<GuichetForm>(html`<guichet-form .schema=${clash}></guichet-form>`);
      expect(el.validate()).to.deep.equal([]);
      await el.updateComplete;
      expect(text(rootOf(el).querySelector('[role="alert"] li'))).to.match(/^Le schéma ne peut pas être compilé/);
    });
  });

  describe('loading from src', () => {
    it('should load a procedure from its URL', async () => {
      const el = await fixture<GuichetForm>(html`<guichet-form src="/tests/fixtures/procedure-trois-etapes.json"></guichet-form>`);
      await until(() => rootOf(el).querySelector('form') !== null);
      expect(text(rootOf(el).querySelector('.position'))).to.equal('Étape 1 sur 3');
    });

    it('should say that the form could not be loaded when the URL answers 404, and fire guichet-error', async () => {
      const el = document.createElement('guichet-form');
      const failed: Promise<GuichetErrorEvent> = oneEvent(el, 'guichet-error');
      el.src = '/tests/fixtures/absente.json';
      await fixture(el);
      const { detail } = await failed;
      expect(detail).to.deep.include({ kind: 'load', message: 'HTTP 404' });
      await el.updateComplete;
      const alert = rootOf(el).querySelector('[role="alert"]');
      expect(text(alert)).to.equal(
        "Ce formulaire ne peut pas être affiché Le formulaire n'a pas pu être chargé (HTTP 404). Réessayez plus tard.",
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('texts from a procedure', () => {
    it('should render titles, descriptions, labels, options and error messages as text', async () => {
      const el = await fixture<GuichetForm>(html`<guichet-form .procedure=${hostileProcedure}></guichet-form>`);
      const root = rootOf(el);
      expect(text(root.querySelector('h2'))).to.equal(`Titre ${hostile}`);
      expect(text(root.querySelector('.step-heading'))).to.equal(`Étape ${hostile}`);
      expect(text(root.querySelector('.content'))).to.equal(`Texte ${script}`);
      expect(accessibleName(control(el, '/nom'))).to.equal(`Nom ${hostile}`);
      expect(text(root.getElementById('g-nom-hint'))).to.equal(`Aide ${script}`);
      expect([...root.querySelectorAll('[name="/choix"]')].map((r) => accessibleName(r))).to.deep.equal([`Option ${hostile}`, `Option ${script}`]);
      expect(control(el, '/liste').options[7]?.text).to.equal(hostile);
      expectNoInjectedElement(el);

      el.validate();
      await el.updateComplete;
      expect([...root.querySelectorAll('.error-summary li')].map((li) => text(li))).to.deep.equal([
        `Erreur ${hostile}`,
        `Erreur ${script}`,
        'Répondez à la question « Liste »',
      ]);
      expect(text(root.getElementById('g-nom-error'))).to.equal(`Erreur : Erreur ${hostile}`);
      expectNoInjectedElement(el);
    });
  });

  describe('registration', () => {
    it('should not throw when the define module is loaded again', async () => {
      const again = '../../packages/form/src/guichet-form/guichet-form.define.ts?again';
      await import(/* @vite-ignore */ again);
      expect(customElements.get('guichet-form')).to.equal(GuichetForm);
    });

    it('should warn, not throw, when another copy of the element is defined under the same name', () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => {
        warnings.push(args);
      };
      try {
        expect(() => { defineElement('guichet-form', class extends GuichetForm {}); }).to.not.throw();
      } finally {
        console.warn = warn;
      }
      expect(String(warnings[0]?.[0])).to.contain('<guichet-form> is already defined');
      expect(customElements.get('guichet-form')).to.equal(GuichetForm);
    });

    it('should let an agency widget with a higher rank replace a built-in one for a field', async () => {
      registerWidget({
        name: 'note-etoiles',
        tester: rankWith(50, and(({ pointer }) => pointer === '/noteAgence', ({ type }) => type === 'integer')),
        render: (field, host) =>
          fieldWrapper(
            field,
            html`${label(field, host.messages)} ${hint(field)} ${errorMessage(field, host.messages)}
              <input
                class="etoiles"
                type="range"
                min="1"
                max="5"
                id=${field.id}
                name=${field.pointer}
                aria-describedby=${describedBy(field)}
                @change=${(e: Event) => { host.setValue(field.pointer, Number((e.target as HTMLInputElement).value)); }}
              />`,
          ),
      });
      const schema = {
        type: 'object',
        properties: {
          noteAgence: { type: 'integer', title: 'Votre note', description: 'De 1 à 5', minimum: 1, maximum: 5 },
          autre: { type: 'integer', title: 'Autre nombre' },
        },
      };
      const el = await fixture<GuichetForm>(html`<guichet-form .schema=${schema}></guichet-form>`);
      const input = control(el, '/noteAgence');
      expect(input.type).to.equal('range');
      expect(accessibleName(input)).to.equal('Votre note (facultatif)');
      expect(text(rootOf(el).getElementById(input.getAttribute('aria-describedby') ?? ''))).to.equal('De 1 à 5');
      expect(control(el, '/autre').type).to.equal('text');
      const changed = oneEvent(el, 'guichet-change');
      input.value = '4';
      input.dispatchEvent(new Event('change'));
      expect((await changed).detail).to.deep.include({ pointer: '/noteAgence', value: 4 });
      await expect(el).to.be.accessible();
    });
  });
});

/** A schema nested `depth` objects deep. */
function nested(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < depth; i++) node = { type: 'object', properties: { a: node } };
  return node;
}

describe('<guichet-form> fallback', () => {
  it('should explain a question it cannot present, naming it, in French and in English', async () => {
    const schema = { type: 'object', properties: { valeur: { title: 'Valeur', type: ['string', 'number'] } } };
    for (const [lang, title] of [['fr', 'Question non disponible : Valeur'], ['en', 'Question not available: Valeur']] as const) {
      const el = await fixture<GuichetForm>(html`<guichet-form lang=${lang} .schema=${schema}></guichet-form>`);
      const note = (el.shadowRoot as ShadowRoot).querySelector('[role="note"]');
      expect(note?.querySelector('.fallback-title')?.textContent?.trim()).to.equal(title);
      await expect(el).to.be.accessible();
    }
  });
});
