import './isolation.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';

const procedure = {
  id: 'naissance',
  version: '1',
  title: 'Date de naissance',
  organisation: { name: 'Commune de Saint-Exemple' },
  schema: {
    type: 'object',
    properties: { naissance: { type: 'string', format: 'date', title: 'Date de naissance' } },
    required: ['naissance'],
  },
  fields: { '/naissance': { widget: 'memorable-date', autocomplete: 'bday', hint: 'Par exemple : 27 3 2016' } },
};

async function form(lang = 'fr'): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(html`<guichet-form lang=${lang} .procedure=${procedure}></guichet-form>`);
  await el.updateComplete;
  return el;
}

const root = (el: GuichetForm): ShadowRoot => el.shadowRoot as ShadowRoot;

describe('memorable date (jour / mois / année)', () => {
  it('should be accessible empty and in error', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    await el.next();
    await expect(el).to.be.accessible();
  });

  it('should group three labelled numeric inputs under the question, with the hint announced', async () => {
    const el = await form();
    const group = root(el).querySelector('fieldset[role="group"]') as HTMLFieldSetElement;
    expect(group.querySelector('legend')?.textContent?.trim()).to.equal('Date de naissance');
    expect(group.getAttribute('aria-describedby')).to.equal('g-naissance-hint');
    const inputs = [...group.querySelectorAll('input')];
    expect(inputs.map((i) => root(el).querySelector(`label[for="${i.id}"]`)?.textContent?.trim())).to.deep.equal(['Jour', 'Mois', 'Année']);
    expect(inputs.map((i) => i.getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect(inputs.every((i) => i.inputMode === 'numeric')).to.equal(true);
  });

  it('should build the ISO date from what is typed with the keyboard', async () => {
    const el = await form();
    (root(el).querySelector('#g-naissance') as HTMLInputElement).focus();
    await sendKeys({ type: '7' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2016' });
    await sendKeys({ press: 'Tab' });
    expect(el.data).to.deep.equal({ naissance: '2016-03-07' });
    expect(el.validate()).to.deep.equal([]);
  });

  it('should say the date is not valid while it is incomplete, in English too', async () => {
    const el = await form('en');
    (root(el).querySelector('#g-naissance') as HTMLInputElement).focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    const [error] = el.validate();
    expect(error?.pointer).to.equal('/naissance');
    expect(error?.message).to.equal('Enter a real date, like 14/07/2024');
  });
});
