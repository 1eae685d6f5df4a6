import type { FieldPresentation } from '../generated/procedure.js';
import { localize } from '../i18n/localize.js';
import { defineOwn, hasOwn, isObject } from '../json.js';
import { formatPointer, getAt, isWithin, parsePointer, setAt } from '../pointer.js';
import { resolveSchema, type Located } from '../schema/resolve.js';
import { fieldType } from './field-type.js';
import type { FormState } from './form-state.js';
import { locate, viewContext, type OptionView, type ViewContext } from './views.js';

const MAX_NAMED_PROPERTIES = 3;

/** What an alternative asks, in a few words, when the schema gives it no title. */
function describe(ctx: ViewContext, branch: Located, index: number): string {
  const m = ctx.messages.alternative;
  const resolved = resolveSchema(ctx.engine, branch, undefined, 0, false);
  const title = resolved.keywords.title;
  if (typeof title === 'string' && title.trim() !== '') return title;
  // `{ "$ref": "#/definitions/address" }`: the definition's name says what it is.
  if (isObject(branch.node) && typeof branch.node.$ref === 'string') {
    const name = parsePointer(branch.node.$ref.replace(/^[^#]*#/, '')).pop();
    if (name) return name;
  }
  if (resolved.properties.size > 0) {
    const names = [...resolved.properties].map(([name, located]) => {
      const propertyTitle = isObject(located.node) ? located.node.title : undefined;
      return typeof propertyTitle === 'string' && propertyTitle.trim() !== '' ? propertyTitle : name;
    });
    const shown = names.slice(0, MAX_NAMED_PROPERTIES).join(', ');
    return names.length > MAX_NAMED_PROPERTIES ? `${shown}…` : shown;
  }
  if (resolved.options) return m.choice();
  const type = fieldType(resolved);
  if (type === 'string') return m.text();
  if (type === 'number' || type === 'integer') return m.number();
  if (type === 'boolean') return m.yesNo();
  if (type === 'array') return m.list();
  return m.numbered({ position: index + 1 });
}

/**
 * The options of the question "which alternative?": the procedure's labels (its `options`
 * keyed "0", "1"…), else each branch's title, definition name, questions or kind of answer.
 * Two equal labels are numbered, so the person can tell them apart.
 */
export function alternativeOptions(ctx: ViewContext, branches: readonly Located[], presentation: FieldPresentation | undefined): OptionView[] {
  const labels = branches.map((branch, i) => localize(presentation?.options?.[String(i)], ctx.locale) ?? describe(ctx, branch, i));
  return labels.map((label, i) => ({
    value: i,
    label: labels.indexOf(label) === labels.lastIndexOf(label) ? label : `${label} (${String(i + 1)})`,
  }));
}

/** Splits an object's answers between the questions an alternative declares and the others. */
function split(value: Record<string, unknown>, declared: ReadonlyMap<string, unknown>): { kept: Record<string, unknown>; aside: Record<string, unknown> } {
  const kept: Record<string, unknown> = {};
  const aside: Record<string, unknown> = {};
  for (const key of Object.keys(value)) defineOwn(declared.has(key) ? kept : aside, key, value[key]);
  return { kept, aside };
}

/**
 * The person picks the alternative `index` at a data pointer ("par adresse" rather than "par
 * utilisateur"). The answers that only the alternative left asks are set aside, so the data
 * fits the one picked (a server validating `oneOf` agrees), and given back if the person
 * returns to it. Returns the same state when nothing changes.
 * @example chooseAlternative(state, '/contact', 1)
 */
export function chooseAlternative(state: FormState, pointer: string, index: number): FormState {
  const ctx = viewContext(state.procedure, state.data, state.locale, new Map(), state.choices);
  const { located } = locate(ctx, pointer);
  if (!located) return state;
  const value = getAt(state.data, pointer);
  const current = resolveSchema(ctx.engine, located, value, 0, true, state.choices[pointer]);
  const branches = current.alternatives;
  const branch = branches?.[index];
  if (!branches || !branch || !Number.isInteger(index)) return state;
  if (current.alternative === index && state.choices[pointer] === index) return state;
  const leaving = current.alternative;
  const target = resolveSchema(ctx.engine, located, value, 0, true, index);
  const stored = hasOwn(state.setAside, pointer) ? state.setAside[pointer] : undefined;
  const returning = stored && hasOwn(stored, String(index)) ? stored[index] : undefined;
  let next: unknown;
  let aside: unknown;
  if (isObject(value) || (value === undefined && target.properties.size > 0)) {
    const parts = split(isObject(value) ? value : {}, target.properties);
    // What the person typed in this alternative before comes back, without overwriting newer answers.
    if (isObject(returning)) for (const key of Object.keys(returning)) if (!hasOwn(parts.kept, key)) defineOwn(parts.kept, key, returning[key]);
    next = value === undefined && Object.keys(parts.kept).length === 0 ? undefined : parts.kept;
    aside = Object.keys(parts.aside).length > 0 ? parts.aside : undefined;
  } else if (value !== undefined && !ctx.engine.test(branch.pointer, value)) {
    next = returning;
    aside = value;
  } else {
    next = value ?? returning;
  }
  const tokens = parsePointer(pointer);
  // An item of a list keeps its place: emptied, not removed.
  const inList = tokens.length > 0 && Array.isArray(getAt(state.data, formatPointer(tokens.slice(0, -1))));
  if (next === undefined && inList) next = target.properties.size > 0 ? {} : value;
  const data = pointer === '' ? (isObject(next) ? next : {}) : (setAt(state.data, pointer, next) as Record<string, unknown>);
  const setAside = { ...state.setAside };
  if (leaving !== undefined && aside !== undefined) setAside[pointer] = { ...stored, [leaving]: aside };
  return {
    ...state,
    data,
    choices: { ...state.choices, [pointer]: index },
    setAside,
    errors: state.errors.filter((e) => !isWithin(e.pointer, pointer)),
  };
}
