// The built bundle as a commune loads it: packages/form/dist/guichet-form.js (built by
// `npm run build`, which `npm run test:browser` runs when it is missing), which shows a form
// before fetching its validator chunk (ajv, ajv-formats, redos-detector) beside it.
import { expect, fixture, html } from '@open-wc/testing';
import type { GuichetForm } from '../../packages/form/src/index.js';

const bundle = '/packages/form/dist/guichet-form.js';
await import(bundle);

const root = (el: GuichetForm): ShadowRoot => el.shadowRoot as ShadowRoot;

/** Whether the page has fetched the validator chunk. */
const validatorFetched = (): boolean =>
  performance.getEntriesByType('resource').some((entry) => /guichet-form-validator-[^/]+\.js$/.test(entry.name));

const flat = {
  type: 'object',
  required: ['nom'],
  properties: { nom: { type: 'string', title: 'Nom' }, courriel: { type: 'string', format: 'email', title: 'Adresse e-mail' } },
};

describe('the built <guichet-form> bundle', () => {
    // First in this page: the validator is not fetched yet (axe, in the next test, leaves time for it).
  it('should show a malformed procedure without crashing before the validator is there, then refuse it', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.message);
    };
    window.addEventListener('error', onError);
    try {
      const malformed = {
        id: 'cassee',
        version: 1,
        title: 42,
        organisation: 'Commune',
        schema: { type: 'object', properties: { nom: { type: 'string', title: 'Nom' } } },
        steps: [{ id: 'a', title: ['Étape'], items: ['/nom', 7] }],
        fields: { '/nom': { hint: 12, options: 'x', widget: 3 } },
      };
      const el = await fixture<GuichetForm>(html`<guichet-form .procedure=${malformed}></guichet-form>`);
      expect(validatorFetched()).to.equal(false);
      expect(root(el).querySelector('[name="/nom"]')).to.not.equal(null);
      expect(await el.next()).to.equal(false);
      await el.updateComplete;
      const problems = [...root(el).querySelectorAll('[role="alert"].problems li')];
      expect(problems.length).to.be.greaterThan(3);
      expect(root(el).querySelector('form')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('should be accessible', async () => {
    const el = await fixture<GuichetForm>(html`<guichet-form .schema=${flat}></guichet-form>`);
    expect(root(el).querySelectorAll('input[name]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('should fetch the validator and check the answers with it', async () => {
    const el = await fixture<GuichetForm>(html`<guichet-form .schema=${flat} .data=${{ courriel: 'pas-un-courriel' }}></guichet-form>`);
    expect(root(el).querySelectorAll('input[name]')).to.have.length(2);
    expect(await el.next()).to.equal(false);
    await el.updateComplete;
    expect(validatorFetched()).to.equal(true);
    const messages = [...root(el).querySelectorAll('.error-summary a')].map((a) => a.textContent?.trim());
    expect(messages).to.have.length(2);
  });

  it('should wait for the validator before showing questions that depend on answers', async () => {
    const schema = {
      type: 'object',
      properties: { chien: { type: 'boolean', title: 'Avez-vous un chien ?' } },
      if: { properties: { chien: { const: true } }, required: ['chien'] },
      then: { properties: { nomDuChien: { type: 'string', title: 'Nom du chien' } } },
    };
    const el = await fixture<GuichetForm>(html`<guichet-form .schema=${schema} .data=${{ chien: true }}></guichet-form>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(root(el).querySelector('[name="/nomDuChien"]')).to.not.equal(null);
  });

  it('should refuse a pattern that could freeze the browser once the validator is there', async () => {
    const schema = { type: 'object', properties: { code: { type: 'string', title: 'Code', pattern: '^(a+)+$' } } };
    const el = await fixture<GuichetForm>(html`<guichet-form .schema=${schema}></guichet-form>`);
    expect(await el.next()).to.equal(false);
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"].problems')?.textContent).to.contain('^(a+)+$');
    expect(root(el).querySelector('form')).to.equal(null);
  });
});
