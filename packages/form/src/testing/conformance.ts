import { idForPointer, jsonEqual, type FieldPresentation } from '@guichet/core';
import '../guichet-form/guichet-form.define.js';
import type { GuichetForm } from '../guichet-form/guichet-form.js';
import { axeViolations, withAccessibleNames } from './axe.js';
import {
  answerControls,
  changeable,
  deepActiveElement,
  descriptionInContext,
  focusableControls,
  groupsOf,
  inRegion,
  nameOf,
  regionText,
  shownState,
  widgetRegion,
} from './inspect.js';

/**
 * A moment of a question's life the suite checks: `empty` (no answer yet), `filled` (the sample
 * given as `data`), `error` (after `validate()` on the empty required question), `read-only`
 * (the sample in a question whose schema says `readOnly: true`), `answering` (a person gives
 * the sample with the keyboard or the mouse).
 */
export type ConformanceState = 'empty' | 'filled' | 'error' | 'read-only' | 'answering';

/** The name of a check, as failures report it. */
export type ConformanceCheck =
  | 'setup'
  | 'axe'
  | 'accessible-name'
  | 'field-id'
  | 'hint'
  | 'error-message'
  | 'aria-invalid'
  | 'error-summary'
  | 'text-not-html'
  | 'shows-answer'
  | 'keeps-answer'
  | 'read-only'
  | 'change-event'
  | 'tab';

/** One check a widget did not pass: which, in which state, and what was seen, in plain English. */
export interface ConformanceFailure {
  check: ConformanceCheck;
  state: ConformanceState;
  message: string;
}

/**
 * Real key presses, which a script in the page cannot make: web-test-runner's `sendKeys`
 * (`webTestRunnerKeyboard`), Playwright's `page.keyboard`, or testing-library's `user-event`.
 */
export interface Keyboard {
  /** Presses one key (`Tab`, `Enter`, `Space`, `ArrowDown`…) on the focused element. */
  press: (key: string) => Promise<void>;
  /** Types text into the focused element. */
  type: (text: string) => Promise<void>;
}

/** What a case's `answer` gets to act as a person: the form, its controls, a keyboard and a mouse. */
export interface AnswerHelpers extends Keyboard {
  /** The `<guichet-form>` element. */
  form: HTMLElement;
  /** The form's shadow root, where the widget is rendered. */
  root: ShadowRoot;
  /** The question's data pointer (`/reponse`). */
  pointer: string;
  /** The question's element id (`g-reponse`), which the error summary links to. */
  id: string;
  /** The element matching a selector in the form (the element with the question's id by default); throws when there is none. */
  control: (selector?: string) => HTMLElement;
  /** Clicks an element with the mouse's events (`mousedown`, `mouseup`, `click`), as a pointer does. */
  click: (element: HTMLElement) => Promise<void>;
  /**
   * What a browser's own picker does, which keys cannot reach (a date picker, a file chooser):
   * sets the value, or the files, then fires `input` and `change`.
   */
  pick: (control: HTMLElement, value: string | readonly File[]) => Promise<void>;
  /** Waits until the form and the elements inside it have rendered. */
  settle: () => Promise<void>;
}

/**
 * A widget to check: one question, built by the suite with a label and a hint of its own.
 * @example
 * const stars: ConformanceCase = {
 *   schema: { type: 'integer', minimum: 1, maximum: 5 },
 *   presentation: { widget: 'stars' },
 *   sample: 4,
 *   answer: async ({ control, press }) => {
 *     control().focus();
 *     await press('ArrowRight');
 *     await press('ArrowRight');
 *     await press('ArrowRight');
 *   },
 * };
 */
export interface ConformanceCase {
  /** The question's JSON Schema: one property of the procedure's data. */
  schema: Record<string, unknown>;
  /** Its presentation, usually `{ widget: 'your-widget' }`; the suite sets `label` and `hint`. */
  presentation?: FieldPresentation;
  /** A valid answer, which the widget shows and which `answer` gives. */
  sample: unknown;
  /** How a person gives the sample with the keyboard or the mouse, from the empty question. */
  answer?: (helpers: AnswerHelpers) => Promise<void>;
  /** Whether the question is required (default true); the `error` state needs a required question. */
  required?: boolean;
  /**
   * Whether the widget also presents a read-only question (its schema with `readOnly: true`):
   * it then ranks above the built-in `readonly` widget (rank 5).
   */
  readOnly?: boolean;
}

