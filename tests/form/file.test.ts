import './isolation.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';

const procedure = {
  id: 'justificatifs',
  version: '1',
  title: 'Justificatifs',
  organisation: { name: 'Commune de Saint-Exemple' },
  schema: {
    type: 'object',
    properties: {
      justificatif: { type: 'string', format: 'data-url', title: 'Justificatif de domicile' },
      photos: { type: 'array', title: 'Photos du problème', items: { type: 'string', format: 'data-url' } },
    },
    required: ['justificatif'],
  },
  fields: {
    '/justificatif': { hint: 'Facture de moins de 3 mois, en PDF', file: { accept: ['application/pdf'], maxSize: 1000 } },
    '/photos': { file: { accept: ['image/*'] } },
  },
};

const root = (el: GuichetForm): ShadowRoot => el.shadowRoot as ShadowRoot;

/** Chooses files in a file input as a browser does after the person picks them. */
async function choose(el: GuichetForm, id: string, files: File[]): Promise<void> {
  const input = root(el).getElementById(id) as HTMLInputElement;
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

describe('file (pièce justificative)', () => {
  it('should be accessible empty, with files and in error', async () => {
    const el = await fixture<GuichetForm>(html`<guichet-form .procedure=${procedure}></guichet-form>`);
    await expect(el).to.be.accessible();
    await el.next();
    await expect(el).to.be.accessible();
    await choose(el, 'g-photos', [new File(['x'], 'trou.png', { type: 'image/png' })]);
    await expect(el).to.be.accessible();
  });

  it('should label the input, describe it with its hint, and accept the types of the procedure', async () => {
    const el = await fixture<GuichetForm>(html`<guichet-form .procedure=${procedure}></guichet-form>`);
    const input = root(el).getElementById('g-justificatif') as HTMLInputElement;
    expect(input.type).to.equal('file');
    expect(input.accept).to.equal('application/pdf');
    expect(root(el).querySelector('label[for="g-justificatif"]')?.textContent?.trim()).to.equal('Justificatif de domicile');
    expect(input.getAttribute('aria-describedby')).to.equal('g-justificatif-hint');
    expect((root(el).getElementById('g-photos') as HTMLInputElement).multiple).to.equal(true);
  });

  it('should keep the chosen file with its name, list it, and remove it on request', async () => {
    const el = await fixture<GuichetForm>(html`<guichet-form .procedure=${procedure}></guichet-form>`);
    await choose(el, 'g-justificatif', [new File(['%PDF-1.4'], 'facture.pdf', { type: 'application/pdf' })]);
    expect(el.data.justificatif).to.match(/^data:application\/pdf;name=facture\.pdf;base64,/);
    expect(el.validate()).to.deep.equal([]);
    const remove = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith('Retirer « facture.pdf »')) as HTMLButtonElement;
    remove.click();
    await el.updateComplete;
    expect(el.data).to.deep.equal({});
  });

  it('should say when a file is too large or of another type', async () => {
    const el = await fixture<GuichetForm>(html`<guichet-form .procedure=${procedure}></guichet-form>`);
    await choose(el, 'g-justificatif', [new File([new Uint8Array(2000)], 'scan.pdf', { type: 'application/pdf' })]);
    expect(el.validate().map((e) => e.message)).to.deep.equal(['Le fichier « scan.pdf » est trop lourd : il doit peser au plus 1\u202f000 octets']);
    await choose(el, 'g-photos', [new File(['x'], 'plan.pdf', { type: 'application/pdf' })]);
    expect(el.validate().map((e) => e.pointer)).to.deep.equal(['/justificatif', '/photos']);
  });
});
