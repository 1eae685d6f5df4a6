// The built bundle on a page whose Content-Security-Policy forbids eval and inline scripts
// (`script-src 'self'`) and requires Trusted Types, as a prefecture's or a careful commune's site sets it. With the
// procedure's validator compiled ahead (validator-src), the form checks answers without ajv,
// redos-detector or eval; without it, it says that it cannot check them, and does not crash.
import { expect } from '@open-wc/testing';
import { bundlePage, closePages, until, type BundlePage } from './frame.js';

const head = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'">`;
const strictPage = (attributes: string): Promise<BundlePage> => bundlePage({ head, attributes });

describe('<guichet-form> under a strict Content-Security-Policy', () => {
  afterEach(closePages);

  it('should check the answers with the validator compiled ahead, loading neither ajv nor redos-detector', async () => {
    const page = await strictPage('src="/tests/fixtures/procedure-inscription-ecole-musique.json" validator-src="/compiled/procedure-inscription-ecole-musique.validator.js"');
    await until(() => page.root.querySelector('[name="/responsable/nom"]') !== null, 'the first step is shown');
    expect(await page.form.next()).to.equal(false);
    await page.form.updateComplete;
    const links = [...page.root.querySelectorAll('.error-summary a')].map((a) => a.textContent?.trim() ?? '');
    expect(links.length).to.be.greaterThan(2);
    expect(links.join(' ')).to.contain('Nom');
    expect(page.fetched(/guichet-form-checks-part-[^/]+\.js$/)).to.equal(true);
    expect(page.fetched(/guichet-form-validator-[^/]+\.js$/)).to.equal(false);
    expect(page.fetched(/guichet-form-pattern-part-[^/]+\.js$/)).to.equal(false);
    expect(page.violations.map((v) => `${v.violatedDirective} ${v.blockedURI}`)).to.deep.equal([]);
    // The policy is really there.
    expect(() => page.window.eval('1') as unknown).to.throw();
  });

  it('should follow a condition and check a pattern with the validator compiled ahead', async () => {
    const page = await strictPage('src="/tests/fixtures/procedure-trois-etapes.json" validator-src="/compiled/procedure-trois-etapes.validator.js"');
    await until(() => page.root.querySelector('[name="/nom"]') !== null, 'the first step is shown');
    page.form.data = { nom: 'Dupont', courriel: 'claire@example.fr', allocataire: true, numeroAllocataire: '12' };
    expect(await page.form.next()).to.equal(true);
    await page.form.updateComplete;
    expect(page.root.querySelector('[name="/numeroAllocataire"]')).to.not.equal(null);
    expect(await page.form.next()).to.equal(false);
    await page.form.updateComplete;
    const links = [...page.root.querySelectorAll('.error-summary a')].map((a) => a.textContent?.trim());
    expect(links).to.include("Le numéro d'allocataire compte 7 chiffres");
    expect(page.fetched(/guichet-form-pattern-part-[^/]+\.js$/)).to.equal(false);
    expect(page.violations).to.deep.equal([]);
  });

  it('should say it cannot check the answers when the validator was not compiled ahead, without crashing', async () => {
    const page = await strictPage('src="/tests/fixtures/procedure-inscription-ecole-musique.json"');
    await until(() => page.root.querySelector('[name="/responsable/nom"]') !== null || page.root.querySelector('[role="alert"]') !== null, 'the form or a refusal is shown');
    expect(await page.form.next()).to.equal(false);
    await page.form.updateComplete;
    const alert = page.root.querySelector('[role="alert"]');
    expect(alert?.textContent ?? '').to.contain('La politique de sécurité de la page (Content-Security-Policy) interdit de compiler le validateur');
    // The policy stopped ajv's code (as eval, or as a string given to a Trusted Types sink).
    expect(page.violations.some((v) => v.blockedURI === 'eval' || v.violatedDirective === 'require-trusted-types-for')).to.equal(true);
  });
});
