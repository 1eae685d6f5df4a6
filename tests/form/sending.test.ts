import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetErrorEvent, GuichetForm, GuichetSubmittedEvent } from '../../packages/form/src/index.js';
import { button, control, fixtureJson, focused, harness, rootOf, text, until } from './support.js';

let procedure: Record<string, unknown>;

const complete = { nom: 'Dupont', courriel: 'claire.dupont@example.fr', allocataire: false, certifie: true };

/** A form on its review page ("Vérifiez vos réponses"), its answers complete, sending to /api/recevoir. */
async function onReview(lang = 'fr', data: Record<string, unknown> = complete, action = '/api/recevoir'): Promise<GuichetForm> {
  const el = await fixture<GuichetForm>(
    html`<guichet-form lang=${lang} action=${action} .procedure=${procedure} .data=${data}></guichet-form>`,
  );
  await el.updateComplete;
  await el.next();
  await el.next();
  expect(await el.review()).to.equal(true);
  return el;
}

/** What the receiver answers to one attempt: a status (with headers and a JSON body), a network failure, or an answer held back. */
type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network' | Promise<Response>;

interface Attempt {
  url: string;
  headers: Headers;
  body: string;
  form: FormData | undefined;
}

/** The status line, the failure and the "try again now" button, as shown. */
function statusText(el: GuichetForm): string {
  return text(rootOf(el).querySelector('.send-status'));
}

function retryNow(el: GuichetForm): HTMLButtonElement | null {
  return rootOf(el).querySelector<HTMLButtonElement>('.retry-now');
}

