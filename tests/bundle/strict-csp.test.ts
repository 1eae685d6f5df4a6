// The built bundle on a page whose Content-Security-Policy forbids eval and inline scripts
// (`script-src 'self'`), as a prefecture's or a careful commune's site sets it. With the
// procedure's validator compiled ahead (validator-src), the form checks answers without ajv,
// redos-detector or eval; without it, it says that it cannot check them, and does not crash.
import { expect } from '@open-wc/testing';
import type { GuichetForm } from '../../packages/form/src/index.js';

const policy = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

interface StrictPage {
  window: Window & typeof globalThis;
  form: GuichetForm;
  violations: SecurityPolicyViolationEvent[];
}

/** An iframe whose document has the strict policy, the bundle, and a form with these attributes. */
async function strictPage(attributes: string): Promise<StrictPage> {
  const frame = document.createElement('iframe');
  const violations: SecurityPolicyViolationEvent[] = [];
  frame.srcdoc = `<!doctype html><html lang="fr"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module" src="/packages/form/dist/guichet-form.js"></script>
    </head><body><main><guichet-form ${attributes}></guichet-form></main></body></html>`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as Window & typeof globalThis;
  window.document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(event);
  });
  await window.customElements.whenDefined('guichet-form');
  const form = window.document.querySelector('guichet-form') as GuichetForm;
  return { window, form, violations };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(condition(), what).to.equal(true);
}

const fetched = (page: StrictPage, pattern: RegExp): boolean =>
  page.window.performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));

const root = (form: GuichetForm): ShadowRoot => form.shadowRoot as ShadowRoot;

describe('<guichet-form> under a strict Content-Security-Policy', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('should check the answers with the validator compiled ahead, loading neither ajv nor redos-detector', async () => {
    const page = await strictPage('src="/tests/fixtures/procedure-inscription-ecole-musique.json" validator-src="/compiled/procedure-inscription-ecole-musique.validator.js"');
    await until(() => root(page.form).querySelector('[name="/responsable/nom"]') !== null, 'the first step is shown');
    expect(await page.form.next()).to.equal(false);
    await page.form.updateComplete;
    const links = [...root(page.form).querySelectorAll('.error-summary a')].map((a) => a.textContent?.trim() ?? '');
    expect(links.length).to.be.greaterThan(2);
    expect(links.join(' ')).to.contain('Nom');
    expect(fetched(page, /guichet-form-checks-part-[^/]+\.js$/)).to.equal(true);
    expect(fetched(page, /guichet-form-validator-[^/]+\.js$/)).to.equal(false);
    expect(fetched(page, /guichet-form-pattern-part-[^/]+\.js$/)).to.equal(false);
    expect(page.violations.map((v) => `${v.violatedDirective} ${v.blockedURI}`)).to.deep.equal([]);
    // The policy is really there.
    expect(() => page.window.eval('1') as unknown).to.throw();
  });

  it('should follow a condition and check a pattern with the validator compiled ahead', async () => {
    const page = await strictPage('src="/tests/fixtures/procedure-trois-etapes.json" validator-src="/compiled/procedure-trois-etapes.validator.js"');
    await until(() => root(page.form).querySelector('[name="/nom"]') !== null, 'the first step is shown');
    page.form.data = { nom: 'Dupont', courriel: 'claire@example.fr', allocataire: true, numeroAllocataire: '12' };
    expect(await page.form.next()).to.equal(true);
    await page.form.updateComplete;
    expect(root(page.form).querySelector('[name="/numeroAllocataire"]')).to.not.equal(null);
    expect(await page.form.next()).to.equal(false);
    await page.form.updateComplete;
    const links = [...root(page.form).querySelectorAll('.error-summary a')].map((a) => a.textContent?.trim());
    expect(links).to.include("Le numéro d'allocataire compte 7 chiffres");
    expect(fetched(page, /guichet-form-pattern-part-[^/]+\.js$/)).to.equal(false);
    expect(page.violations).to.deep.equal([]);
  });

  it('should say it cannot check the answers when the validator was not compiled ahead, without crashing', async () => {
    const page = await strictPage('src="/tests/fixtures/procedure-inscription-ecole-musique.json"');
    await until(() => root(page.form).querySelector('[name="/responsable/nom"]') !== null || root(page.form).querySelector('[role="alert"]') !== null, 'the form or a refusal is shown');
    expect(await page.form.next()).to.equal(false);
    await page.form.updateComplete;
    const alert = root(page.form).querySelector('[role="alert"]');
    expect(alert?.textContent ?? '').to.contain('La politique de sécurité de la page (Content-Security-Policy) interdit de compiler le validateur');
    expect(page.violations.some((v) => v.blockedURI === 'eval')).to.equal(true);
  });
});
