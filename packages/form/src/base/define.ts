/**
 * Defines a custom element once. A CMS page that loads the script twice gets a console
 * warning, not an exception (Shoelace's `define` does the same).
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing) {
    if (existing !== constructor) console.warn(`<${name}> is already defined by another script: this copy is not used.`);
    return;
  }
  customElements.define(name, constructor);
}