describe('<guichet-form> sending', () => {
  const realFetch = window.fetch.bind(window);
  let attempts: Attempt[] = [];
  let online = true;

  /** Stubs `fetch`: the receiver gives these replies in turn, then 201 with reference R-LAST. */
  function receiver(...replies: Reply[]): void {
    attempts = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = input instanceof Request ? input.url : input.toString();
      if (!url.startsWith('/api/')) return realFetch(input, init);
      attempts.push({
        url,
        headers: new Headers(init?.headers),
        body: typeof init?.body === 'string' ? init.body : '',
        form: init?.body instanceof FormData ? init.body : undefined,
      });
      const reply = replies.shift() ?? { status: 201, body: { reference: 'R-LAST' } };
      if (reply === 'network') return Promise.reject(new TypeError('Failed to fetch'));
      if (reply instanceof Promise) return reply;
      const headers = { 'Content-Type': 'application/json', ...reply.headers };
      return Promise.resolve(new Response(JSON.stringify(reply.body ?? {}), { status: reply.status, headers }));
    };
  }

  before(async () => {
    procedure = await fixtureJson('/tests/fixtures/procedure-trois-etapes.json');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  });

  after(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });

  afterEach(() => {
    window.fetch = realFetch;
    online = true;
  });

  it('should be accessible while waiting to try again, offline, after a failure and with a receiver\'s errors', async () => {
    receiver({ status: 503, headers: { 'Retry-After': '10' } });
    const waiting = await onReview();
    const retried = waiting.submit();
    await until(() => retryNow(waiting) !== null);
    await expect(waiting).to.be.accessible();
    retryNow(waiting)?.click();
    await retried;

    online = false;
    const offline = await onReview();
    const resumed = offline.submit();
    await until(() => statusText(offline) !== '');
    await expect(offline).to.be.accessible();
    online = true;
    window.dispatchEvent(new Event('online'));
    await resumed;

    receiver({ status: 403 });
    const refused = await onReview();
    await refused.submit();
    await expect(refused).to.be.accessible();

    receiver({ status: 422, body: { errors: [{ pointer: '/courriel', message: 'Adresse déjà utilisée pour un autre dossier.' }] } });
    const invalid = await onReview();
    await invalid.submit();
    await expect(invalid).to.be.accessible();
  });

  it('should send every attempt with the same Idempotency-Key and show the reference once accepted', async () => {
    receiver({ status: 503, headers: { 'Retry-After': '0' } }, { status: 429, headers: { 'Retry-After': '0' } }, { status: 201, body: { reference: 'AB12CD34' } });
    const el = await onReview();
    const submitted: Promise<GuichetSubmittedEvent> = oneEvent(el, 'guichet-submitted');
    await harness(el).press('Envoyer');
    expect((await submitted).detail).to.deep.equal({ status: 201, reference: 'AB12CD34' });
    expect(attempts).to.have.length(3);
    const keys = attempts.map((a) => a.headers.get('Idempotency-Key'));
    expect(keys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).to.equal(1);
    expect(new Set(attempts.map((a) => a.body)).size).to.equal(1);
    expect(attempts[0]?.headers.get('Content-Type')).to.equal('application/json');
    await until(() => focused(el)?.classList.contains('confirmation') === true);
    expect(text(rootOf(el).querySelector('.reference'))).to.equal('Votre numéro de dossier : AB12CD34');
  });

  it('should say when it tries again, and let the person try again at once with the keyboard', async () => {
    receiver({ status: 503, headers: { 'Retry-After': '10' } });
    const el = await onReview();
    const sent = el.submit();
    await until(() => retryNow(el) !== null);
    expect(rootOf(el).querySelector('.send-status')?.getAttribute('role')).to.equal('status');
    expect(statusText(el)).to.equal('Envoi impossible pour le moment : nouvel essai dans 10 secondes… Vos réponses sont conservées.');
    expect(text(retryNow(el))).to.equal('Réessayer maintenant');
    expect(button(el, 'Envoi en cours…').getAttribute('aria-disabled')).to.equal('true');
    retryNow(el)?.focus();
    await sendKeys({ press: 'Enter' });
    expect(await sent).to.equal(true);
    expect(attempts).to.have.length(2);
    expect(attempts[1]?.headers.get('Idempotency-Key')).to.equal(attempts[0]?.headers.get('Idempotency-Key'));
    await until(() => focused(el)?.classList.contains('confirmation') === true);
  });

  it('should try again after a network failure, with a pause of one or two seconds', async () => {
    receiver('network');
    const el = await onReview();
    const sent = el.submit();
    await until(() => retryNow(el) !== null);
    expect(statusText(el)).to.match(/^Envoi impossible pour le moment : nouvel essai dans [12] secondes?… Vos réponses sont conservées\.$/);
    retryNow(el)?.click();
    expect(await sent).to.equal(true);
    expect(attempts).to.have.length(2);
  });

  it('should stop after five attempts, keep the answers and let the person send them again with the same key', async () => {
    const busy = { status: 503, headers: { 'Retry-After': '0' } };
    receiver(busy, busy, busy, busy, busy);
    const el = await onReview();
    const failed: Promise<GuichetErrorEvent> = oneEvent(el, 'guichet-error');
    await harness(el).press('Envoyer');
    expect((await failed).detail).to.deep.include({ kind: 'submit', message: 'HTTP 503' });
    await el.updateComplete;
    expect(attempts).to.have.length(5);
    const alert = rootOf(el).querySelector('.send-failed');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal("L'envoi n'a pas abouti. Vos réponses sont conservées : réessayez dans un moment.");
    expect(statusText(el)).to.equal('');
    expect(el.data).to.deep.equal(complete);
    await expect(el).to.be.accessible();
    // Focus stayed on the button, which works again.
    expect(text(focused(el))).to.equal('Envoyer');
    expect(button(el, 'Envoyer').getAttribute('aria-disabled')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await until(() => rootOf(el).querySelector('.confirmation') !== null);
    expect(attempts).to.have.length(6);
    expect(new Set(attempts.map((a) => a.headers.get('Idempotency-Key'))).size).to.equal(1);
  });

  it('should not try again when the receiver refuses the answers for good (a 4xx)', async () => {
    receiver({ status: 403 });
    const el = await onReview();
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    expect(attempts).to.have.length(1);
    expect(text(rootOf(el).querySelector('.send-failed'))).to.equal(
      "Le service qui reçoit la démarche a refusé l'envoi (erreur 403). Vos réponses sont conservées ; si le problème continue, contactez l'organisme.",
    );
    expect(el.data).to.deep.equal(complete);
  });

  it('should show a 422\'s errors on their fields, on the step of the first one, as text', async () => {
    const hostile = '<img src=x onerror="window.hacked = true">';
    receiver({
      status: 422,
      body: {
        errors: [
          { pointer: '/courriel', message: 'Adresse déjà utilisée pour un autre dossier.' },
          { pointer: '/nom', message: hostile },
          { pointer: '', message: 'Un dossier a déjà été déposé ce mois-ci.' },
          { pointer: 'nom', message: 'ignored: not a JSON pointer' },
        ],
      },
    });
    const el = await onReview();
    const invalid = oneEvent(el, 'guichet-invalid');
    await harness(el).press('Envoyer');
    await invalid;
    await until(() => focused(el)?.classList.contains('error-summary') === true);
    expect(text(rootOf(el).querySelector('.step-heading'))).to.equal('Vous');
    expect(harness(el).errors()).to.deep.equal([
      'Adresse déjà utilisée pour un autre dossier.',
      hostile,
      'Un dossier a déjà été déposé ce mois-ci.',
    ]);
    // The errors on this step's questions are links to them; the other one is text.
    const links = [...rootOf(el).querySelectorAll('.error-summary a')].map((a) => text(a));
    expect(links).to.deep.equal(['Adresse déjà utilisée pour un autre dossier.', hostile]);
    expect(harness(el).errorOf('/courriel')).to.equal('Adresse déjà utilisée pour un autre dossier.');
    expect(control(el, '/courriel').getAttribute('aria-invalid')).to.equal('true');
    expect(rootOf(el).querySelector('img')).to.equal(null);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
    expect(control(el, '/courriel').value).to.equal(complete.courriel);
    expect(el.data).to.deep.equal(complete);
    expect(attempts).to.have.length(1);
  });

  it('should send corrected answers after a 422 under a new Idempotency-Key', async () => {
    receiver({ status: 422, body: { errors: [{ pointer: '/courriel', message: 'Adresse déjà utilisée.' }] } });
    const el = await onReview();
    expect(await el.submit()).to.equal(false);
    await harness(el).fill('/courriel', 'claire.martin@example.fr');
    expect(harness(el).errorOf('/courriel')).to.equal('');
    expect(await el.submit()).to.equal(true);
    expect(attempts).to.have.length(2);
    expect(attempts[1]?.headers.get('Idempotency-Key')).to.not.equal(attempts[0]?.headers.get('Idempotency-Key'));
    expect(JSON.parse(attempts[1]?.body ?? '{}')).to.deep.include({ data: { ...complete, courriel: 'claire.martin@example.fr' } });
  });

  it('should send once on a double click or a second call, the button marked disabled meanwhile', async () => {
    let answer: (response: Response) => void = () => undefined;
    receiver(new Promise<Response>((resolve) => {
      answer = resolve;
    }));
    const el = await onReview();
    const send = button(el, 'Envoyer');
    send.click();
    const first = el.submit();
    expect(el.submit()).to.equal(first);
    await until(() => attempts.length === 1 && text(send) === 'Envoi en cours…');
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    send.focus();
    await sendKeys({ press: 'Enter' });
    send.click();
    expect(focused(el)).to.equal(send);
    answer(new Response(JSON.stringify({ reference: 'ONCE' }), { status: 201 }));
    expect(await first).to.equal(true);
    expect(attempts).to.have.length(1);
  });

  it('should wait for the connection while offline, then send', async () => {
    online = false;
    receiver({ status: 201, body: { reference: 'BACK' } });
    const el = await onReview();
    const sent = el.submit();
    await until(() => statusText(el) !== '');
    expect(statusText(el)).to.equal('Vous êtes hors ligne : vos réponses seront envoyées dès le retour de la connexion. Elles sont conservées.');
    expect(attempts).to.have.length(0);
    online = true;
    window.dispatchEvent(new Event('online'));
    expect(await sent).to.equal(true);
    expect(attempts).to.have.length(1);
    expect(text(rootOf(el).querySelector('.reference'))).to.equal('Votre numéro de dossier : BACK');
  });

  it('should speak English with lang="en"', async () => {
    receiver({ status: 429, headers: { 'Retry-After': '120' } });
    const el = await onReview('en');
    const sent = el.submit();
    await until(() => retryNow(el) !== null);
    expect(statusText(el)).to.equal('Sending is not possible at the moment: trying again in 2 minutes… Your answers are kept.');
    expect(text(retryNow(el))).to.equal('Try again now');
    retryNow(el)?.click();
    expect(await sent).to.equal(true);
  });

  it('should send a procedure with files as multipart: the JSON in `data`, each file in a part named by its pointer', async () => {
    receiver({ status: 503, headers: { 'Retry-After': '0' } }, { status: 201, body: { reference: 'PJ-1' } });
    const withFiles = {
      id: 'justificatifs',
      version: '1',
      title: 'Justificatifs',
      organisation: { name: 'Commune' },
      schema: { type: 'object', properties: { nom: { type: 'string', title: 'Nom' }, justificatif: { type: 'string', format: 'data-url', title: 'Justificatif' } } },
      submission: { endpoint: '/api/pieces', encoding: 'multipart' },
    };
    const file = `data:application/pdf;name=facture.pdf;base64,${btoa('%PDF-1')}`;
    const el = await fixture<GuichetForm>(html`<guichet-form .procedure=${withFiles} .data=${{ nom: 'Dupont', justificatif: file }}></guichet-form>`);
    await el.updateComplete;
    expect(await el.review()).to.equal(true);
    await expect(el).to.be.accessible();
    expect(await el.submit()).to.equal(true);
    expect(attempts).to.have.length(2);
    const [first, second] = attempts as [Attempt, Attempt];
    expect(second.headers.get('Idempotency-Key')).to.equal(first.headers.get('Idempotency-Key'));
    // The browser writes the multipart Content-Type with its boundary.
    expect(first.headers.get('Content-Type')).to.equal(null);
    const data = first.form?.get('data');
    expect(data).to.be.instanceOf(Blob);
    const envelope = JSON.parse(await (data as Blob).text()) as { data: Record<string, unknown> };
    expect(envelope.data).to.deep.equal({ nom: 'Dupont', justificatif: { part: '/justificatif', name: 'facture.pdf', type: 'application/pdf', size: 6 } });
    const part = first.form?.get('/justificatif') as File;
    expect(part.name).to.equal('facture.pdf');
    expect(part.type).to.equal('application/pdf');
    expect(await part.text()).to.equal('%PDF-1');
    expect(text(rootOf(el).querySelector('.reference'))).to.equal('Votre numéro de dossier : PJ-1');
  });

  describe('against a local receiver that honours Idempotency-Key', () => {
    const run = `run-${Date.now()}`;

    /** The dossiers the receiver made in one scenario of this run. */
    async function dossiers(scenario: string): Promise<Array<{ key: string; reference: string; attempts: number }>> {
      return (await (await realFetch(`/test-receiver/${run}-${scenario}/dossiers`)).json()) as Array<{ key: string; reference: string; attempts: number }>;
    }

    it('should make one dossier when the receiver is busy, then accepts', async () => {
      const el = await onReview('fr', complete, `/test-receiver/${run}-busy/busy?times=2`);
      expect(await el.submit()).to.equal(true);
      const [dossier, ...others] = await dossiers('busy');
      expect(others).to.deep.equal([]);
      expect(dossier?.attempts).to.equal(3);
      expect(text(rootOf(el).querySelector('.reference'))).to.equal(`Votre numéro de dossier : ${dossier?.reference ?? ''}`);
    });

    it('should make one dossier when the answer to the first attempt was lost: the retry gets the same reference', async () => {
      const el = await onReview('fr', complete, `/test-receiver/${run}-lost/lost?times=1`);
      const sent = el.submit();
      await until(() => retryNow(el) !== null);
      expect(statusText(el)).to.match(/^Envoi impossible pour le moment : nouvel essai dans [12] secondes?…/);
      retryNow(el)?.click();
      expect(await sent).to.equal(true);
      const [lost, ...others] = await dossiers('lost');
      expect(others).to.deep.equal([]);
      expect(lost?.attempts).to.equal(2);
      expect(text(rootOf(el).querySelector('.reference'))).to.equal(`Votre numéro de dossier : ${lost?.reference ?? ''}`);
    });
  });
});
