import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';
import { accessibleName, control, description, focused, typeInto } from './support.js';

const schema = {
  type: 'object',
  title: "Demande d'aide à la création d'entreprise",
  properties: {
    nom: { type: 'string', title: 'Nom de l’entreprise' },
    codePostal: { type: 'string', format: 'fr-postal-code', title: 'Code postal' },
    siret: { type: 'string', format: 'siret', title: 'SIRET' },
    iban: { type: 'string', format: 'iban', title: 'IBAN' },
    nir: { type: 'string', format: 'nir', title: 'Numéro de sécurité sociale du dirigeant' },
  },
  required: ['codePostal', 'siret', 'iban'],
};

const valid = { nom: 'Boulangerie Martin', codePostal: '45000', siret: '35600000000048', iban: 'FR7630006000011234567890189', nir: '269054958815780' };

async function form(data: unknown = {}): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(html`<guichet-form lang="fr" .schema=${schema} .data=${data}></guichet-form>`);
  await el.updateComplete;
  return el;
}

describe('identifier questions (postal code, SIRET, IBAN, NIR)', () => {
  it('should be accessible empty, filled and with errors', async () => {
    await expect(await form()).to.be.accessible();
    await expect(await form(valid)).to.be.accessible();
    const invalid = await form({ siret: '35600000000049', iban: 'FR00' });
    invalid.validate();
    await invalid.updateComplete;
    await expect(invalid).to.be.accessible();
  });

  it('should name each input by its label and describe it with a hint saying where to find it', async () => {
    const el = await form();
    expect(accessibleName(control(el, '/siret'))).to.equal('SIRET');
    expect(description(control(el, '/siret'))).to.equal('14 chiffres : le numéro SIREN suivi de 5 chiffres. Exemple : 356 000 000 00048');
    expect(description(control(el, '/iban'))).to.contain('relevé d\'identité bancaire');
    expect(accessibleName(control(el, '/nir'))).to.equal('Numéro de sécurité sociale du dirigeant (facultatif)');
    expect(control(el, '/codePostal').getAttribute('autocomplete')).to.equal('postal-code');
    expect(control(el, '/siret').getAttribute('inputmode')).to.equal('numeric');
  });

  it('should send the identifier without the spaces the person typed, and show it grouped', async () => {
    const el = await form();
    const event = await typeInto(el, '/siret', '356 000 000 00048');
    expect(event.detail).to.include({ pointer: '/siret', value: '35600000000048' });
    expect(control(el, '/siret').value).to.equal('356 000 000 00048');
    await typeInto(el, '/iban', 'fr7630006000011234567890189');
    expect(el.data.iban).to.equal('FR7630006000011234567890189');
    expect(control(el, '/iban').value).to.equal('FR76 3000 6000 0112 3456 7890 189');
  });

  it('should let a person paste an IBAN longer than any maxlength with its spaces', async () => {
    const el = await form();
    expect(control(el, '/iban').hasAttribute('maxlength')).to.equal(false);
  });

  it('should draw a postal code input narrower than a name input', async () => {
    const el = await form();
    const postal = control(el, '/codePostal').getBoundingClientRect().width;
    const name = control(el, '/nom').getBoundingClientRect().width;
    expect(postal).to.be.greaterThan(40);
    expect(postal).to.be.lessThan(name / 2);
  });

  it('should say which identifier is wrong after Continue, and go from the summary to it', async () => {
    const el = await form({ ...valid, siret: '35600000000049' });
    el.validate();
    await el.updateComplete;
    const input = control(el, '/siret');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(description(input)).to.match(/^14 chiffres.*Erreur :/);
    const link = el.shadowRoot?.querySelector<HTMLAnchorElement>('.error-summary a[href="#g-siret"]');
    link?.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(input);
  });

  it('should be reached with Tab, in the order of the questions', async () => {
    const el = await form();
    control(el, '/codePostal').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(control(el, '/siret'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(control(el, '/iban'));
  });
});
