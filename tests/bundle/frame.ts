// A page of its own for a bundle test: an iframe whose document loads the built bundle, so each
// test sees what a fresh page fetches (modules and resource timings are per document).
import { expect } from '@open-wc/testing';
import type { GuichetForm } from '../../packages/form/src/index.js';

export interface BundlePage {
  window: Window & typeof globalThis;
  form: GuichetForm;
  root: ShadowRoot;
  /** The Content-Security-Policy violations reported in the page. */
  violations: SecurityPolicyViolationEvent[];
  /** Whether the page fetched a resource whose URL matches. */
  fetched(pattern: RegExp): boolean;
}

/** Opens a page with `head` (a CSP meta, say), `<html lang>`, the bundle, `<guichet-form {attributes}>`, then `after`. */
export async function bundlePage({ lang = 'fr', head = '', attributes = '', after = '' }: { lang?: string; head?: string; attributes?: string; after?: string }): Promise<BundlePage> {
  const frame = document.createElement('iframe');
  const violations: SecurityPolicyViolationEvent[] = [];
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${head}
    <script type="module" src="/packages/form/dist/guichet-form.js"></script>
    </head><body><main><guichet-form ${attributes}></guichet-form></main>${after}</body></html>`;
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
  return {
    window,
    form,
    root: form.shadowRoot as ShadowRoot,
    violations,
    fetched: (pattern) => window.performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name)),
  };
}

/** Removes the pages opened by `bundlePage`. */
export function closePages(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}

/** Waits (up to 5 s) until `condition` holds, then asserts it. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(condition(), what).to.equal(true);
}
