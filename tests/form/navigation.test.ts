import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type {
  GuichetErrorEvent,
  GuichetForm,
  GuichetInvalidEvent,
  GuichetStepChangeEvent,
  GuichetSubmitEvent,
  GuichetSubmittedEvent,
} from '../../packages/form/src/index.js';
import { button, control, controls, fixtureJson, focused, harness, rootOf, text, until } from './support.js';

let procedure: Record<string, unknown>;

async function form(data: unknown = {}, lang = 'fr', action = ''): Promise<GuichetForm> {
  procedure ??= await fixtureJson('/tests/fixtures/procedure-trois-etapes.json');
  const el = await fixture<GuichetForm>(
    html`<guichet-form lang=${lang} action=${action} .procedure=${procedure} .data=${data}></guichet-form>`,
  );
  await el.updateComplete;
  return el;
}

const complete = { nom: 'Dupont', courriel: 'claire.dupont@example.fr', allocataire: false, certifie: true };

/** A form whose answers are complete, shown on its last step. */
async function onLastStep(data: Record<string, unknown> = complete, action = ''): Promise<GuichetForm> {
  const el = await form(data, 'fr', action);
  await el.next();
  await el.next();
  expect(text(rootOf(el).querySelector('.step-heading'))).to.equal('Envoi');
  return el;
}

interface Call {
  url: string;
  init: RequestInit | undefined;
}

