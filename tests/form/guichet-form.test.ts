import './isolation.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm, GuichetInvalidEvent } from '../../packages/form/src/index.js';

const schema = {
  title: 'Signalement',
  type: 'object',
  properties: {
    nom: { type: 'string', title: 'Nom', minLength: 2 },
    categorie: { type: 'string', title: 'Catégorie', enum: ['voirie', 'eclairage', 'proprete'] },
    commentaire: { type: 'string', title: 'Commentaire', maxLength: 1000 },
  },
  required: ['nom', 'categorie'],
};

async function form(): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(html`<guichet-form lang="fr" .schema=${schema}></guichet-form>`);
  await el.updateComplete;
  return el;
}

describe('<guichet-form>', () => {
  it('should be accessible, empty and with errors', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    await el.next();
    await expect(el).to.be.accessible();
  });

  it('should label every question and mark the optional one', async () => {
    const el = await form();
    const root = el.shadowRoot as ShadowRoot;
    const nom = root.querySelector('input[name="/nom"]') as HTMLInputElement;
    expect(root.querySelector(`label[for="${nom.id}"]`)?.textContent?.trim()).to.equal('Nom');
    expect(root.querySelector('legend')?.textContent?.trim()).to.equal('Catégorie');
    expect(root.querySelector('label[for="g-commentaire"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Commentaire (facultatif)');
  });

  it('should show the error summary, focus it, and link each error to its field', async () => {
    const el = await form();
    const invalid: Promise<GuichetInvalidEvent> = oneEvent(el, 'guichet-invalid');
    await el.next();
    const { detail } = await invalid;
    expect(detail.errors.map((e) => e.pointer)).to.deep.equal(['/nom', '/categorie']);
    const root = el.shadowRoot as ShadowRoot;
    expect(root.activeElement?.classList.contains('error-summary')).to.equal(true);
    const input = root.querySelector('input[name="/nom"]') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('g-nom-error');
    (root.querySelector('.error-summary a') as HTMLAnchorElement).click();
    expect(root.activeElement).to.equal(input);
  });

  it('should make the error summary focusable only while it has the focus, keeping it out of the Tab order', async () => {
    const el = await form();
    const root = el.shadowRoot as ShadowRoot;
    expect(root.querySelector('[tabindex]')).to.equal(null);
    await el.next();
    const summary = root.querySelector('.error-summary') as HTMLElement;
    expect(root.activeElement).to.equal(summary);
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    (root.querySelector('input[name="/nom"]') as HTMLInputElement).focus();
    expect(summary.hasAttribute('tabindex')).to.equal(false);
  });

  it("should show the procedure's title as a heading, unless the page asks for no-title", async () => {
    const titled = await form();
    expect((titled.shadowRoot as ShadowRoot).querySelector('h2')?.textContent?.trim()).to.equal('Signalement');
    const untitled = await fixture<GuichetForm>(html`<guichet-form no-title .schema=${schema}></guichet-form>`);
    expect([...(untitled.shadowRoot as ShadowRoot).querySelectorAll('h2, h3')].map((h) => h.textContent?.trim())).to.deep.equal(['Signalement']);
    await expect(untitled).to.be.accessible();
  });
});
