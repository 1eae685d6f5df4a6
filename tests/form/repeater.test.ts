import './isolation.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';

const schema = {
  type: 'object',
  properties: {
    enfants: {
      type: 'array',
      title: 'Vos enfants',
      minItems: 1,
      maxItems: 3,
      items: {
        type: 'object',
        title: 'Enfant',
        properties: { prenom: { type: 'string', title: 'Prénom' }, age: { type: 'integer', title: 'Âge', minimum: 0 } },
        required: ['prenom'],
      },
    },
  },
  required: ['enfants'],
};

async function form(data?: unknown, lang = 'fr'): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(html`<guichet-form lang=${lang} .data=${data} .schema=${schema}></guichet-form>`);
  await el.updateComplete;
  return el;
}

const root = (el: GuichetForm): ShadowRoot => el.shadowRoot as ShadowRoot;
const button = (el: GuichetForm, text: string): HTMLButtonElement =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
const live = (el: GuichetForm): string => root(el).querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
const legends = (el: GuichetForm): string[] => [...root(el).querySelectorAll('.repeater-item legend')].map((l) => l.textContent?.trim() ?? '');

describe('repeatable group', () => {
  it('should be accessible empty, with items, in error and while confirming a removal', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    await el.next();
    await expect(el).to.be.accessible();
    const filled = await form({ enfants: [{ prenom: 'Léa' }, {}] });
    await filled.next();
    await expect(filled).to.be.accessible();
    button(filled, 'Supprimer « Enfant 1 »').click();
    await filled.updateComplete;
    await expect(filled).to.be.accessible();
  });

  it('should add an item from the keyboard, focus it, number it and announce it', async () => {
    const el = await form();
    button(el, 'Ajouter : Enfant').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.data).to.deep.equal({ enfants: [{}] });
    expect(legends(el)).to.deep.equal(['Enfant 1']);
    expect(root(el).activeElement?.id).to.equal('g-enfants-0');
    expect(live(el)).to.equal('Enfant 1 ajouté');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Léa' });
    await sendKeys({ press: 'Tab' });
    expect(el.data).to.deep.equal({ enfants: [{ prenom: 'Léa' }] });
  });

  it('should ask before removing, then remove, move the focus and announce it', async () => {
    const el = await form({ enfants: [{ prenom: 'Léa' }, { prenom: 'Tom' }] });
    button(el, 'Supprimer « Enfant 1 »').click();
    await el.updateComplete;
    const question = root(el).querySelector('.confirm') as HTMLElement;
    expect(question.getAttribute('role')).to.equal('group');
    expect(question.textContent).to.contain('Supprimer « Enfant 1 » et ses réponses ?');
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Oui, supprimer');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.data).to.deep.equal({ enfants: [{ prenom: 'Tom' }] });
    expect(legends(el)).to.deep.equal(['Enfant 1']);
    expect(root(el).activeElement?.id).to.equal('g-enfants-0');
    expect(live(el)).to.equal('Enfant 1 supprimé');
  });

  it('should keep the item and give the focus back when the removal is cancelled', async () => {
    const el = await form({ enfants: [{ prenom: 'Léa' }, { prenom: 'Tom' }] });
    button(el, 'Supprimer « Enfant 2 »').click();
    await el.updateComplete;
    button(el, 'Annuler').click();
    await el.updateComplete;
    expect(el.data).to.deep.equal({ enfants: [{ prenom: 'Léa' }, { prenom: 'Tom' }] });
    expect(root(el).activeElement?.id).to.equal('g-enfants-1-remove');
  });

  it('should offer neither removal below minItems nor addition above maxItems', async () => {
    const one = await form({ enfants: [{ prenom: 'Léa' }] });
    expect(button(one, 'Supprimer « Enfant 1 »')).to.equal(undefined);
    const three = await form({ enfants: [{ prenom: 'A' }, { prenom: 'B' }, { prenom: 'C' }] });
    expect(button(three, 'Ajouter : Enfant')).to.equal(undefined);
  });

  it("should put each item's errors on its own questions, in English too", async () => {
    const el = await form({ enfants: [{ prenom: 'Léa' }, { age: -1 }] }, 'en');
    const errors = el.validate().map((e) => [e.pointer, e.message]);
    expect(errors).to.deep.equal([
      ['/enfants/1/prenom', 'Enter “Prénom”'],
      ['/enfants/1/age', 'Enter a number greater than or equal to 0'],
    ]);
    expect(button(el, 'Add: Enfant')).to.not.equal(undefined);
  });
});
