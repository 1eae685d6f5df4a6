import type axeCore from 'axe-core';
import type { AxeResults } from 'axe-core';

type Axe = typeof axeCore;

let loaded: Promise<Axe> | undefined;

/**
 * axe-core, loaded once per page. chai-a11y-axe (behind `@open-wc/testing`'s `accessible()`)
 * registers axe as `window.axe`, so the same copy is reused when it already ran; otherwise the
 * module is imported: the browser build of axe-core registers itself on `window` and has no
 * ES export, while bundlers that convert CommonJS give it as the default export.
 */
export function loadAxe(): Promise<Axe> {
  loaded ??= (async () => {
    const registered = (globalThis as { axe?: Axe }).axe;
    if (registered) return registered;
    const module = (await import('axe-core')) as Partial<{ default: Axe }>;
    const axe = (globalThis as { axe?: Axe }).axe ?? module.default;
    if (!axe) throw new Error('axe-core did not load: install it (npm install -D axe-core) or @open-wc/testing, which brings it.');
    return axe;
  })();
  return loaded;
}

/** The violations axe finds in an element, each as one sentence naming the rule and the elements. */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = await loadAxe();
  const results: AxeResults = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.html).join(', ')}; ${violation.helpUrl})`,
  );
}

/**
 * Computes accessible names with axe's implementation of the accname algorithm (labels,
 * aria-labelledby across the shadow root, legends, titles), which is what its rules use.
 */
export async function withAccessibleNames<T>(root: Element, read: (name: (element: Element) => string) => T): Promise<T> {
  const axe = await loadAxe();
  axe.setup(root.ownerDocument);
  try {
    return read((element) => axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim());
  } finally {
    axe.teardown();
  }
}
