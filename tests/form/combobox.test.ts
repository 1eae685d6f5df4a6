import './isolation.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';

const communes = [
  'Ajaccio', 'Albi', 'Amiens', 'Angers', 'Annecy', 'Arras', 'Auch', 'Aurillac', 'Auxerre', 'Avignon', 'Bastia', 'Beauvais',
  'Belfort', 'Besançon', 'Blois', 'Bobigny', 'Bordeaux', 'Bourges', 'Caen', 'Cahors', 'Évreux', 'Évry', 'Foix',
];
const schema = {
  type: 'object',
  properties: { commune: { type: 'string', title: 'Commune de naissance', enum: communes } },
  required: ['commune'],
};

async function form(lang = 'fr'): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(html`<guichet-form lang=${lang} .schema=${schema}></guichet-form>`);
  await el.updateComplete;
  return el;
}

const root = (el: GuichetForm): ShadowRoot => el.shadowRoot as ShadowRoot;
const input = (el: GuichetForm): HTMLInputElement => root(el).querySelector('#g-commune') as HTMLInputElement;
const shown = (el: GuichetForm): string[] => [...root(el).querySelectorAll('[role="option"]')].map((o) => o.textContent?.trim() ?? '');
const settle = async (el: GuichetForm): Promise<void> => {
  await el.updateComplete;
  await root(el).querySelector('guichet-combobox')?.updateComplete;
};

describe('combobox (more than 20 options)', () => {
  it('should be accessible closed, open and in error', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    input(el).focus();
    await sendKeys({ type: 'a' });
    await settle(el);
    await expect(el).to.be.accessible();
    await el.next();
    await expect(el).to.be.accessible();
  });

  it('should be a combobox named by the question, controlling a listbox', async () => {
    const el = await form();
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(root(el).querySelector('label[for="g-commune"]')?.textContent?.trim()).to.equal('Commune de naissance');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).getElementById(box.getAttribute('aria-controls') ?? '')?.getAttribute('role')).to.equal('listbox');
  });

  it('should filter as the person types, without accents, and say how many results', async () => {
    const el = await form();
    input(el).focus();
    await sendKeys({ type: 'evr' });
    await settle(el);
    expect(shown(el)).to.deep.equal(['Évreux', 'Évry']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelector('guichet-combobox [aria-live="polite"]')?.textContent?.trim()).to.equal('2 résultats');
  });

  it('should choose with the arrow keys and Enter, and put the choice in the data', async () => {
    const el = await form();
    input(el).focus();
    await sendKeys({ type: 'b' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const active = input(el).getAttribute('aria-activedescendant') ?? '';
    expect(root(el).getElementById(active)?.textContent?.trim()).to.equal('Beauvais');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.data).to.deep.equal({ commune: 'Beauvais' });
    expect(input(el).value).to.equal('Beauvais');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('should close with Escape, and say there is no result in English', async () => {
    const el = await form('en');
    input(el).focus();
    await sendKeys({ type: 'zz' });
    await settle(el);
    expect(root(el).querySelector('guichet-combobox [aria-live="polite"]')?.textContent?.trim()).to.equal('No results');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.validate().map((e) => e.message)).to.deep.equal(['Answer “Commune de naissance”']);
  });
});
