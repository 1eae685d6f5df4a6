import type { FieldPresentation, PersonalDataCategory } from '../generated/procedure.js';
import { catalogue, type Catalogue, type Locale } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import { isObject } from '../json.js';
import { engineOf, type Engine } from '../procedure/engine.js';
import type { Procedure } from '../procedure/model.js';
import { childPointer, formatPointer, getAt, idForPointer, parsePointer } from '../pointer.js';
import { resolveSchema, type Located, type ResolvedSchema } from '../schema/resolve.js';
import { MAX_SCHEMA_DEPTH } from '../schema/walk.js';
import { identifierWidth, isIdentifierFormat } from './input-text.js';
import { addAddressTokens } from './address.js';
import { labelOf, presentationOf } from './presentation.js';
import { alternativeOptions } from './alternatives.js';
import { fieldType } from './field-type.js';
import { builtinRegistry, isReadOnly, type FieldType, type WidgetContext } from './widgets.js';

/** A choice of a radio list, select, combobox or checkbox list. */
export interface OptionView {
  value: unknown;
  label: string;
  hint?: string;
}

/** The limits a field's input shows (and the browser may help with). */
export interface Constraints {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
}

/** Everything the form needs to render one field, computed by core, already translated. */
export interface FieldView {
  kind: 'field';
  /** JSON pointer of the value in the data. */
  pointer: string;
  /** The key of its presentation in the procedure (array indexes as `*`). */
  key: string;
  /** An HTML id derived from the pointer. */
  id: string;
  /** The built-in widget chosen for it (`text`, `radios`, `group`, `repeater`, `fallback`…). */
  widget: string;
  type?: FieldType;
  label: string;
  hint?: string;
  required: boolean;
  readOnly: boolean;
  value: unknown;
  /** The message of the error shown on this field, if any. */
  error?: string;
  autocomplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'url';
  placeholder?: string;
  /** The characters the answer needs (a postal code: 5), when its input should be narrower than the line. */
  width?: number;
  options?: OptionView[];
  constraints: Constraints;
  file?: FieldPresentation['file'];
  personalData?: PersonalDataCategory;
  /** A group's fields, or a repeatable group's items (each a group), or a list's items. */
  children?: FieldView[];
  /** The title of one item of a repeatable group or list ("Enfant"), numbered in each item's label. */
  itemTitle?: string;
  /** For the `alternatives` widget: the index of the alternative that applies (its fields are the children), if any. */
  alternative?: number;
  /** Why this part is shown as an explained fallback instead of a field. */
  fallback?: string;
  /** The resolved schema, for widgets that need more than the view gives. */
  schema: ResolvedSchema;
}

/** Where a view is built: the procedure, its data, the locale and the errors shown. */
export interface ViewContext {
  procedure: Procedure;
  engine: Engine;
  data: unknown;
  locale: Locale;
  messages: Catalogue;
  errors: ReadonlyMap<string, string>;
  /** The alternative the person picked, by data pointer (see `chooseAlternative`). */
  choices: Readonly<Record<string, number>>;
  /** Schemas already resolved for these answers, by schema pointer and data pointer (see `resolvedAt`). */
  cache: Map<string, ResolvedSchema>;
}

/**
 * The subschema at `located` resolved for the answer at a data pointer, once per view context:
 * a step resolves the root and each group once, not once per question (which made a flat form
 * of 1,000 questions cost a million property copies).
 */
function resolvedAt(ctx: ViewContext, located: Located, pointer: string): ResolvedSchema {
  const choice = choiceAt(ctx, pointer);
  const key = `${located.pointer}\u0000${pointer}\u0000${choice === undefined ? '' : String(choice)}`;
  let resolved = ctx.cache.get(key);
  if (!resolved) {
    resolved = resolveSchema(ctx.engine, located, getAt(ctx.data, pointer), 0, true, choice);
    ctx.cache.set(key, resolved);
  }
  return resolved;
}

const registry = builtinRegistry();
// Not `nir`: people born in Corsica have 2A or 2B in theirs, which a numeric keypad cannot type.
const numericFormats = new Set(['fr-postal-code', 'siren', 'siret']);
const autocompleteByFormat: Record<string, string> = { email: 'email', 'fr-phone': 'tel', 'fr-postal-code': 'postal-code' };
const constraintKeys = [
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems',
] as const;

