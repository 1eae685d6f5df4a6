// The privacy notice and the consents on the review page (RGPD Art. 13 and Art. 7): the short
// text before the send button, the full mentions behind a disclosure, one unticked box per
// consent, never bundled; every text is shown as text.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadProcedure, privacyNotice } from '../../packages/core/src/index.js';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';
import { rootOf, text } from './support.js';

function procedure(purposeDescription = "Vous envoyer la lettre d'information de la médiathèque.") {
  return {
    id: 'carte-mediatheque',
    version: '1',
    title: 'Carte de la médiathèque',
    organisation: { name: 'Commune de Saint-Exemple' },
    schema: { type: 'object', properties: { nom: { type: 'string', title: 'Nom' } }, required: ['nom'] },
    privacy: {
      controller: { name: 'Commune de Saint-Exemple', email: 'mairie@saint-exemple.fr' },
      dpo: { name: 'Délégué à la protection des données', email: 'dpo@saint-exemple.fr' },
      purposes: [
        { id: 'carte', description: { fr: 'Établir votre carte de lecteur.', en: 'Issue your library card.' }, legalBasis: 'public-task' },
        { id: 'lettre', description: { fr: purposeDescription, en: 'Send you the newsletter.' }, legalBasis: 'consent', optional: true },
      ],
      recipients: [{ fr: 'Le service culture', en: 'The culture department' }],
      retention: { duration: 'P1Y', description: { fr: 'Un an après la fin de la carte.', en: 'One year after the card ends.' } },
      rights: { email: 'dpo@saint-exemple.fr' },
    },
  };
}

async function onReview(document: Record<string, unknown> = procedure(), lang = 'fr'): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(html`<guichet-form lang=${lang} .data=${{ nom: 'Dupont' }} .procedure=${document}></guichet-form>`);
  expect(await el.review()).to.equal(true);
  await el.updateComplete;
  return el;
}

/** Sends nowhere: records the bodies posted, answers 201 with a reference. */
function receiver(): { bodies: Array<Record<string, unknown>>; restore(): void } {
  const bodies: Array<Record<string, unknown>> = [];
  const real = window.fetch.bind(window);
  window.fetch = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    bodies.push(JSON.parse(init?.body as string) as Record<string, unknown>);
    return Promise.resolve(new Response(JSON.stringify({ reference: 'AB12CD34' }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
  };
  return {
    bodies,
    restore: () => {
      window.fetch = real;
    },
  };
}

describe('privacy notice and consents on the review page', () => {
  it('should be accessible, closed and open', async () => {
    const el = await onReview();
    await expect(el).to.be.accessible();
    (rootOf(el).querySelector('details') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('should show the short text before the send button, and the full mentions when opened with the keyboard', async () => {
    const el = await onReview();
    const notice = privacyNotice(loadProcedure(procedure()), 'fr');
    expect(text(rootOf(el).querySelector('.privacy-summary'))).to.equal(notice.summary);
    const details = rootOf(el).querySelector('details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary') as HTMLElement;
    expect(text(summary)).to.equal('Vos données personnelles');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const headings = [...details.querySelectorAll('.privacy-heading')];
    expect(headings.map((h) => text(h))).to.deep.equal(notice.sections.map((s) => s.heading));
    // Under the review page's step headings (h3 under the title's h2): one level below its sections.
    expect(headings[0]?.tagName).to.equal('H5');
    expect(text(details)).to.contain('dpo@saint-exemple.fr');
    // Before the send button, in the page's order.
    const send = rootOf(el).querySelector('.nav button[type="submit"]') as HTMLElement;
    expect(rootOf(el).querySelector('.privacy')?.compareDocumentPosition(send)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('should offer each consent as an unticked box of its own, which Space ticks', async () => {
    const el = await onReview();
    const box = rootOf(el).querySelector<HTMLInputElement>('input[type="checkbox"][name="consent-lettre"]') as HTMLInputElement;
    expect(box.checked).to.equal(false);
    expect(box.required).to.equal(false);
    expect(text(box.labels?.[0])).to.equal("Vous envoyer la lettre d'information de la médiathèque.");
    const fieldset = box.closest('fieldset') as HTMLFieldSetElement;
    expect(text(fieldset.querySelector('legend'))).to.equal('Utilisations facultatives de vos données');
    expect(text(rootOf(el).getElementById(fieldset.getAttribute('aria-describedby') ?? ''))).to.contain('Cochez seulement ce que vous acceptez');
    box.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    // A consent is not an answer: the data does not change.
    expect(el.data).to.deep.equal({ nom: 'Dupont' });
  });

  it('should speak English on an English page', async () => {
    const el = await onReview(procedure(), 'en');
    expect(text(rootOf(el).querySelector('summary'))).to.equal('Your personal data');
    expect(text(rootOf(el).querySelector('legend'))).to.equal('Optional uses of your data');
    expect(text(rootOf(el).querySelector('label[for="consent-lettre"]'))).to.equal('Send you the newsletter.');
  });

  it('should show a hostile purpose as text', async () => {
    const el = await onReview(procedure('<img src=x onerror="window.hacked=true"> Lettre'));
    expect(rootOf(el).querySelector('img')).to.equal(null);
    expect(text(rootOf(el).querySelector('label[for="consent-lettre"]'))).to.equal('<img src=x onerror="window.hacked=true"> Lettre');
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('should send a proof of each consent choice, ticked or not, with the notice hash and the retention', async () => {
    const sent = receiver();
    try {
      const el = await onReview({ ...procedure(), submission: { endpoint: '/api/carte' } });
      expect(await el.submit()).to.equal(true);
      const body = sent.bodies[0] as { consents: Array<Record<string, unknown>>; retention: unknown; procedure: unknown };
      expect(body.procedure).to.deep.equal({ id: 'carte-mediatheque', version: '1' });
      expect(body.retention).to.deep.equal({ duration: 'P1Y' });
      expect(body.consents.map((c) => [c.purpose, c.granted, c.noticeVersion])).to.deep.equal([['lettre', false, '1']]);
      expect(String(body.consents[0]?.noticeHash)).to.match(/^[0-9a-f]{64}$/);
    } finally {
      sent.restore();
    }
  });

  it('should not send without the consent the request depends on, and say so on the box', async () => {
    const sent = receiver();
    try {
      const document = {
        ...procedure(),
        submission: { endpoint: '/api/carte' },
        privacy: { ...procedure().privacy, purposes: [{ id: 'carte', description: 'Établir votre carte de lecteur.', legalBasis: 'consent' }] },
      };
      const el = await onReview(document);
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      expect(sent.bodies).to.deep.equal([]);
      const box = rootOf(el).querySelector<HTMLInputElement>('#consent-carte') as HTMLInputElement;
      expect(rootOf(el).activeElement).to.equal(box);
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      const described = (box.getAttribute('aria-describedby') ?? '').split(' ').map((id) => text(rootOf(el).getElementById(id)));
      expect(described.join(' ')).to.contain('La demande ne peut pas être traitée sans le consentement à la finalité « Établir votre carte de lecteur. »');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box.getAttribute('aria-invalid')).to.equal('false');
      expect(await el.submit()).to.equal(true);
      expect((sent.bodies[0] as { consents: Array<{ purpose: string; granted: boolean }> }).consents.map((c) => [c.purpose, c.granted])).to.deep.equal([['carte', true]]);
    } finally {
      sent.restore();
    }
  });
});
