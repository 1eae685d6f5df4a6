// The built bundle in French and in English: French pages never fetch the English catalogue;
// English pages fetch it before the form first shows, so nothing shows in French first.
import { expect } from '@open-wc/testing';
import { bundlePage, closePages, until } from './frame.js';

const english = /guichet-form-en-part-[^/]+\.js$/;
const buttons = (root: ShadowRoot): string[] => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? '');

describe('the built bundle in French and in English', () => {
  afterEach(closePages);

  it('should show a French page in French without fetching English', async () => {
    const page = await bundlePage({ attributes: 'src="/tests/fixtures/procedure-trois-etapes.json"' });
    await until(() => page.root.querySelector('[name="/nom"]') !== null, 'the first step is shown');
    expect(buttons(page.root)).to.include('Continuer');
    expect(page.fetched(english)).to.equal(false);
  });

  it('should show an English page in English from its first frame', async () => {
    const procedure = await (await fetch('/tests/fixtures/procedure-trois-etapes.json')).text();
    // Every text any shadow root ever holds, recorded from before the bundle runs; the
    // procedure is given before the element is defined, so it could show at once.
    const head = `<script>
      window.seen = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(() => window.seen.push(root.textContent)).observe(root, { childList: true, subtree: true, characterData: true });
        return root;
      };
    </script>`;
    const after = `<script>document.querySelector('guichet-form').procedure = ${procedure};</script>`;
    const page = await bundlePage({ lang: 'en', head, after });
    await until(() => page.root.querySelector('[name="/nom"]') !== null, 'the first step is shown');
    expect(buttons(page.root)).to.include('Continue');
    const seen = (page.window as unknown as { seen: string[] }).seen;
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((text) => text.includes('Continuer') || text.includes('Étape'))).to.deep.equal([]);
    expect(page.fetched(english)).to.equal(true);
  });

  it('should list the problems of a broken procedure in English on an English page', async () => {
    const page = await bundlePage({ lang: 'en' });
    page.form.procedure = { id: 'x', version: '1', title: 'Broken', organisation: { name: 'Commune' }, schema: { type: 'object', properties: { a: { $ref: '#/$defs/absent' } } } };
    await until(() => page.root.querySelector('[role="alert"]') !== null, 'the problems are shown');
    expect(page.root.querySelector('[role="alert"]')?.textContent).to.contain('#/$defs/absent');
    expect(page.root.querySelector('[role="alert"]')?.textContent).to.match(/leads nowhere|does not exist|not found/i);
  });
});
