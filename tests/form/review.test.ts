import './isolation.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm, GuichetStepChangeEvent } from '../../packages/form/src/index.js';

const procedure = {
  id: 'rendez-vous',
  version: '1',
  title: 'Rendez-vous pour un passeport',
  organisation: { name: 'Commune de Saint-Exemple' },
  schema: {
    type: 'object',
    properties: {
      nom: { type: 'string', title: 'Nom' },
      piece: { type: 'string', title: 'Document demandé', oneOf: [{ const: 'cni', title: "Carte d'identité" }, { const: 'passeport', title: 'Passeport' }] },
      telephone: { type: 'string', title: 'Téléphone', format: 'fr-phone' },
    },
    required: ['nom', 'piece'],
  },
  steps: [
    { id: 'vous', title: 'Vous', items: ['/nom', '/piece'] },
    { id: 'contact', title: 'Contact', items: ['/telephone'] },
  ],
};

const data = { nom: 'Dupont', piece: 'passeport' };

async function onReview(lang = 'fr'): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(html`<guichet-form lang=${lang} .data=${data} .procedure=${procedure}></guichet-form>`);
  await el.next();
  const shown: Promise<GuichetStepChangeEvent> = oneEvent(el, 'guichet-step-change');
  expect(await el.review()).to.equal(true);
  expect((await shown).detail).to.deep.equal({ id: 'review', index: 2, previousId: 'contact' });
  return el;
}

const root = (el: GuichetForm): ShadowRoot => el.shadowRoot as ShadowRoot;
const rows = (el: GuichetForm): string[][] =>
  [...root(el).querySelectorAll('.review-row')].map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

describe('review page', () => {
  it('should be accessible', async () => {
    await expect(await onReview()).to.be.accessible();
  });

  it('should list each answer as the person reads it, with a change link named after the question, and focus its heading', async () => {
    const el = await onReview();
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Vérifiez vos réponses');
    expect(rows(el)).to.deep.equal([
      ['Nom', 'Dupont', 'Modifier « Nom »'],
      ['Document demandé', 'Passeport', 'Modifier « Document demandé »'],
      ['Téléphone', 'Non renseigné', 'Modifier « Téléphone »'],
    ]);
    expect([...root(el).querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal(['Précédent', 'Envoyer']);
  });

  it("should go back to the question's step and focus it from its change link", async () => {
    const el = await onReview();
    (root(el).querySelector('a[href="#g-piece"]') as HTMLAnchorElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.step-heading')?.textContent?.trim()).to.equal('Vous');
    expect(root(el).activeElement?.id).to.equal('g-piece');
  });

  it('should speak English', async () => {
    const el = await onReview('en');
    expect(root(el).querySelector('.step-heading')?.textContent?.trim()).to.equal('Check your answers');
    expect(rows(el)[2]).to.deep.equal(['Téléphone', 'Not answered', 'Change “Téléphone”']);
  });
});
