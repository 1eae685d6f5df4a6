import type { FieldPresentation } from '../generated/procedure.js';
import { isObject } from '../json.js';
import type { ResolvedSchema } from '../schema/resolve.js';
import { isAddress } from './address.js';

/** The JSON type a field holds. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** What a tester looks at to rank a widget for a field. */
export interface WidgetContext {
  /** The field's schema, resolved for the current data. */
  schema: ResolvedSchema;
  /** The field's JSON type, undefined when the schema does not tell one. */
  type: FieldType | undefined;
  /** The field's presentation in the procedure. */
  presentation: FieldPresentation | undefined;
  /** The field's data pointer. */
  pointer: string;
}

/** Ranks a widget for a field: the highest rank wins; `NOT_APPLICABLE` never does. */
export type Tester = (context: WidgetContext) => number;

/** What a tester returns for a field its widget cannot render. */
export const NOT_APPLICABLE = -1;

/** A condition on a field. */
export type Predicate = (context: WidgetContext) => boolean;

/**
 * A tester ranking `rank` when the predicate holds.
 * @example rankWith(3, formatIs('email'))
 */
export const rankWith =
  (rank: number, predicate: Predicate): Tester =>
  (context) =>
    predicate(context) ? rank : NOT_APPLICABLE;

/** The field's JSON type is one of these. */
export const schemaTypeIs =
  (...types: FieldType[]): Predicate =>
  ({ type }) =>
    type !== undefined && types.includes(type);

/** The field's `format` is one of these. */
export const formatIs =
  (...formats: string[]): Predicate =>
  ({ schema }) =>
    typeof schema.keywords.format === 'string' && formats.includes(schema.keywords.format);

/** The procedure asks for this widget by name. */
export const widgetIs =
  (...names: string[]): Predicate =>
  ({ presentation }) =>
    presentation?.widget !== undefined && names.includes(presentation.widget);

/** The field offers between `min` and `max` options (enum, or oneOf of const). */
export const optionCountBetween =
  (min: number, max = Infinity): Predicate =>
  ({ schema }) =>
    schema.options !== undefined && schema.options.length >= min && schema.options.length <= max;

/** The items of an array field are options (a list of checkboxes). */
export const itemsAreOptions: Predicate = ({ schema }) => isObject(schema.items?.node) && isOptionList(schema.items.node);

/** The items of an array field are objects (a repeatable group). */
export const itemsAreObjects: Predicate = ({ schema }) =>
  isObject(schema.items?.node) && (schema.items.node.type === 'object' || isObject(schema.items.node.properties) || typeof schema.items.node.$ref === 'string');

/**
 * The field is read-only or has a single possible value. `const: true` is not: it is the box
 * a citizen must tick ("Je certifie l'exactitude des informations").
 */
export const isReadOnly: Predicate = ({ schema }) =>
  schema.keywords.readOnly === true || (schema.constant !== undefined && schema.constant.value !== true);

/** The field is a file, or a list of files (RJSF's `data-url` format, or `contentEncoding`/`contentMediaType`). */
export const isFile: Predicate = ({ schema }) => {
  const describesFile = (keywords: Record<string, unknown>): boolean =>
    keywords.format === 'data-url' || 'contentMediaType' in keywords || 'contentEncoding' in keywords;
  const items = schema.items?.node;
  return describesFile(schema.keywords) || (isObject(items) && describesFile(items));
};

/** The field offers alternatives no value tells apart (`oneOf`/`anyOf` without `const`): the person picks one. */
export const hasAlternatives: Predicate = ({ schema }) => schema.alternatives !== undefined;

/** All predicates hold. */
export const and =
  (...predicates: Predicate[]): Predicate =>
  (context) =>
    predicates.every((p) => p(context));

/** One predicate holds. */
export const or =
  (...predicates: Predicate[]): Predicate =>
  (context) =>
    predicates.some((p) => p(context));

/** The highest rank of several testers. */
export const bestOf =
  (...testers: Tester[]): Tester =>
  (context) => {
    let best = NOT_APPLICABLE;
    for (const tester of testers) best = Math.max(best, tester(context));
    return best;
  };

function isOptionList(node: Record<string, unknown>): boolean {
  if (Array.isArray(node.enum)) return true;
  const list = node.oneOf ?? node.anyOf;
  return Array.isArray(list) && list.length > 0 && list.every((o) => isObject(o) && 'const' in o);
}

