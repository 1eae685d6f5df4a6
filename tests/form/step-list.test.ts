import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm, GuichetStepChangeEvent } from '../../packages/form/src/index.js';
import { fixtureJson, focused, rootOf, text } from './support.js';

let procedure: Record<string, unknown>;

const complete = { nom: 'Dupont', courriel: 'claire.dupont@example.fr', allocataire: false, certifie: true };

async function form(data: unknown = {}, attributes: { lang?: string; headingLevel?: number; noTitle?: boolean } = {}): Promise<GuichetForm> {
  procedure ??= await fixtureJson('/tests/fixtures/procedure-trois-etapes.json');
  const el = await fixture<GuichetForm>(
    html`<guichet-form
      lang=${attributes.lang ?? 'fr'}
      heading-level=${attributes.headingLevel ?? 2}
      ?no-title=${attributes.noTitle ?? false}
      .procedure=${procedure}
      .data=${data}
    ></guichet-form>`,
  );
  await el.updateComplete;
  return el;
}

const nav = (el: GuichetForm): HTMLElement => rootOf(el).querySelector('nav') as HTMLElement;

/** Each step as a person hears it: its text, and whether it is a link or the current step. */
function steps(el: GuichetForm): string[] {
  return [...nav(el).querySelectorAll('li')].map((li) => {
    const kind = li.querySelector('a') ? 'link' : li.getAttribute('aria-current') === 'step' ? 'current' : 'text';
    return `${text(li)} [${kind}]`;
  });
}

/** The headings of the form, as `h2 Title`. */
function headings(el: GuichetForm): string[] {
  return [...rootOf(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName.toLowerCase()} ${text(h)}`);
}

describe('the list of steps', () => {
  it('should be accessible on the first step, a later step and the review page', async () => {
    const el = await form(complete);
    await expect(el).to.be.accessible();
    await el.next();
    await expect(el).to.be.accessible();
    await el.next();
    await el.review();
    await expect(el).to.be.accessible();
  });

  it('should be a named navigation list saying where the person stands, in words', async () => {
    const el = await form(complete);
    expect(nav(el).getAttribute('aria-label')).to.equal('Étapes de la démarche');
    expect(steps(el)).to.deep.equal([
      '1 Vous (en cours) [current]',
      '2 Votre situation (à venir) [text]',
      '3 Envoi (à venir) [text]',
    ]);
    await el.next();
    expect(steps(el)).to.deep.equal([
      '1 Vous (terminée) [link]',
      '2 Votre situation (en cours) [current]',
      '3 Envoi (à venir) [text]',
    ]);
  });

  it('should speak English with the form', async () => {
    const el = await form(complete, { lang: 'en' });
    expect(nav(el).getAttribute('aria-label')).to.equal('Steps of the procedure');
    expect(steps(el)[0]).to.equal('1 You (current) [current]');
  });

  it('should take the person back to a step behind with the keyboard, focusing its title', async () => {
    const el = await form(complete);
    await el.next();
    await el.next();
    const link = nav(el).querySelector('a') as HTMLAnchorElement;
    link.focus();
    const changed: Promise<GuichetStepChangeEvent> = oneEvent(el, 'guichet-step-change');
    await sendKeys({ press: 'Enter' });
    const event = await changed;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ id: 'demandeur', index: 0, previousId: 'envoi' });
    expect(text(rootOf(el).querySelector('.step-heading'))).to.equal('Vous');
    expect(focused(el)).to.equal(rootOf(el).querySelector('.step-heading'));
    expect(el.data).to.deep.include({ nom: 'Dupont', certifie: true });
  });

  it('should offer every step from the review page', async () => {
    const el = await form(complete);
    await el.next();
    await el.next();
    await el.review();
    expect(steps(el).every((s) => s.endsWith('(terminée) [link]'))).to.equal(true);
    (nav(el).querySelectorAll('a')[1] as HTMLAnchorElement).click();
    await el.updateComplete;
    expect(text(rootOf(el).querySelector('.step-heading'))).to.equal('Votre situation');
  });

  it('should not be shown for a form of one step (hidden steps are left out by core)', async () => {
    const single = await fixture<GuichetForm>(html`<guichet-form
      .schema=${{ type: 'object', properties: { nom: { type: 'string', title: 'Nom' } } }}
    ></guichet-form>`);
    await single.updateComplete;
    expect(rootOf(single).querySelector('nav')).to.equal(null);
    expect(rootOf(single).querySelector('.step-heading')).to.not.equal(null);
  });
});

describe('heading levels', () => {
  it('should put the title at h2 and the step at h3 by default', async () => {
    const el = await form();
    expect(headings(el).slice(0, 2)).to.deep.equal(["h2 Demande d'aide pour la cantine", 'h3 Vous']);
  });

  it('should continue the page’s outline from heading-level, down to the error summary', async () => {
    const el = await form({}, { headingLevel: 3 });
    el.validate();
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(["h3 Demande d'aide pour la cantine", 'h4 Vous', 'h5 Il y a un problème']);
  });

  it('should start the steps at heading-level when the page names the procedure itself', async () => {
    const el = await form({}, { headingLevel: 2, noTitle: true });
    expect(headings(el)[0]).to.equal('h2 Vous');
  });

  it('should keep a level beyond 6 at h6', async () => {
    const el = await form({}, { headingLevel: 9 });
    expect(headings(el).slice(0, 2).map((h) => h.slice(0, 2))).to.deep.equal(['h6', 'h6']);
  });
});
