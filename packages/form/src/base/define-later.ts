/** The elements being defined, by tag: a widget asks for its element the first time it renders it. */
const pending = new Map<string, Promise<unknown>>();

/**
 * Loads the module that defines `tag` (once) when a widget first renders it, so the form's
 * bundle does not carry elements most procedures never show (the combobox, the address search).
 * The element upgrades as soon as it is defined; `settledDefinitions()` waits for that.
 */
export function defineLater(tag: string, load: () => Promise<unknown>): void {
  if (pending.has(tag) || customElements.get(tag)) return;
  pending.set(
    tag,
    load().finally(() => {
      pending.delete(tag);
    }),
  );
}

/** Resolves when every element asked for is defined (or failed to load). */
export async function settledDefinitions(): Promise<void> {
  await Promise.allSettled([...pending.values()]);
}
