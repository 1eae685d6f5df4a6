import type { FieldPresentation, PersonalDataCategory } from '../generated/procedure.js';
import { catalogue, type Catalogue, type Locale } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import { isObject } from '../json.js';
import { engineOf, type Engine } from '../procedure/engine.js';
import type { Procedure } from '../procedure/model.js';
import { childPointer, formatPointer, getAt, idForPointer, parsePointer } from '../pointer.js';
import { resolveSchema, type Located, type ResolvedSchema } from '../schema/resolve.js';
import { MAX_SCHEMA_DEPTH } from '../schema/walk.js';
import { addAddressTokens } from './address.js';
import { labelOf, presentationOf } from './presentation.js';
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
  options?: OptionView[];
  constraints: Constraints;
  file?: FieldPresentation['file'];
  personalData?: PersonalDataCategory;
  /** A group's fields, or a repeatable group's items (each a group), or a list's items. */
  children?: FieldView[];
  /** The title of one item of a repeatable group or list ("Enfant"), numbered in each item's label. */
  itemTitle?: string;
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
}

const registry = builtinRegistry();
// Not `nir`: people born in Corsica have 2A or 2B in theirs, which a numeric keypad cannot type.
const numericFormats = new Set(['fr-postal-code', 'siren', 'siret']);
const autocompleteByFormat: Record<string, string> = { email: 'email', 'fr-phone': 'tel', 'fr-postal-code': 'postal-code' };
const constraintKeys = [
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems',
] as const;

/** The JSON type of a resolved schema: its `type` (ignoring `null` beside another), else what its keywords imply. */
export function fieldType(resolved: ResolvedSchema): FieldType | 'mixed' | undefined {
  const declared = resolved.keywords.type;
  const types = (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]).filter((t) => typeof t === 'string');
  const meaningful = types.length > 1 ? types.filter((t) => t !== 'null') : types;
  if (meaningful.length > 1) return meaningful.every((t) => t === 'number' || t === 'integer') ? 'number' : 'mixed';
  if (meaningful.length === 1) return meaningful[0] as FieldType;
  if (resolved.properties.size > 0) return 'object';
  if (resolved.items || resolved.tuple) return 'array';
  const values = resolved.options?.map((o) => o.value) ?? (resolved.constant ? [resolved.constant.value] : []);
  const kinds = new Set(values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)));
  if (kinds.size === 1) {
    const kind = [...kinds][0];
    if (kind === 'string' || kind === 'number' || kind === 'boolean') return kind;
  }
  if (typeof resolved.keywords.format === 'string' || 'minLength' in resolved.keywords || 'maxLength' in resolved.keywords) return 'string';
  if ('minimum' in resolved.keywords || 'maximum' in resolved.keywords) return 'number';
  return undefined;
}

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
  if (resolved.alternatives) return m.alternatives();
  if (type === 'mixed') return m.mixedTypes();
  if (type === undefined) return m.noType();
  if (type === 'array' && resolved.tuple && !resolved.items) return m.tuple();
  const { additionalProperties, patternProperties } = resolved.keywords;
  if (type === 'object' && resolved.properties.size === 0 && (isObject(additionalProperties) || isObject(patternProperties))) {
    return m.dynamicKeys();
  }
  return undefined;
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
  const resolved = resolveSchema(ctx.engine, located, value);
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
  const hint = localize(presentation?.hint, ctx.locale) ?? (typeof resolved.keywords.description === 'string' ? resolved.keywords.description : undefined);
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
  const format = resolved.keywords.format;
  if (typeof format === 'string') view.constraints.format = format;
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
  return view;
}

/** Where the data's root stands: its resolved schema and view context. */
export function viewContext(procedure: Procedure, data: unknown, locale: Locale, errors: ReadonlyMap<string, string>): ViewContext {
  return { procedure, engine: engineOf(procedure), data, locale, messages: catalogue(locale), errors };
}

/**
 * The view of the field at a data pointer given by a step, or undefined when that field is
 * not shown for the current data (its condition is false).
 */
export function fieldAt(ctx: ViewContext, pointer: string): FieldView | undefined {
  let resolved = resolveSchema(ctx.engine, ctx.engine.root, ctx.data);
  let located: Located | undefined;
  let required = false;
  // A field of a `oneOf`/`anyOf` branch the data cannot choose: shown as an explained fallback, never dropped.
  let undecided = false;
  const tokens = parsePointer(pointer);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    located = resolved.properties.get(token);
    if (!located && resolved.alternatives) {
      const value = getAt(ctx.data, formatPointer(tokens.slice(0, i)));
      located = resolved.alternatives.map((branch) => resolveSchema(ctx.engine, branch, value).properties.get(token)).find(Boolean);
      undecided ||= located !== undefined;
    }
    if (!located) return undefined;
    required = !undecided && resolved.required.has(token);
    if (i < tokens.length - 1) resolved = resolveSchema(ctx.engine, located, getAt(ctx.data, formatPointer(tokens.slice(0, i + 1))));
  }
  if (!located) return undefined;
  const view = buildField(ctx, located, pointer, pointer, required, new Set());
  if (!undecided) return view;
  const fallback: FieldView = { ...view, widget: 'fallback', fallback: ctx.messages.fallback.alternatives() };
  delete fallback.children;
  return fallback;
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