function optionViews(resolved: ResolvedSchema, presentation: FieldPresentation | undefined, locale: Locale): OptionView[] | undefined {
  return resolved.options?.map((option) => {
    const label =
      localize(presentation?.options?.[String(option.value)], locale) ??
      option.title ??
      (typeof option.value === 'string' ? option.value : JSON.stringify(option.value));
    return option.description ? { value: option.value, label, hint: option.description } : { value: option.value, label };
  });
}

function itemOptions(ctx: ViewContext, resolved: ResolvedSchema, presentation: FieldPresentation | undefined): OptionView[] | undefined {
  if (!resolved.items) return undefined;
  return optionViews(resolveSchema(ctx.engine, resolved.items, undefined), presentation, ctx.locale);
}

function fallbackReason(ctx: ViewContext, resolved: ResolvedSchema, type: ReturnType<typeof fieldType>): string | undefined {
  const m = ctx.messages.fallback;
  if (type === 'mixed') return m.mixedTypes();
  if (type === undefined) return m.noType();
  if (type === 'array' && resolved.tuple && !resolved.items) return m.tuple();
  const { additionalProperties, patternProperties } = resolved.keywords;
  if (type === 'object' && resolved.properties.size === 0 && (isObject(additionalProperties) || isObject(patternProperties))) {
    return m.dynamicKeys();
  }
  return undefined;
}

function identifierHint(messages: Catalogue, format: unknown): string | undefined {
  if (!isIdentifierFormat(format) || format === 'fr-postal-code') return undefined;
  return messages.identifierHint[format]();
}

/** The characters an answer needs: an identifier's grouped length, a short `maxLength`, the digits of a bounded integer. */
function inputWidth(resolved: ResolvedSchema, type: ReturnType<typeof fieldType>): number | undefined {
  const { format, maxLength, maximum, minimum } = resolved.keywords;
  if (isIdentifierFormat(format)) return identifierWidth(format);
  if (type === 'string' && format === undefined && typeof maxLength === 'number' && maxLength <= 30) return Math.max(maxLength, 2);
  if (type === 'integer' && typeof maximum === 'number' && Number.isSafeInteger(maximum)) {
    const digits = Math.max(String(maximum).length, typeof minimum === 'number' ? String(minimum).length : 0);
    return Math.max(digits, 2);
  }
  return undefined;
}

/**
 * A field with alternatives no `const` tells apart: the question "which one?", then, once one
 * applies, its questions (an object's) or its answer (a value's) as children.
 */
function withAlternatives(ctx: ViewContext, view: FieldView, resolved: ResolvedSchema, key: string, seen: ReadonlySet<string>): FieldView {
  const branches = resolved.alternatives ?? [];
  view.widget = 'alternatives';
  view.options = alternativeOptions(ctx, branches, presentationOf(ctx.procedure, key));
  const chosen = resolved.alternative;
  const branch = chosen === undefined ? undefined : branches[chosen];
  if (chosen === undefined || !branch) return view;
  view.alternative = chosen;
  const path = new Set(seen).add(resolved.pointer);
  if (resolved.properties.size > 0) {
    view.children = [...resolved.properties].map(([name, child]) =>
      buildField(ctx, child, childPointer(view.pointer, name), childPointer(key, name), resolved.required.has(name), path),
    );
    return view;
  }
  // A value's alternative (a text or a number): one input at the same pointer, which takes the
  // field's id and error; an alternative that offers the same alternatives again is not followed.
  const own = resolveSchema(ctx.engine, branch, view.value);
  if (own.alternatives || path.has(own.pointer)) return { ...view, fallback: ctx.messages.fallback.recursion() };
  const answer = buildField(ctx, branch, view.pointer, key, view.required, path);
  const alternative = view.options[chosen]?.label;
  answer.label = alternative === undefined ? view.label : ctx.messages.alternative.answer({ question: view.label, alternative });
  view.children = [answer];
  // `.alt` cannot come out of idForPointer (its escapes are `.hex.`): the question's own id stays the answer's.
  view.id = `${view.id}.alt`;
  delete view.error;
  return view;
}

