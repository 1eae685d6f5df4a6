// Reads a widget as a person and their assistive technology meet it, inside <guichet-form>'s
// shadow root: its controls, their groups and descriptions, what it shows.

/** The form's own parts around the questions: title, headings, error summary, navigation, live region, drafts. */
const formChrome = '.title, .position, .step-heading, .step-description, .error-summary, .required-note, .send-status, .retry-now, .send-failed, .nav, [aria-live], .draft-notice, .draft-device';

/** What the Tab key can reach, or a script can focus as a control. */
const focusableSelector = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** Controls that hold an answer (a button that adds an item does not). */
const answerSelector = [
  'input:not([type="button"], [type="submit"], [type="reset"], [type="image"])',
  'select',
  'textarea',
  '[role="textbox"]',
  '[role="searchbox"]',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="radio"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[role="slider"]',
  '[role="spinbutton"]',
].join(', ');

const groupSelector = 'fieldset, [role="group"], [role="radiogroup"]';

/** Text as a screen reader reads it: whitespace collapsed. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element under these, including the open shadow roots of custom elements inside. */
function descendants(roots: readonly Element[]): Element[] {
  const found: Element[] = [];
  const visit = (element: Element): void => {
    found.push(element);
    for (const child of element.children) visit(child);
    if (element.shadowRoot) for (const child of element.shadowRoot.children) visit(child);
  };
  for (const root of roots) visit(root);
  return found;
}

/** The top-level elements the widget rendered: the form's children that are not the form's own parts. */
export function widgetRegion(shadowRoot: ShadowRoot): Element[] {
  const form = shadowRoot.querySelector('form');
  return form ? [...form.children].filter((child) => !child.matches(formChrome)) : [];
}

/** The widget's text, as shown. */
export function regionText(region: readonly Element[]): string {
  return plain(region.map((element) => element.textContent ?? '').join(' '));
}

/** Whether the widget holds this element. */
export function inRegion(region: readonly Element[], element: Element | null): boolean {
  return element !== null && descendants(region).includes(element);
}

/** The widget's focusable controls (disabled ones too: a screen reader still reads them). */
export function focusableControls(region: readonly Element[]): HTMLElement[] {
  return descendants(region).filter((e): e is HTMLElement => e instanceof HTMLElement && e.matches(focusableSelector));
}

/**
 * The controls holding the answer at `pointer`, not those of child questions (a group's or a
 * repeater's questions are wrapped in an element with their own `data-pointer`).
 */
export function answerControls(region: readonly Element[], pointer: string): HTMLElement[] {
  return focusableControls(region).filter((control) => {
    if (!control.matches(answerSelector)) return false;
    const owner = control.closest('[data-pointer]')?.getAttribute('data-pointer');
    return owner === undefined || owner === null || owner === pointer;
  });
}

/** The fieldsets and groups around an element, closest first. */
export function groupsOf(element: Element): Element[] {
  const groups: Element[] = [];
  for (let group = element.parentElement?.closest(groupSelector); group; group = group.parentElement?.closest(groupSelector)) {
    groups.push(group);
  }
  return groups;
}

/** The texts of the elements an element's `aria-describedby` names, in its own tree. */
export function describedText(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return plain(ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
}

/** What the element's description says, with those of its groups: a screen reader reads both. */
export function descriptionInContext(element: Element): string {
  return plain([element, ...groupsOf(element)].map(describedText).join(' '));
}

/** An element as a failure names it: `<input type="radio" id="g-reponse">`. */
export function nameOf(element: Element): string {
  const type = element.getAttribute('type');
  const role = element.getAttribute('role');
  return `<${element.localName}${type ? ` type="${type}"` : ''}${role ? ` role="${role}"` : ''}${element.id ? ` id="${element.id}"` : ''}>`;
}

/** Whether a person could change this control (not read-only, not disabled). */
export function changeable(control: HTMLElement): boolean {
  const native = control as Partial<HTMLInputElement>;
  if (native.disabled === true || native.readOnly === true) return false;
  if (control.getAttribute('aria-readonly') === 'true' || control.getAttribute('aria-disabled') === 'true') return false;
  return !control.closest('fieldset:disabled');
}

/** What the widget shows of an answer: the state of its controls (child questions' too) and its text. */
export function shownState(region: readonly Element[]): string {
  const controls = focusableControls(region).filter((control) => control.matches(answerSelector)).map((control) => {
    const input = control as Partial<HTMLInputElement>;
    return `${nameOf(control)}=${input.value ?? ''}${input.checked === true ? ':checked' : ''}${control.getAttribute('aria-checked') === 'true' ? ':checked' : ''}`;
  });
  return [...controls, regionText(region)].join('\n');
}

/** The element that has the focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