/** How to run the checks. */
export interface ConformanceOptions {
  /** Real key presses, for Tab and for the case's `answer`. */
  keyboard: Keyboard;
  /** The states to check; every state that applies to the case by default (`conformanceStates`). */
  states?: readonly ConformanceState[];
}

const hostile = '<img src=x onerror="window.__guichetXss=1">';

/**
 * The question the suite builds around a widget: its pointer and id, and a label and a hint
 * that carry hostile HTML, which the widget must show as text.
 */
export const conformanceQuestion = {
  pointer: '/reponse',
  id: idForPointer('/reponse'),
  label: `Votre réponse ${hostile}`,
  hint: `Aide ${hostile} pour répondre`,
} as const;

const { pointer, id, label, hint } = conformanceQuestion;

/**
 * The one-question procedure the suite renders for a case (handy to preview a widget in a story).
 * @example conformanceProcedure({ schema: { type: 'string' }, sample: 'Dupont' })
 */
export function conformanceProcedure(testCase: ConformanceCase, readOnly = false): Record<string, unknown> {
  const schema = readOnly ? { ...testCase.schema, readOnly: true } : testCase.schema;
  return {
    id: 'conformite-widget',
    version: '1',
    title: 'Conformité du widget',
    organisation: { name: 'Commune de Saint-Exemple' },
    schema: { type: 'object', properties: { reponse: schema }, required: testCase.required === false ? [] : ['reponse'] },
    fields: { [pointer]: { ...testCase.presentation, label, hint } },
  };
}

/**
 * The states that apply to a case: `error` for a required question, `read-only` when the widget
 * presents read-only questions, `answering` when the case says how to answer.
 * @example conformanceStates({ schema: { type: 'string' }, sample: 'x' }) // ['empty', 'filled', 'error']
 */
export function conformanceStates(testCase: ConformanceCase): ConformanceState[] {
  const states: ConformanceState[] = ['empty', 'filled'];
  if (testCase.required !== false) states.push('error');
  if (testCase.readOnly === true) states.push('read-only');
  if (testCase.answer) states.push('answering');
  return states;
}

interface Rendered {
  form: GuichetForm;
  root: ShadowRoot;
  before: HTMLButtonElement;
  settle(): Promise<void>;
  remove(): void;
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => { resolve(); }));
const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));
const xssFlag = globalThis as { __guichetXss?: unknown };

/** Renders the case's question in a real `<guichet-form>`, after a button (the previous focusable element). */
async function render(testCase: ConformanceCase, data: Record<string, unknown>, readOnly = false): Promise<Rendered> {
  const host = document.createElement('div');
  const before = document.createElement('button');
  before.type = 'button';
  before.textContent = 'Élément précédent';
  const form = document.createElement('guichet-form');
  form.lang = 'fr';
  form.data = data;
  form.procedure = conformanceProcedure(testCase, readOnly);
  host.append(before, form);
  document.body.append(host);
  const settle = async (): Promise<void> => {
    await form.updateComplete;
    await frame();
    await frame();
    await form.updateComplete;
  };
  await settle();
  const root = form.shadowRoot;
  if (!root) throw new Error('<guichet-form> has no shadow root');
  return { form, root, before, settle, remove: () => { host.remove(); } };
}