/** `readOnly` on a group or a list is about its whole value: every part of it is read-only too. */
function markReadOnly(children: FieldView[] | undefined): void {
  for (const child of children ?? []) {
    child.readOnly = true;
    markReadOnly(child.children);
  }
}

/** Builds the view of the field at `pointer`, with its children; `seen` guards against endless recursion. */
export function buildField(
  ctx: ViewContext,
  located: Located,
  pointer: string,
  key: string,
  required: boolean,
  seen: ReadonlySet<string>,
): FieldView {
  const value = getAt(ctx.data, pointer);
  const resolved = resolvedAt(ctx, located, pointer);
  const presentation = presentationOf(ctx.procedure, key);
  const type = fieldType(resolved);
  const view: FieldView = {
    kind: 'field',
    pointer,
    key,
    id: idForPointer(pointer),
    widget: 'fallback',
    label: labelOf(presentation, resolved, pointer, ctx.locale),
    required,
    readOnly: isReadOnly({ schema: resolved, type: undefined, presentation, pointer }),
    value,
    constraints: {},
    schema: resolved,
  };
  const format = resolved.keywords.format;
  const hint =
    localize(presentation?.hint, ctx.locale) ??
    (typeof resolved.keywords.description === 'string' ? resolved.keywords.description : undefined) ??
    identifierHint(ctx.messages, format);
  if (hint) view.hint = hint;
  const error = ctx.errors.get(pointer);
  if (error) view.error = error;
  if (type !== undefined && type !== 'mixed') view.type = type;
  if (presentation?.personalData) view.personalData = presentation.personalData;
  if (presentation?.file) view.file = presentation.file;
  const placeholder = localize(presentation?.placeholder, ctx.locale);
  if (placeholder) view.placeholder = placeholder;
  for (const keyword of constraintKeys) {
    const limit = resolved.keywords[keyword];
    if (typeof limit === 'number') view.constraints[keyword] = limit;
  }
  if (typeof resolved.keywords.pattern === 'string') view.constraints.pattern = resolved.keywords.pattern;
  if (typeof format === 'string') view.constraints.format = format;
  const width = inputWidth(resolved, type);
  if (width !== undefined) view.width = width;
  const autocomplete = presentation?.autocomplete ?? (typeof format === 'string' ? autocompleteByFormat[format] : undefined);
  if (autocomplete) view.autocomplete = autocomplete;
  if (type === 'integer' || (typeof format === 'string' && numericFormats.has(format))) view.inputMode = 'numeric';
  else if (type === 'number') view.inputMode = 'decimal';
  else if (format === 'email') view.inputMode = 'email';
  else if (format === 'fr-phone') view.inputMode = 'tel';
  else if (format === 'uri') view.inputMode = 'url';
  const options = type === 'array' ? itemOptions(ctx, resolved, presentation) : optionViews(resolved, presentation, ctx.locale);
  if (options) view.options = options;
  if (type === 'boolean' && !options) view.options = [{ value: true, label: ctx.messages.yes() }, { value: false, label: ctx.messages.no() }];

  if (resolved.alternatives) return withAlternatives(ctx, view, resolved, key, seen);
  const reason = fallbackReason(ctx, resolved, type);
  const depth = parsePointer(pointer).length;
  const recursive = seen.has(resolved.pointer) && value === undefined;
  if (reason || recursive || depth > MAX_SCHEMA_DEPTH) {
    view.fallback = reason ?? ctx.messages.fallback.recursion();
    return view;
  }
  const context: WidgetContext = { schema: resolved, type: view.type, presentation, pointer };
  view.widget = registry.select(context)?.name ?? 'fallback';
  if (view.widget === 'fallback') view.fallback = ctx.messages.fallback.noType();
  const path = new Set(seen).add(resolved.pointer);
  if (view.widget === 'group' || view.widget === 'address') {
    view.children = [...resolved.properties].map(([name, child]) =>
      buildField(ctx, child, childPointer(pointer, name), childPointer(key, name), resolved.required.has(name), path),
    );
    if (view.widget === 'address') addAddressTokens(view, (k) => presentationOf(ctx.procedure, k));
  } else if (view.widget === 'repeater' || view.widget === 'list') {
    // "Enfant 2": the items' own title when the schema gives one, else the list's label.
    const itemSchema = resolved.items ? resolveSchema(ctx.engine, resolved.items, undefined) : undefined;
    const title = itemSchema?.keywords.title;
    view.itemTitle = typeof title === 'string' && title.trim() !== '' ? title : view.label;
    const items = Array.isArray(value) ? value : [];
    view.children = items.map((_, i) => {
      const item = buildField(ctx, resolved.tuple?.[i] ?? (resolved.items as Located), childPointer(pointer, i), childPointer(key, '*'), true, path);
      item.label = ctx.messages.itemLabel({ label: view.itemTitle ?? view.label, position: i + 1 });
      return item;
    });
  }
  if (view.widget === 'checkboxes' || view.widget === 'repeater') view.required ||= (view.constraints.minItems ?? 0) > 0;
  if (view.readOnly) markReadOnly(view.children);
  return view;
}