describe('<guichet-form> steps and sending', () => {
  const realFetch = window.fetch.bind(window);
  let calls: Call[] = [];

  function answerWith(status: number, body: unknown): void {
    calls = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      calls.push({ url: input instanceof Request ? input.url : input.toString(), init });
      return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
    };
  }

  afterEach(() => {
    window.fetch = realFetch;
  });

  it('should be accessible on each step, empty, filled and with errors', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    await el.next();
    await expect(el).to.be.accessible();
    const full = await form({ ...complete, allocataire: true, numeroAllocataire: '12' });
    await expect(full).to.be.accessible();
    await full.next();
    await expect(full).to.be.accessible();
    await full.next();
    await expect(full).to.be.accessible();
    const last = await onLastStep();
    await expect(last).to.be.accessible();
  });

  it('should say where the person is: "Étape 1 sur 3" and the step title', async () => {
    const el = await form();
    expect(text(rootOf(el).querySelector('.position'))).to.equal('Étape 1 sur 3');
    expect(text(rootOf(el).querySelector('.step-heading'))).to.equal('Vous');
    expect(text(rootOf(el).querySelector('h2'))).to.equal("Demande d'aide pour la cantine");
    expect(text(button(el, 'Continuer'))).to.equal('Continuer');
    expect(() => button(el, 'Précédent')).to.throw();
  });

  it('should refuse a step with errors: focus the summary, its alert lists them, guichet-invalid tells them', async () => {
    const el = await form();
    const invalid: Promise<GuichetInvalidEvent> = oneEvent(el, 'guichet-invalid');
    await harness(el).press('Continuer');
    const { detail } = await invalid;
    expect(detail.errors.map((e) => [e.pointer, e.message])).to.deep.equal([
      ['/nom', 'Renseignez le champ « Nom »'],
      ['/courriel', 'Renseignez le champ « Adresse e-mail »'],
    ]);
    await until(() => focused(el)?.classList.contains('error-summary') === true);
    const summary = focused(el) as HTMLElement;
    const alert = summary.querySelector('[role="alert"]');
    expect(text(alert)).to.equal('Il y a un problème Renseignez le champ « Nom » Renseignez le champ « Adresse e-mail »');
    expect(text(rootOf(el).querySelector('.position'))).to.equal('Étape 1 sur 3');
  });

  it('should focus the question when its link in the error summary is followed', async () => {
    const el = await form({ nom: 'Dupont', courriel: 'claire.dupont@example.fr' });
    await el.next();
    await el.next();
    expect(text(rootOf(el).querySelector('.step-heading'))).to.equal('Votre situation');
    const link = rootOf(el).querySelector<HTMLAnchorElement>('.error-summary a');
    expect(text(link)).to.equal('Répondez à la question « Êtes-vous allocataire de la CAF ? »');
    link?.focus();
    await sendKeys({ press: 'Enter' });
    expect(focused(el)).to.equal(controls(el, '/allocataire')[0]);
  });

  it('should not show errors while the person first types, then follow the corrections after an attempt', async () => {
    const el = await form();
    const h = harness(el);
    await h.fill('/nom', 'D');
    expect(h.errorOf('/nom')).to.equal('');
    expect(control(el, '/nom').getAttribute('aria-invalid')).to.equal('false');

    const refused = oneEvent(el, 'guichet-invalid');
    await h.press('Continuer');
    await refused;
    await el.updateComplete;
    expect(h.errorOf('/nom')).to.equal('Saisissez au moins 2 caractères');
    expect(h.errors()).to.deep.equal(['Saisissez au moins 2 caractères', 'Renseignez le champ « Adresse e-mail »']);

    await h.fill('/nom', 'Dupont');
    expect(h.errorOf('/nom')).to.equal('');
    expect(control(el, '/nom').getAttribute('aria-invalid')).to.equal('false');
    expect(h.errors()).to.deep.equal(['Renseignez le champ « Adresse e-mail »']);

    await h.fill('/courriel', 'pas-une-adresse');
    expect(h.errorOf('/courriel')).to.match(/adresse e-mail/i);
    await h.fill('/courriel', 'claire@example.fr');
    expect(h.errors()).to.deep.equal([]);
    expect(rootOf(el).querySelector('.error-summary')).to.equal(null);
  });

  it('should move on when the step is valid: guichet-step-change, focus on the step heading', async () => {
    const el = await form();
    const h = harness(el);
    await h.fill('/nom', 'Dupont');
    await h.fill('/courriel', 'claire@example.fr');
    const changed: Promise<GuichetStepChangeEvent> = oneEvent(el, 'guichet-step-change');
    await h.press('Continuer');
    expect((await changed).detail).to.deep.equal({ id: 'situation', index: 1, previousId: 'demandeur' });
    await until(() => focused(el)?.classList.contains('step-heading') === true);
    expect(text(focused(el))).to.equal('Votre situation');
    expect(text(rootOf(el).querySelector('.position'))).to.equal('Étape 2 sur 3');
  });

  it('should go back with Previous and keep the answers', async () => {
    const el = await form({ nom: 'Dupont', courriel: 'claire@example.fr' });
    await el.next();
    const changed: Promise<GuichetStepChangeEvent> = oneEvent(el, 'guichet-step-change');
    await harness(el).press('Précédent');
    expect((await changed).detail).to.deep.equal({ id: 'demandeur', index: 0, previousId: 'situation' });
    await el.updateComplete;
    expect(control(el, '/nom').value).to.equal('Dupont');
    expect(control(el, '/courriel').value).to.equal('claire@example.fr');
    expect(el.data).to.deep.equal({ nom: 'Dupont', courriel: 'claire@example.fr' });
  });

  it('should show a conditional question when the answer calls for it, and announce it politely', async () => {
    const el = await form({ nom: 'Dupont', courriel: 'claire@example.fr' });
    await el.next();
    const live = rootOf(el).querySelector('[aria-live="polite"]');
    expect(rootOf(el).querySelector('[name="/numeroAllocataire"]')).to.equal(null);
    expect(text(live)).to.equal('');

    controls(el, '/allocataire')[0]?.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(control(el, '/numeroAllocataire').labels?.[0]?.textContent?.trim()).to.equal("Numéro d'allocataire CAF");
    expect(text(live)).to.equal('1 question ajoutée');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(rootOf(el).querySelector('[name="/numeroAllocataire"]')).to.equal(null);
    expect(text(live)).to.equal('1 question retirée');
  });

  it('should use the procedure\'s own error message for a conditional question', async () => {
    const el = await form({ nom: 'Dupont', courriel: 'claire@example.fr', allocataire: true });
    await el.next();
    await harness(el).fill('/numeroAllocataire', '12');
    await el.next();
    expect(harness(el).errorOf('/numeroAllocataire')).to.equal("Le numéro d'allocataire compte 7 chiffres");
  });

  it('should fire a cancelable guichet-submit with the answers to send, hidden answers removed; cancelling sends nothing', async () => {
    answerWith(201, { reference: 'AB12CD34' });
    const el = await onLastStep({ ...complete, numeroAllocataire: '1234567', commentaire: 'Merci' }, '/api/recevoir');
    // The last step leads to the review page ("Vérifiez vos réponses"), which sends.
    await harness(el).press('Continuer');
    await el.updateComplete;
    expect(text(focused(el))).to.equal('Vérifiez vos réponses');
    expect(text(button(el, 'Envoyer'))).to.equal('Envoyer');
    el.addEventListener('guichet-submit', (event) => { event.preventDefault(); }, { once: true });
    const submitted: Promise<GuichetSubmitEvent> = oneEvent(el, 'guichet-submit');
    await harness(el).press('Envoyer');
    const event = await submitted;
    expect(event.cancelable).to.equal(true);
    // Core's submission envelope: this procedure asks for no consent, and states no retention.
    expect(event.detail).to.deep.equal({
      procedure: { id: 'demande-aide-cantine', version: '1.0.0' },
      consents: [],
      data: { nom: 'Dupont', courriel: 'claire.dupont@example.fr', allocataire: false, certifie: true, commentaire: 'Merci' },
    });
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(rootOf(el).querySelector('.confirmation')).to.equal(null);
  });

  it('should send the answers as JSON to `action`, show the receipt reference and fire guichet-submitted', async () => {
    answerWith(201, { reference: 'AB12CD34' });
    const el = await onLastStep(complete, '/api/recevoir');
    const submitted: Promise<GuichetSubmittedEvent> = oneEvent(el, 'guichet-submitted');
    await harness(el).press('Continuer');
    await el.updateComplete;
    await harness(el).press('Envoyer');
    expect((await submitted).detail).to.deep.equal({ status: 201, reference: 'AB12CD34' });
    expect(calls).to.have.length(1);
    const [call] = calls as [Call];
    expect(call.url).to.equal('/api/recevoir');
    expect(call.init?.method).to.equal('POST');
    expect(new Headers(call.init?.headers).get('Content-Type')).to.equal('application/json');
    expect(typeof call.init?.body).to.equal('string');
    expect(JSON.parse(call.init?.body as string)).to.deep.equal({ procedure: { id: 'demande-aide-cantine', version: '1.0.0' }, consents: [], data: complete });
    await until(() => focused(el)?.classList.contains('confirmation') === true);
    const confirmation = focused(el) as HTMLElement;
    expect(text(confirmation)).to.equal(
      'Votre demande a été envoyée Votre numéro de dossier : AB12CD34 Nous vous répondrons sous quinze jours.',
    );
    await expect(el).to.be.accessible();
  });

  it('should send to the procedure\'s endpoint when there is no `action`', async () => {
    answerWith(200, {});
    const el = await onLastStep();
    await el.submit();
    expect(calls.map((c) => c.url)).to.deep.equal(['/api/demandes-aide-cantine']);
  });

  it('should keep the answers and say so when sending fails, and fire guichet-error kind submit', async () => {
    // 4xx: no automatic retry (those are in sending.test.ts).
    answerWith(400, { error: 'boom' });
    const el = await onLastStep(complete, '/api/recevoir');
    const failed: Promise<GuichetErrorEvent> = oneEvent(el, 'guichet-error');
    await harness(el).press('Continuer');
    await el.updateComplete;
    await harness(el).press('Envoyer');
    const { detail } = await failed;
    expect(detail.kind).to.equal('submit');
    await el.updateComplete;
    const alert = rootOf(el).querySelector('.send-failed');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal(
      "Le service qui reçoit la démarche a refusé l'envoi (erreur 400). Vos réponses sont conservées ; si le problème continue, contactez l'organisme.",
    );
    expect(el.data).to.deep.equal(complete);
    await harness(el).press('Précédent');
    await el.updateComplete;
    expect(control(el, '/certifie').checked).to.equal(true);
    expect(rootOf(el).querySelector('.confirmation')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('should refuse to send incomplete answers and show the step that needs them', async () => {
    answerWith(201, {});
    const el = await onLastStep();
    await el.previous();
    await el.previous();
    el.data = { ...complete, nom: '' };
    await el.updateComplete;
    const invalid: Promise<GuichetInvalidEvent> = oneEvent(el, 'guichet-invalid');
    await el.submit();
    expect((await invalid).detail.errors.map((e) => e.pointer)).to.deep.equal(['/nom']);
    expect(calls).to.deep.equal([]);
  });

  it('should speak English with lang="en"', async () => {
    const el = await form({}, 'en');
    expect(text(rootOf(el).querySelector('.position'))).to.equal('Step 1 of 3');
    expect(text(rootOf(el).querySelector('.step-heading'))).to.equal('You');
    expect(control(el, '/nom').labels?.[0]?.textContent?.trim()).to.equal('Last name');
    const refused = oneEvent(el, 'guichet-invalid');
    await harness(el).press('Continue');
    await refused;
    await el.updateComplete;
    expect(text(rootOf(el).querySelector('.error-summary-title'))).to.equal('There is a problem');
    expect(harness(el).errorOf('/nom')).to.not.equal('');
    expect(text(rootOf(el).querySelector('.error-message .visually-hidden'))).to.equal('Error:');
    await expect(el).to.be.accessible();
  });

  it('should fire no event when the page sets properties', async () => {
    const el = await form();
    const fired: string[] = [];
    const names = ['guichet-change', 'guichet-step-change', 'guichet-invalid', 'guichet-submit', 'guichet-submitted', 'guichet-error'];
    const listener = (event: Event): void => {
      fired.push(event.type);
      expect.fail(`${event.type} fired on a property set`);
    };
    for (const name of names) el.addEventListener(name, listener);
    el.data = { nom: 'Martin' };
    await el.updateComplete;
    expect(control(el, '/nom').value).to.equal('Martin');
    el.schema = { type: 'object', properties: { ville: { type: 'string', title: 'Ville' } } };
    await el.updateComplete;
    el.procedure = { ...procedure, id: 'autre-demande' };
    await el.updateComplete;
    el.lang = 'en';
    await el.updateComplete;
    el.data = { nom: 'Durand' };
    await el.updateComplete;
    expect(control(el, '/nom').value).to.equal('Durand');
    for (const name of names) el.removeEventListener(name, listener);
    expect(fired).to.deep.equal([]);
  });
});
