// <guichet-form> in the pages communes really have: a phone 320 CSS px wide (WCAG 1.4.10
// reflow, which also stands for 400 % zoom of a 1280 px window, and so covers 200 %), and a
// typical CMS theme whose rules reach the form through inheritance (font, colour, the 62.5 %
// root font size many WordPress themes set).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/form/src/guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../../packages/form/src/index.js';
import { fixtureJson, rootOf } from './support.js';

const fixtures = ['procedure-widgets', 'procedure-trois-etapes', 'procedure-adresse', 'procedure-inscription-ecole-musique'];

// What a WordPress theme such as Twenty Twenty-One puts on every page.
const cmsTheme = `
  html { font-size: 62.5%; }
  body { font: 1.8rem/1.7 Georgia, "Times New Roman", serif; color: #28303d; background: #d1e4dd; margin: 0 1.5rem; }
  *, *::before, *::after { box-sizing: content-box; }
  input, select, textarea, button { width: 100%; font-size: 2rem; border: 3px dotted red; }
  h1, h2, h3, h4 { text-transform: uppercase; letter-spacing: 0.1em; }
  label { display: none; }
`;

async function form(name: string): Promise<GuichetForm> {
  const procedure = await fixtureJson(`/tests/fixtures/${name}.json`);
  const el = await fixture<GuichetForm>(html`<guichet-form lang="fr" .procedure=${procedure}></guichet-form>`);
  await el.updateComplete;
  return el;
}

/** The controls and texts that stick out of the viewport's width, by their data pointer or class. */
function overflowing(el: GuichetForm, width: number): string[] {
  const found: string[] = [];
  for (const node of rootOf(el).querySelectorAll<HTMLElement>('input, select, textarea, button, label, legend, p, h2, h3, li, a')) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0) continue;
    if (rect.left < -0.5 || rect.right > width + 0.5) found.push(`${node.tagName.toLowerCase()} ${node.getAttribute('name') ?? node.className} (${Math.round(rect.left)}–${Math.round(rect.right)})`);
  }
  if (document.documentElement.scrollWidth > width) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
  return found;
}

/** The height of the smallest text input, select or button, in CSS px. */
function smallestTarget(el: GuichetForm): number {
  const heights = [...rootOf(el).querySelectorAll<HTMLElement>('input:not([type="radio"]):not([type="checkbox"]):not([type="file"]), select, button')]
    .map((node) => node.getBoundingClientRect().height)
    .filter((h) => h > 0);
  return Math.min(...heights);
}

describe('<guichet-form> in a host page', function () {
  this.timeout(30000);

  afterEach(async () => {
    fixtureCleanup();
    document.getElementById('cms-theme')?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('should be accessible on a 320 px phone inside a CMS theme', async () => {
    await setViewport({ width: 320, height: 640 });
    document.head.insertAdjacentHTML('beforeend', `<style id="cms-theme">${cmsTheme}</style>`);
    const el = await form('procedure-widgets');
    await expect(el).to.be.accessible();
  });

  for (const name of fixtures) {
    it(`should reflow ${name} into 320 px without sideways scrolling, empty and with errors`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await form(name);
      expect(overflowing(el, 320)).to.deep.equal([]);
      el.validate();
      await el.updateComplete;
      expect(overflowing(el, 320)).to.deep.equal([]);
    });
  }

  it('should take text enlarged to 200 % in a window zoomed to 200 % (640 px) without sideways scrolling', async () => {
    await setViewport({ width: 640, height: 480 });
    document.head.insertAdjacentHTML('beforeend', '<style id="cms-theme">html { font-size: 200%; }</style>');
    const el = await form('procedure-widgets');
    expect(parseFloat(getComputedStyle(rootOf(el).querySelector('label') as HTMLElement).fontSize)).to.be.at.least(32);
    expect(overflowing(el, 640)).to.deep.equal([]);
    el.validate();
    await el.updateComplete;
    expect(overflowing(el, 640)).to.deep.equal([]);
  });

  it('should keep its labels, its sizes and the page’s font inside a CMS theme', async () => {
    document.head.insertAdjacentHTML('beforeend', `<style id="cms-theme">${cmsTheme}</style>`);
    const el = await form('procedure-widgets');
    const label = rootOf(el).querySelector('label') as HTMLElement;
    expect(label.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(getComputedStyle(label).fontFamily).to.contain('Georgia');
    // 62.5 % on <html> makes 1rem 10px: sizes in em keep inputs and buttons at least 40px high.
    expect(smallestTarget(el)).to.be.at.least(40);
    const input = rootOf(el).querySelector('input[type="text"]') as HTMLElement;
    expect(getComputedStyle(input).borderTopStyle).to.equal('solid');
  });

  it('should fit a CMS theme on a 320 px phone too', async () => {
    await setViewport({ width: 320, height: 640 });
    document.head.insertAdjacentHTML('beforeend', `<style id="cms-theme">${cmsTheme}</style>`);
    const el = await form('procedure-inscription-ecole-musique');
    // The theme's body margin (1.5rem) leaves 290px.
    expect(overflowing(el, 320)).to.deep.equal([]);
  });
});