/** Where the data's root stands: its resolved schema and view context. */
export function viewContext(
  procedure: Procedure,
  data: unknown,
  locale: Locale,
  errors: ReadonlyMap<string, string>,
  choices: Readonly<Record<string, number>> = {},
): ViewContext {
  return { procedure, engine: engineOf(procedure), data, locale, messages: catalogue(locale), errors, choices, cache: new Map() };
}

function choiceAt(ctx: ViewContext, pointer: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(ctx.choices, pointer) ? ctx.choices[pointer] : undefined;
}

/** Where a data pointer leads in the schema for the current answers and choices. */
export interface Location {
  /** Its subschema, or undefined when the answers do not show it (a condition, an alternative not picked). */
  located: Located | undefined;
  required: boolean;
  /** The pointers, above it, of the alternatives that decide whether it is shown (their choosers come first). */
  choosers: string[];
}

/** Follows a data pointer down the schema resolved for the current answers and the person's choices. */
export function locate(ctx: ViewContext, pointer: string): Location {
  let resolved = resolvedAt(ctx, ctx.engine.root, '');
  let located: Located | undefined = ctx.engine.root;
  let required = false;
  const choosers: string[] = [];
  const tokens = parsePointer(pointer);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const at = formatPointer(tokens.slice(0, i));
    if (resolved.alternatives) {
      const value = getAt(ctx.data, at);
      if (resolved.alternatives.some((branch) => resolveSchema(ctx.engine, branch, value).properties.has(token))) choosers.push(at);
    }
    located = resolved.properties.get(token);
    if (!located) return { located: undefined, required: false, choosers };
    required = resolved.required.has(token);
    if (i < tokens.length - 1) {
      const next = formatPointer(tokens.slice(0, i + 1));
      resolved = resolvedAt(ctx, located, next);
    }
  }
  return { located, required, choosers };
}

/**
 * The view of the field at a data pointer given by a step, or undefined when that field is
 * not shown for the current data (its condition is false, its alternative not picked).
 */
export function fieldAt(ctx: ViewContext, pointer: string): FieldView | undefined {
  const { located, required } = locate(ctx, pointer);
  return located && pointer !== '' ? buildField(ctx, located, pointer, pointer, required, new Set()) : undefined;
}

/**
 * The question "which alternative?" asked above the fields of a step that belong to
 * alternatives at `pointer`, without those fields (the step places them).
 */
export function chooserAt(ctx: ViewContext, pointer: string): FieldView | undefined {
  const { located, required } = locate(ctx, pointer);
  if (!located) return undefined;
  const view = buildField(ctx, located, pointer, pointer, pointer === '' || required, new Set());
  if (view.widget !== 'alternatives') return undefined;
  delete view.children;
  // The root's title is the form's: the question is asked in the catalogue's words.
  if (pointer === '') view.label = ctx.messages.alternative.question();
  return view;
}

/**
 * The view of the whole data when the procedure has no step (a bare schema without
 * properties): an explained fallback when the root cannot be shown, else undefined.
 */
export function rootField(ctx: ViewContext): FieldView | undefined {
  const view = buildField(ctx, ctx.engine.root, '', '', false, new Set());
  if (!view.fallback) return undefined;
  view.label ||= localize(ctx.procedure.document.title, ctx.locale) ?? '';
  return view;
}
