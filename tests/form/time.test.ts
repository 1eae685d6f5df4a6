import './isolation.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';

const schema = {
  type: 'object',
  properties: {
    heure: { type: 'string', format: 'time', title: 'Heure du rendez-vous' },
    quand: { type: 'string', format: 'date-time', title: "Date et heure de l'incident" },
  },
  required: ['heure', 'quand'],
};

const root = (el: GuichetForm): ShadowRoot => el.shadowRoot as ShadowRoot;

describe('time and date-time questions', () => {
  it('should be accessible', async () => {
    const el = await fixture<GuichetForm>(html`<guichet-form .schema=${schema}></guichet-form>`);
    await expect(el).to.be.accessible();
  });

  it('should send what the person typed as RFC 3339 values that JSON Schema accepts, and show them back', async () => {
    const el = await fixture<GuichetForm>(html`<guichet-form .schema=${schema}></guichet-form>`);
    (root(el).querySelector('#g-heure') as HTMLInputElement).focus();
    await sendKeys({ type: '1430' });
    await sendKeys({ press: 'Tab' });
    (root(el).querySelector('#g-quand') as HTMLInputElement).focus();
    const input = root(el).querySelector('#g-quand') as HTMLInputElement;
    input.value = '2024-07-14T14:30';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const data = el.data as { heure: string; quand: string };
    expect(data.heure).to.match(/^14:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(data.quand).getTime()).to.equal(new Date('2024-07-14T14:30').getTime());
    expect(el.validate()).to.deep.equal([]);
    expect((root(el).querySelector('#g-heure') as HTMLInputElement).value).to.equal('14:30');
    expect(input.value).to.equal('2024-07-14T14:30');
  });
});