/** The checks of every state: text not HTML, the field's id, names, hint, aria-invalid, axe. */
async function commonChecks(rendered: Rendered, inError: boolean, fail: (check: ConformanceCheck, message: string) => void): Promise<void> {
  const { root, form } = rendered;
  const region = widgetRegion(root);
  const text = regionText(region);
  if (root.querySelector('img') || form.querySelector('img')) {
    fail('text-not-html', 'An <img> element was created from the label or the hint: they were inserted as HTML, not as text.');
  }
  if (!text.includes(label)) fail('text-not-html', `The question's label is not shown as text: « ${label} » is not in the widget's text « ${text} ».`);
  if (!text.includes(hint)) fail('text-not-html', `The hint is not shown as text: « ${hint} » is not in the widget's text « ${text} ».`);

  const target = root.getElementById(id);
  if (!target || !inRegion(region, target)) {
    fail('field-id', `No element of the widget has the question's id « ${id} », which the error summary links to.`);
  }

  const controls = focusableControls(region);
  const answering = answerControls(region, pointer);
  await withAccessibleNames(form, (nameFor) => {
    for (const control of controls) {
      const name = nameFor(control);
      if (name === '') {
        fail('accessible-name', `${nameOf(control)} has no accessible name: a screen reader announces it without saying what it is for.`);
        continue;
      }
      const named = name.includes(label) || groupsOf(control).some((group) => nameFor(group).includes(label));
      if (!named) {
        fail('accessible-name', `${nameOf(control)} is named « ${name} », which does not contain the question's label « ${label} », and no fieldset or group around it is named by the label.`);
      }
    }
  });

  for (const control of answering.length > 0 ? answering : controls) {
    if (!descriptionInContext(control).includes(hint)) {
      fail('hint', `The hint is not in the aria-describedby of ${nameOf(control)} nor of a fieldset around it: a screen reader user does not hear it.`);
    }
  }
  for (const control of answering) {
    const invalid = control.getAttribute('aria-invalid');
    if (inError && invalid !== 'true') {
      fail('aria-invalid', `${nameOf(control)} has ${invalid === null ? 'no aria-invalid' : `aria-invalid="${invalid}"`} while its question is in error; it needs aria-invalid="true".`);
    }
    if (!inError && invalid === 'true') fail('aria-invalid', `${nameOf(control)} has aria-invalid="true" while its question has no error.`);
  }

  for (const violation of await axeViolations(form)) fail('axe', violation);
  await rendered.settle();
  if (xssFlag.__guichetXss !== undefined) fail('text-not-html', 'The script in the label or the hint ran (window.__guichetXss was set).');
}

async function checkTab(rendered: Rendered, testCase: ConformanceCase, keyboard: Keyboard, fail: (check: ConformanceCheck, message: string) => void): Promise<void> {
  const region = widgetRegion(rendered.root);
  if (focusableControls(region).length === 0 && !testCase.answer) return;
  rendered.before.focus();
  await keyboard.press('Tab');
  const active = deepActiveElement();
  if (!inRegion(region, active)) {
    const where = active ? `${active.localName === 'body' ? 'the page' : nameOf(active)} « ${(active.textContent ?? '').replace(/\s+/g, ' ').trim()} »` : 'nowhere';
    fail('tab', `Tab from the element before the question went to ${where}, not into the widget: its controls are not in the Tab order.`);
  }
}

async function checkError(rendered: Rendered, fail: (check: ConformanceCheck, message: string) => void): Promise<boolean> {
  const { form, root } = rendered;
  const error = form.validate().find((e) => e.pointer === pointer);
  await rendered.settle();
  if (!error) {
    fail('setup', `validate() found no error on the empty question ${pointer}: the case's schema must make an empty answer invalid (or say required: false).`);
    return false;
  }
  const region = widgetRegion(root);
  if (!regionText(region).includes(error.message)) fail('error-message', `The error message « ${error.message} » is not shown in the widget.`);
  const answering = answerControls(region, pointer);
  const controls = answering.length > 0 ? answering : focusableControls(region);
  for (const control of controls) {
    if (!descriptionInContext(control).includes(error.message)) {
      fail('error-message', `The error message is not in the aria-describedby of ${nameOf(control)} nor of a fieldset around it.`);
    }
  }
  const link = root.querySelector<HTMLAnchorElement>(`.error-summary a[href="#${CSS.escape(id)}"]`);
  if (!link) {
    fail('error-summary', `The error summary has no link to #${id}.`);
    return true;
  }
  link.click();
  await rendered.settle();
  const target = root.getElementById(id);
  const active = deepActiveElement();
  if (!target || !active || !(target === active || target.contains(active))) {
    fail('error-summary', `Following the error summary's link to #${id} did not move the focus to ${target ? nameOf(target) : 'an element with that id'} (the focus is on ${active ? nameOf(active) : 'nothing'}).`);
  }
  return true;
}

