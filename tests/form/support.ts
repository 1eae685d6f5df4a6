// What a person and their assistive technology get from <guichet-form>: accessible names,
// descriptions and visible text, read from the open shadow root.
import './isolation.js';
import { oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GuichetChangeEvent, GuichetForm } from '../../packages/form/src/index.js';

/** The element's shadow root (it is open). */
export function rootOf(el: GuichetForm): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error('<guichet-form> has no shadow root');
  return root;
}

/** Text as a screen reader would read it: whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function byIds(root: ShadowRoot, ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

/**
 * The accessible name of a control or group, following the accname steps a form uses:
 * aria-labelledby, aria-label, then the associated <label> (or a fieldset's <legend>).
 * A duplicate id breaks `label.control`, so `labels` is read, not `for`.
 */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return byIds(root, labelledBy);
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  if (element instanceof HTMLFieldSetElement) return text(element.querySelector(':scope > legend'));
  const labels = (element as HTMLInputElement).labels;
  return labels ? [...labels].map((l) => text(l)).join(' ') : '';
}

/** The accessible description: the texts of the elements `aria-describedby` names, in order. */
export function description(element: Element): string {
  return byIds(element.getRootNode() as ShadowRoot, element.getAttribute('aria-describedby'));
}

/** The input, select or textarea that answers the question at a data pointer (the first one for a group of choices). */
export function control(el: GuichetForm, pointer: string): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
  const found = rootOf(el).querySelector(`[name="${CSS.escape(pointer)}"]`);
  if (!found) throw new Error(`No control for ${pointer}`);
  return found as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
}

/** Every control answering the question at a data pointer (radios, checkboxes). */
export function controls(el: GuichetForm, pointer: string): HTMLInputElement[] {
  return [...rootOf(el).querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(pointer)}"]`)];
}

/** The element that has focus inside the form's shadow root. */
export function focused(el: GuichetForm): Element | null {
  return rootOf(el).activeElement;
}

/** Fetches a JSON fixture served by the test runner (repository root). */
export async function fixtureJson(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** A button of the form's navigation, by its visible text. */
export function button(el: GuichetForm, label: string): HTMLButtonElement {
  const found = [...rootOf(el).querySelectorAll<HTMLButtonElement>('.nav button')].find((b) => text(b) === label);
  if (!found) throw new Error(`No button « ${label} »`);
  return found;
}

/** Resolves when a condition holds, checking once per animation frame (fails after `frames`). */
export async function until(condition: () => boolean, frames = 120): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (condition()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('condition not met');
}

/**
 * A keyboard-driven harness, as Material ships one: fill a question as a person does, press
 * the navigation buttons, read the errors shown.
 */
export function harness(el: GuichetForm) {
  return {
    /** Focuses the question's input, types the keys, then leaves it with Tab (a change event). */
    async fill(pointer: string, keys: string): Promise<void> {
      const input = control(el, pointer);
      input.focus();
      input.select();
      await sendKeys(keys === '' ? { press: 'Backspace' } : { type: keys });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
    },
    /** Presses a navigation button with Enter, as a keyboard user does. */
    async press(label: string): Promise<void> {
      button(el, label).focus();
      await sendKeys({ press: 'Enter' });
    },
    /** The lines of the error summary, as shown. */
    errors(): string[] {
      return [...rootOf(el).querySelectorAll('.error-summary li')].map((li) => text(li));
    },
    /** The error message shown under a question, without its hidden prefix; '' when none. */
    errorOf(pointer: string): string {
      const message = rootOf(el).querySelector(`[data-pointer="${CSS.escape(pointer)}"] .error-message`);
      return text(message).replace(/^(Erreur :|Error:)\s*/, '');
    },
  };
}

/** Resolves once the form has compiled its schema, which it does after its first frame, and shown the result. */
export async function compiled(el: GuichetForm): Promise<void> {
  // The form asks for an idle callback in its first frame's callback: ours, asked after it, runs after it.
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      requestIdleCallback(() => {
        resolve();
      });
    });
  });
  await el.updateComplete;
}

/** Types into the control of a question, then leaves it with Tab, as a person does; resolves to the change it made. */
export async function typeInto(el: GuichetForm, pointer: string, keys: string): Promise<GuichetChangeEvent> {
  control(el, pointer).focus();
  const changed: Promise<GuichetChangeEvent> = oneEvent(el, 'guichet-change');
  await sendKeys({ type: keys });
  await sendKeys({ press: 'Tab' });
  const event = await changed;
  await el.updateComplete;
  return event;
}
