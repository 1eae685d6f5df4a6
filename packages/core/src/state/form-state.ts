import type { Content, Step } from '../generated/procedure.js';
import { catalogue, type Locale, toLocale } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import { isObject, jsonEqual } from '../json.js';
import type { Procedure } from '../procedure/model.js';
import { getAt, idForPointer, isWithin, setAt } from '../pointer.js';
import { validationPart } from '../validation/backend.js';
import type { FieldError } from '../validation/validate.js';
import { minimiseData } from './minimise.js';
import { chooserAt, fieldAt, locate, rootField, viewContext, type FieldView } from './views.js';

/** The state of one filling of a procedure. Transitions are pure and return new states. */
export interface FormState {
  readonly procedure: Procedure;
  /** The answers, as typed (hidden answers included: minimisation happens at submission). */
  readonly data: Record<string, unknown>;
  readonly locale: Locale;
  /** Index in `procedure.steps` of the step shown. */
  readonly step: number;
  /** The errors shown, each on its field. */
  readonly errors: readonly FieldError[];
  /** The alternative the person picked, by data pointer, where a schema offers alternatives no value tells apart. */
  readonly choices: Readonly<Record<string, number>>;
  /** What the person answered in an alternative they left, by data pointer then alternative, given back if they return. */
  readonly setAside: Readonly<Record<string, Readonly<Record<number, unknown>>>>;
}

/** A heading or an explanatory text of a step. */
export interface ContentView {
  kind: 'content';
  content: Content['content'];
  text: string;
  id: string;
}

/** What the form shows of one step. */
export interface StepView {
  id: string;
  /** Index in `procedure.steps`. */
  index: number;
  title: string;
  description?: string;
  /** "Étape 2 sur 4", counting only the steps shown for the current answers. */
  position: string;
  items: Array<FieldView | ContentView>;
}

/** A step in the list of steps, and whether the current answers show it. */
export interface StepSummary {
  id: string;
  index: number;
  title: string;
  visible: boolean;
}

/**
 * A new state for a procedure, with initial answers (an object) and a language.
 * @example createFormState(procedure, { data: { nom: 'Dupont' }, locale: 'en' })
 */
export function createFormState(procedure: Procedure, options: { data?: unknown; locale?: string } = {}): FormState {
  const data = isObject(options.data) ? options.data : {};
  const step = firstVisible(procedure, data, {}, 0, 1) ?? 0;
  return { procedure, data, locale: toLocale(options.locale), step, errors: [], choices: {}, setAside: {} };
}

function stepFields(step: Step | undefined): string[] {
  return step ? step.items.filter((item): item is string => typeof item === 'string') : [];
}

/** The pointers of the questions that pick an alternative asked on a step, before the questions that depend on them. */
function stepChoosers(state: FormState, step: Step | undefined): string[] {
  const fields = stepFields(step);
  const ctx = viewContext(state.procedure, state.data, state.locale, new Map(), state.choices);
  const found = new Set<string>();
  for (const pointer of fields) for (const at of locate(ctx, pointer).choosers) if (!fields.includes(at)) found.add(at);
  return [...found];
}

/** A step is shown when one of its questions is, or the question that picks an alternative for one of them. */
function isStepVisible(procedure: Procedure, data: unknown, choices: FormState['choices'], step: Step): boolean {
  const fields = stepFields(step);
  if (fields.length === 0) return true;
  const ctx = viewContext(procedure, data, 'fr', new Map(), choices);
  return fields.some((pointer) => {
    const { located, choosers } = locate(ctx, pointer);
    return located !== undefined || choosers.some((at) => chooserAt(ctx, at) !== undefined);
  });
}

function firstVisible(procedure: Procedure, data: unknown, choices: FormState['choices'], from: number, direction: 1 | -1): number | undefined {
  for (let i = from; i >= 0 && i < procedure.steps.length; i += direction) {
    if (isStepVisible(procedure, data, choices, procedure.steps[i] as Step)) return i;
  }
  return undefined;
}

/**
 * Sets the answer at a data pointer (undefined removes it) and clears the error shown on
 * that field. Returns the same state when nothing changes.
 * @example setValue(state, '/demandeur/nom', 'Dupont')
 */
export function setValue(state: FormState, pointer: string, value: unknown): FormState {
  if (pointer === '') return state;
  const current = getAt(state.data, pointer);
  const errors = state.errors.filter((e) => !isWithin(e.pointer, pointer));
  if (jsonEqual(current, value) && errors.length === state.errors.length) return state;
  const data = setAt(state.data, pointer, value) as Record<string, unknown>;
  return { ...state, data, errors };
}

/** The same state in another language. */
export function setLocale(state: FormState, lang: string): FormState {
  const locale = toLocale(lang);
  if (locale === state.locale) return state;
  const errors =
    state.errors.length > 0
      ? validationPart('checks').validateData(state.procedure, state.data, { locale, within: errorScope(state), at: errorScope(state), choices: state.choices })
      : state.errors;
  return { ...state, locale, errors };
}

function errorScope(state: FormState): string[] {
  return state.errors.map((e) => e.pointer);
}