function checkKept(rendered: Rendered, testCase: ConformanceCase, fail: (check: ConformanceCheck, message: string) => void): void {
  const data = rendered.form.data;
  const extra = Object.keys(data).filter((key) => key !== 'reponse');
  if (!jsonEqual(data.reponse, testCase.sample) || extra.length > 0) {
    fail('keeps-answer', `The data read back is ${show(data)}, not the sample given, ${show({ reponse: testCase.sample })}: the widget changed or lost part of it.`);
  }
}

async function checkShown(rendered: Rendered, testCase: ConformanceCase, readOnly: boolean, fail: (check: ConformanceCheck, message: string) => void): Promise<void> {
  if (testCase.sample === null || testCase.sample === undefined) return;
  const filled = shownState(widgetRegion(rendered.root));
  const blank = await render(testCase, {}, readOnly);
  try {
    if (shownState(widgetRegion(blank.root)) === filled) {
      fail('shows-answer', `The widget looks the same with the sample ${show(testCase.sample)} as with no answer: it does not show the answer.`);
    }
  } finally {
    blank.remove();
  }
}

/** Nothing changes a read-only answer: its controls are read-only or disabled, and its buttons change nothing. */
async function checkReadOnly(rendered: Rendered, testCase: ConformanceCase, fail: (check: ConformanceCheck, message: string) => void): Promise<void> {
  const region = widgetRegion(rendered.root);
  for (const control of answerControls(region, pointer)) {
    if (changeable(control)) fail('read-only', `${nameOf(control)} can still be changed in a read-only question: make it readonly or disabled.`);
  }
  const buttons = focusableControls(region).filter((control) => control.matches('button, [role="button"]') && changeable(control));
  let changes = 0;
  const count = (): void => {
    changes += 1;
  };
  document.addEventListener('guichet-change', count, true);
  try {
    for (const button of buttons) {
      if (!button.isConnected) continue;
      const text = (button.textContent ?? '').replace(/\s+/g, ' ').trim();
      button.click();
      await rendered.settle();
      if (changes > 0 || !jsonEqual(rendered.form.data.reponse, testCase.sample)) {
        fail('read-only', `Pressing ${nameOf(button)} « ${text} » changed the answer of a read-only question: hide or disable it.`);
        return;
      }
    }
  } finally {
    document.removeEventListener('guichet-change', count, true);
  }
}

function helpersFor(rendered: Rendered, keyboard: Keyboard): AnswerHelpers {
  const { form, root } = rendered;
  return {
    form,
    root,
    pointer,
    id,
    press: (key) => keyboard.press(key),
    type: (text) => keyboard.type(text),
    settle: () => rendered.settle(),
    control(selector = `#${CSS.escape(id)}`) {
      const found = root.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`No element matches ${selector} in the form`);
      return found;
    },
    async click(element) {
      const options = { bubbles: true, composed: true, cancelable: true, view: window };
      element.dispatchEvent(new MouseEvent('mousedown', options));
      element.focus();
      element.dispatchEvent(new MouseEvent('mouseup', options));
      element.click();
      await rendered.settle();
    },
    async pick(control, value) {
      if (!(control instanceof HTMLInputElement)) throw new Error(`pick needs an <input>, not ${nameOf(control)}`);
      control.focus();
      if (typeof value === 'string') {
        control.value = value;
      } else {
        const transfer = new DataTransfer();
        for (const file of value) transfer.items.add(file);
        control.files = transfer.files;
      }
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
      await rendered.settle();
    },
  };
}

