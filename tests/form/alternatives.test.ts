import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetChangeEvent, GuichetForm, GuichetSubmitEvent } from '../../packages/form/src/index.js';
import { accessibleName, control, focused, rootOf, text } from './support.js';

// "How should the town hall answer you?": alternatives no value tells apart (oneOf without const).
const contact = {
  type: 'object',
  title: 'Demande de rendez-vous',
  required: ['nom'],
  properties: { nom: { type: 'string', title: 'Nom' } },
  oneOf: [
    { title: 'Par courriel', properties: { courriel: { type: 'string', format: 'email', title: 'Adresse e-mail' } }, required: ['courriel'] },
    { title: 'Par téléphone', properties: { telephone: { type: 'string', format: 'fr-phone', title: 'Numéro de téléphone' } }, required: ['telephone'] },
  ],
};

const quantity = {
  type: 'object',
  required: ['quantite'],
  properties: { quantite: { title: 'Quantité', oneOf: [{ type: 'string' }, { type: 'number' }] } },
};

async function form(schema: unknown, data: unknown = {}): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(html`<guichet-form lang="fr" .schema=${schema} .data=${data}></guichet-form>`);
  await el.updateComplete;
  return el;
}

const radios = (el: GuichetForm): HTMLInputElement[] => [...rootOf(el).querySelectorAll<HTMLInputElement>('fieldset input[type="radio"]')];
const legends = (el: GuichetForm): string[] => [...rootOf(el).querySelectorAll('legend')].map((l) => text(l));

describe('alternatives a person picks (oneOf/anyOf without const)', () => {
  it('should be accessible before a choice, after it, and with errors', async () => {
    const el = await form(contact);
    await expect(el).to.be.accessible();
    el.validate();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await expect(await form(contact, { nom: 'Martin', telephone: '06 12 34 56 78' })).to.be.accessible();
    await expect(await form(quantity, { quantite: 5 })).to.be.accessible();
  });

  it('should ask which one applies, as a named radio group, before its questions', async () => {
    const el = await form(contact);
    expect(legends(el)).to.deep.equal(['Comment souhaitez-vous répondre ?']);
    expect(radios(el).map((r) => accessibleName(r))).to.deep.equal(['Par courriel', 'Par téléphone']);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(rootOf(el).querySelector('[name="/courriel"]')).to.equal(null);
  });

  it('should show the questions of the alternative picked with the keyboard, and announce them', async () => {
    const el = await form(contact, { nom: 'Martin' });
    radios(el)[0]?.focus();
    const changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
    await sendKeys({ press: 'Space' });
    const event = await changed;
    await el.updateComplete;
    expect(event.detail.pointer).to.equal('');
    expect(accessibleName(control(el, '/courriel'))).to.equal('Adresse e-mail');
    expect(text(rootOf(el).querySelector('[aria-live="polite"]'))).to.match(/question/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios(el)[1]?.checked).to.equal(true);
    expect(focused(el)).to.equal(radios(el)[1]);
    expect(rootOf(el).querySelector('[name="/courriel"]')).to.equal(null);
    expect(accessibleName(control(el, '/telephone'))).to.equal('Numéro de téléphone');
  });

  it('should keep what the person typed in an alternative they leave, and send only the one picked', async () => {
    const el = await form(contact, { nom: 'Martin' });
    radios(el)[0]?.click();
    await el.updateComplete;
    const input = control(el, '/courriel');
    input.value = 'martin@example.fr';
    input.dispatchEvent(new Event('change'));
    radios(el)[1]?.click();
    await el.updateComplete;
    expect(el.data).to.deep.equal({ nom: 'Martin' });
    radios(el)[0]?.click();
    await el.updateComplete;
    expect(control(el, '/courriel').value).to.equal('martin@example.fr');
    const submitted: Promise<GuichetSubmitEvent> = oneEvent(el, 'guichet-submit');
    void el.submit();
    const event = await submitted;
    expect(event.detail.data).to.deep.equal({ nom: 'Martin', courriel: 'martin@example.fr' });
  });

  it('should say in the error summary that a choice is missing, and go to the radios', async () => {
    const el = await form(contact, { nom: 'Martin' });
    el.validate();
    await el.updateComplete;
    const links = [...rootOf(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => text(a))).to.deep.equal(['Répondez à la question « Comment souhaitez-vous répondre ? »']);
    links[0]?.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(radios(el)[0]);
    expect(radios(el)[0]?.getAttribute('aria-invalid')).to.equal('true');
  });

  it('should point at the unanswered question of the alternative picked, not at the choice', async () => {
    const el = await form(contact, { nom: 'Martin' });
    radios(el)[1]?.click();
    await el.updateComplete;
    const errors = el.validate();
    await el.updateComplete;
    expect(errors.map((e) => [e.pointer, e.message])).to.deep.equal([['/telephone', 'Renseignez le champ « Numéro de téléphone »']]);
    expect(control(el, '/telephone').getAttribute('aria-invalid')).to.equal('true');
    expect(radios(el)[1]?.getAttribute('aria-invalid')).to.equal('false');
  });

  it('should answer a value alternative in one input that takes the question’s id', async () => {
    const el = await form(quantity, { quantite: 5 });
    expect(radios(el).map((r) => [accessibleName(r), r.checked])).to.deep.equal([
      ['Un texte', false],
      ['Un nombre', true],
    ]);
    const input = rootOf(el).querySelector<HTMLInputElement>('#g-quantite');
    expect(input?.value).to.equal('5');
    expect(accessibleName(input as HTMLInputElement)).to.equal('Quantité : Un nombre');
    radios(el)[0]?.click();
    await el.updateComplete;
    expect(el.data).to.deep.equal({});
    radios(el)[1]?.click();
    await el.updateComplete;
    expect(el.data).to.deep.equal({ quantite: 5 });
  });
});