/** A widget known to a registry: a name, a tester and what renders it (a template for the form). */
export interface WidgetEntry<T> {
  name: string;
  tester: Tester;
  render: T;
}

/**
 * Widgets ranked by testers (JSON Forms' pattern): for a field, the entry whose tester ranks
 * highest wins; on a tie, the one registered last. Agencies add theirs with `register`.
 */
export class WidgetRegistry<T> {
  readonly #entries: WidgetEntry<T>[] = [];

  /** Adds a widget; a later one with the same rank wins over an earlier one. */
  register(name: string, tester: Tester, render: T): this {
    this.#entries.push({ name, tester, render });
    return this;
  }

  /** The best widget for a field, or undefined when none applies. */
  select(context: WidgetContext): WidgetEntry<T> | undefined {
    let best: WidgetEntry<T> | undefined;
    let bestRank = NOT_APPLICABLE;
    for (const entry of this.#entries) {
      const rank = entry.tester(context);
      if (rank > NOT_APPLICABLE && rank >= bestRank) {
        best = entry;
        bestRank = rank;
      }
    }
    return best;
  }
}

/**
 * The built-in widgets and their ranks. Any widget named in a procedure's presentation wins
 * (rank 10) when it fits the field's type.
 */
export const builtinTesters: ReadonlyArray<readonly [string, Tester]> = [
  ['text', rankWith(1, schemaTypeIs('string'))],
  ['textarea', bestOf(rankWith(2, ({ schema }) => Number(schema.keywords.maxLength) > 200), rankWith(10, and(schemaTypeIs('string'), widgetIs('textarea'))))],
  ['email', rankWith(3, formatIs('email'))],
  ['url', rankWith(3, formatIs('uri', 'url'))],
  ['tel', rankWith(3, formatIs('fr-phone'))],
  ['identifier', rankWith(3, formatIs('fr-postal-code', 'siren', 'siret', 'iban', 'nir'))],
  ['date', rankWith(3, formatIs('date'))],
  ['memorable-date', rankWith(10, and(formatIs('date'), widgetIs('memorable-date')))],
  ['datetime', rankWith(3, formatIs('date-time'))],
  ['time', rankWith(3, formatIs('time'))],
  ['number', rankWith(1, schemaTypeIs('number', 'integer'))],
  ['checkbox', rankWith(1, schemaTypeIs('boolean'))],
  ['yes-no', rankWith(10, and(schemaTypeIs('boolean'), widgetIs('yes-no')))],
  ['radios', bestOf(rankWith(3, optionCountBetween(1, 5)), rankWith(10, and(optionCountBetween(1), widgetIs('radios'))))],
  ['select', bestOf(rankWith(3, optionCountBetween(6, 20)), rankWith(10, and(optionCountBetween(1), widgetIs('select'))))],
  ['combobox', bestOf(rankWith(3, optionCountBetween(21)), rankWith(10, and(optionCountBetween(1), widgetIs('combobox'))))],
  ['checkboxes', rankWith(3, and(schemaTypeIs('array'), itemsAreOptions))],
  ['group', bestOf(rankWith(1, schemaTypeIs('object')), rankWith(10, and(schemaTypeIs('object'), widgetIs('group'))))],
  ['address', bestOf(rankWith(3, isAddress), rankWith(10, and(schemaTypeIs('object'), widgetIs('address'))))],
  ['repeater', rankWith(2, and(schemaTypeIs('array'), itemsAreObjects))],
  ['list', rankWith(1, schemaTypeIs('array'))],
  ['file', bestOf(rankWith(4, isFile), rankWith(10, and(schemaTypeIs('string', 'array'), widgetIs('file'))))],
  // A read-only group, list or file keeps its own widget, which shows its parts read-only.
  ['readonly', rankWith(5, and(isReadOnly, (context) => context.type !== 'object' && context.type !== 'array' && !isFile(context)))],
  ['content', rankWith(2, schemaTypeIs('null'))],
  ['alternatives', rankWith(20, hasAlternatives)],
];

/** A registry of the built-in widgets, by name (what `FieldView.widget` says). */
export function builtinRegistry(): WidgetRegistry<string> {
  const registry = new WidgetRegistry<string>();
  for (const [name, tester] of builtinTesters) registry.register(name, tester, name);
  return registry;
}