async function checkAnswering(rendered: Rendered, testCase: ConformanceCase, keyboard: Keyboard, fail: (check: ConformanceCheck, message: string) => void): Promise<void> {
  const answer = testCase.answer;
  if (!answer) return;
  const events: CustomEvent<{ pointer?: unknown; value?: unknown }>[] = [];
  const listener = (event: Event): void => {
    if (event instanceof CustomEvent) events.push(event as CustomEvent<{ pointer?: unknown; value?: unknown }>);
  };
  document.addEventListener('guichet-change', listener, true);
  try {
    await answer(helpersFor(rendered, keyboard));
    await rendered.settle();
  } catch (error) {
    fail('change-event', `Answering failed: ${error instanceof Error ? error.message : String(error)}.`);
    return;
  } finally {
    document.removeEventListener('guichet-change', listener, true);
  }
  const last = events.at(-1);
  if (!last) {
    fail('change-event', 'Answering fired no guichet-change: the widget must record the answer with host.setValue(pointer, value).');
    return;
  }
  for (const event of events) {
    if (!event.bubbles || !event.composed) {
      fail('change-event', `A guichet-change was fired with bubbles: ${event.bubbles} and composed: ${event.composed}; it must bubble and cross shadow roots.`);
    }
  }
  const changed = last.detail.pointer;
  if (typeof changed !== 'string' || (changed !== pointer && !changed.startsWith(`${pointer}/`))) {
    fail('change-event', `The last guichet-change names the pointer ${show(changed)}, not the question's ${pointer} (or a pointer inside it).`);
  } else if (changed === pointer && !jsonEqual(last.detail.value, testCase.sample)) {
    fail('change-event', `The last guichet-change carries the value ${show(last.detail.value)}, not the sample answered, ${show(testCase.sample)}.`);
  }
  if (!jsonEqual(rendered.form.data.reponse, testCase.sample)) {
    fail('change-event', `After answering, the data holds ${show(rendered.form.data.reponse)} at ${pointer}, not the sample answered, ${show(testCase.sample)}.`);
  }
}

/**
 * Checks a widget the way a person and their assistive technology meet it: renders a real
 * `<guichet-form>` holding one question built from the case, in each state (empty, filled,
 * error, read-only, answering), and returns what fails, each failure naming the check, the
 * state and what was seen. An empty list means the widget passed. Runs in a browser, with any
 * test framework; `describeWidgetConformance` wraps it for mocha.
 *
 * Checked in every state: every focusable control has an accessible name that contains the
 * question's label (or sits in a fieldset or group named by it); an element of the widget has
 * the question's id; the hint is in the aria-describedby of the controls or of their fieldset;
 * aria-invalid="true" only in error; the label and hint, which carry hostile HTML, are shown as
 * text; axe finds no violation. In the empty state, Tab from the previous element reaches the
 * widget. In error, the message is shown and described, and the error summary's link focuses
 * the question. Filled and read-only, the sample is shown and kept (read-only: nothing can
 * change it). Answering fires `guichet-change` (bubbling, composed) with the pointer and value.
 * @example
 * import { checkWidgetConformance, webTestRunnerKeyboard } from '@guichet/form/testing';
 *
 * const failures = await checkWidgetConformance(
 *   { schema: { type: 'integer' }, presentation: { widget: 'stars' }, sample: 4 },
 *   { keyboard: webTestRunnerKeyboard },
 * );
 * // [] when the widget passes; else e.g. [{ check: 'aria-invalid', state: 'error', message: '…' }]
 */
export async function checkWidgetConformance(testCase: ConformanceCase, options: ConformanceOptions): Promise<ConformanceFailure[]> {
  const applicable = conformanceStates(testCase);
  const states = options.states ? applicable.filter((state) => options.states?.includes(state)) : applicable;
  const failures: ConformanceFailure[] = [];
  for (const state of states) {
    delete xssFlag.__guichetXss;
    const fail = (check: ConformanceCheck, message: string): void => {
      failures.push({ check, state, message });
    };
    const readOnly = state === 'read-only';
    const data = state === 'filled' || readOnly ? { reponse: copy(testCase.sample) } : {};
    const rendered = await render(testCase, data, readOnly);
    try {
      if (state === 'empty') await checkTab(rendered, testCase, options.keyboard, fail);
      const inError = state === 'error' && (await checkError(rendered, fail));
      if (state === 'answering') await checkAnswering(rendered, testCase, options.keyboard, fail);
      await commonChecks(rendered, inError, fail);
      if (state === 'filled' || readOnly) {
        checkKept(rendered, testCase, fail);
        await checkShown(rendered, testCase, readOnly, fail);
      }
      if (readOnly) await checkReadOnly(rendered, testCase, fail);
    } finally {
      rendered.remove();
    }
  }
  return failures;
}