// States never change, so what is computed from one is kept with it (a render asks several times).
const summaries = new WeakMap<FormState, StepSummary[]>();
const views = new WeakMap<FormState, StepView>();

/** The steps, with which ones the current answers show. */
export function stepSummaries(state: FormState): StepSummary[] {
  const known = summaries.get(state);
  if (known) return known;
  const found = state.procedure.steps.map((step, index) => ({
    id: step.id,
    index,
    title: localize(step.title, state.locale) ?? step.id,
    visible: isStepVisible(state.procedure, state.data, state.choices, step),
  }));
  summaries.set(state, found);
  return found;
}

/** The view of the current step: its title, its position and its fields, ready to render. */
export function currentStep(state: FormState): StepView {
  let view = views.get(state);
  if (!view) {
    view = stepView(state);
    views.set(state, view);
  }
  return view;
}

function stepView(state: FormState): StepView {
  const step = state.procedure.steps[state.step];
  const errors = new Map(state.errors.map((e) => [e.pointer, e.message]));
  const ctx = viewContext(state.procedure, state.data, state.locale, errors, state.choices);
  if (!step) {
    // A bare schema without properties has no step: one page shows why nothing can be asked.
    const root = rootField(ctx);
    const title = localize(state.procedure.document.title, state.locale) ?? '';
    return { id: 'questions', index: 0, title, position: catalogue(state.locale).stepOf({ index: 1, total: 1 }), items: root ? [root] : [] };
  }
  const visible = stepSummaries(state).filter((s) => s.visible);
  const position = catalogue(state.locale).stepOf({
    index: visible.findIndex((s) => s.index === state.step) + 1,
    total: visible.length,
  });
  const items: StepView['items'] = [];
  const placed = new Set(stepFields(step));
  const asked = new Set<string>();
  step.items.forEach((item, i) => {
    if (typeof item === 'string') {
      // The question that picks an alternative comes before the first question that depends on it.
      for (const at of locate(ctx, item).choosers) {
        if (asked.has(at) || placed.has(at)) continue;
        asked.add(at);
        const chooser = chooserAt(ctx, at);
        if (chooser) items.push(chooser);
      }
      const field = fieldAt(ctx, item);
      if (field) items.push(field);
    } else {
      const text = localize(item.text, state.locale) ?? '';
      items.push({ kind: 'content', content: item.content, text, id: idForPointer(`/${step.id}/${i}`, 'gc') });
    }
  });
  const view: StepView = { id: step.id, index: state.step, title: localize(step.title, state.locale) ?? step.id, position, items };
  const description = localize(step.description, state.locale);
  if (description) view.description = description;
  return view;
}

/** Shows the errors of the current step (none when it is complete). */
export function validateStep(state: FormState): FormState {
  const step = state.procedure.steps[state.step];
  const errors = validationPart('checks').validateData(state.procedure, state.data, {
    locale: state.locale,
    within: stepFields(step),
    at: stepChoosers(state, step),
    choices: state.choices,
  });
  return jsonEqual(errors, state.errors) ? state : { ...state, errors };
}

/** Validates the current step and, when it is complete, moves to the next step shown. */
export function nextStep(state: FormState): FormState {
  const validated = validateStep(state);
  if (validated.errors.length > 0) return validated;
  const next = firstVisible(state.procedure, state.data, state.choices, state.step + 1, 1);
  return next === undefined ? validated : { ...validated, step: next };
}

/** Moves to the previous step shown, without validating. */
export function previousStep(state: FormState): FormState {
  const previous = firstVisible(state.procedure, state.data, state.choices, state.step - 1, -1);
  return previous === undefined ? state : { ...state, step: previous, errors: [] };
}

/** Moves to a step by index (a "change" link of the review page). */
export function goToStep(state: FormState, index: number): FormState {
  if (index === state.step || index < 0 || index >= state.procedure.steps.length) return state;
  return { ...state, step: index, errors: [] };
}

/** Validates every answer; the state shows the first step with an error, if any. */
export function validateAll(state: FormState): FormState {
  const errors = validationPart('checks').validateData(state.procedure, state.data, { locale: state.locale, choices: state.choices });
  return showErrors(state, errors);
}

/**
 * Shows errors found elsewhere, such as those a receiver answered (a 422), on their fields: the
 * state shows the first step with one of them (the current step when none is on a step). The
 * answers are kept.
 * @example showErrors(state, [{ pointer: '/nom', keyword: 'receiver', message: 'Nom inconnu' }]).step // the step asking /nom
 */
export function showErrors(state: FormState, errors: readonly FieldError[]): FormState {
  const failing = state.procedure.steps.findIndex((step) =>
    errors.some((e) => stepFields(step).some((p) => isWithin(e.pointer, p)) || stepChoosers(state, step).includes(e.pointer)),
  );
  return { ...state, errors: [...errors], step: failing >= 0 ? failing : state.step };
}

/** The answers to submit: only those of the questions shown (data minimisation). */
export function submissionData(state: FormState): Record<string, unknown> {
  const data = minimiseData(state.procedure, state.data);
  return isObject(data) ? data : {};
}
