import type { LocalizedText, PersonalDataCategory } from '../generated/procedure.js';
import { catalogue, toLocale } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import { hasOwn, isObject } from '../json.js';
import type { Procedure } from '../procedure/model.js';
import { childPointer, formatPointer, parsePointer } from '../pointer.js';
import { possibleFields } from '../schema/fields.js';
import { createRefResolver } from '../schema/refs.js';
import { MAX_SCHEMA_DEPTH, MAX_SCHEMA_NODES } from '../schema/walk.js';

/** A question of a procedure, as the record of processing lists it. */
export interface DataField {
  /** Its presentation key (`/enfants/*\/nom`). */
  pointer: string;
  /** Its label, after the labels of the groups it is in: « Enfants à inscrire › Nom de l'enfant ». */
  label: string;
  /** Its personal-data category, when the procedure gives one (on it or on a group around it). */
  category?: PersonalDataCategory;
  /** True for a question, false for a group of questions. */
  question: boolean;
}

/**
 * The first `title` of the schema at each presentation key, found like `possibleFields` finds the
 * keys: through `$ref`, `allOf`/`anyOf`/`oneOf`, `then`/`else`, `dependentSchemas` and items.
 */
function schemaTitles(root: Record<string, unknown>): Map<string, string> {
  const resolver = createRefResolver(root);
  const titles = new Map<string, string>();
  const stack: Array<{ node: unknown; key: string; refs: ReadonlySet<string>; depth: number }> = [{ node: root, key: '', refs: new Set(), depth: 0 }];
  let count = 0;
  while (stack.length > 0 && count++ < MAX_SCHEMA_NODES) {
    const { node, key, refs, depth } = stack.pop() as (typeof stack)[number];
    if (!isObject(node) || depth > MAX_SCHEMA_DEPTH) continue;
    if (typeof node.title === 'string' && node.title.trim() !== '' && !titles.has(key)) titles.set(key, node.title);
    const push = (next: unknown, nextKey: string, nextRefs = refs): void => {
      stack.push({ node: next, key: nextKey, refs: nextRefs, depth: depth + 1 });
    };
    // Pushed in reverse, so the first branch that gives a title is the one kept.
    const items = node.items ?? node.prefixItems;
    for (const item of (Array.isArray(items) ? items : [items]).reverse()) push(item, childPointer(key, '*'));
    for (const keyword of ['dependentSchemas', 'dependencies']) {
      const map = node[keyword];
      if (isObject(map)) for (const name of Object.keys(map).reverse()) push(map[name], key);
    }
    for (const keyword of ['else', 'then']) push(node[keyword], key);
    for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
      const list = node[keyword];
      if (Array.isArray(list)) for (const sub of [...(list as unknown[])].reverse()) push(sub, key);
    }
    if (typeof node.$ref === 'string' && !refs.has(node.$ref)) {
      const target = resolver.resolve(node.$ref);
      if (target.kind === 'found') push(target.node, key, new Set([...refs, node.$ref]));
    }
    if (isObject(node.properties)) {
      const properties = node.properties;
      for (const name of Object.keys(properties).reverse()) push(properties[name], childPointer(key, name));
    }
  }
  return titles;
}

/**
 * Every field of a procedure with its label and its personal-data category, in document order.
 * A field without a category of its own takes that of the closest group around it that has one
 * (an address group marked `location` covers its lines). Groups are listed too (`question: false`).
 * @example dataFields(procedure, 'fr').find((f) => f.pointer === '/responsable/nom') // { label: 'Responsable légal › Nom', category: 'identity', question: true, … }
 */
export function dataFields(procedure: Procedure, lang?: string): DataField[] {
  const locale = toLocale(lang);
  const keys = possibleFields(procedure.schema, createRefResolver(procedure.schema));
  const titles = schemaTitles(procedure.schema);
  const fields = isObject(procedure.document.fields) ? procedure.document.fields : {};
  const presentation = (key: string): Record<string, unknown> | undefined => {
    const value = hasOwn(fields, key) ? fields[key] : undefined;
    return isObject(value) ? value : undefined;
  };
  const ownLabel = (key: string): string =>
    localize(presentation(key)?.label as LocalizedText | undefined, locale) ??
    titles.get(key) ??
    catalogue(locale).untitledField({ name: parsePointer(key).pop() ?? '' });
  const keySet = new Set(keys);
  return keys.map((key) => {
    const tokens = parsePointer(key);
    const ancestors = tokens.map((_, i) => formatPointer(tokens.slice(0, i + 1)));
    // The items of a list (`*`) are named by their list: « Enfants à inscrire › Nom de l'enfant ».
    const named = ancestors.filter((k) => !k.endsWith('/*'));
    const label = (named.length > 0 ? named : [key]).map(ownLabel).join(' › ');
    const category = [...ancestors]
      .reverse()
      .map((k) => presentation(k)?.personalData)
      .find((value): value is PersonalDataCategory => typeof value === 'string');
    const question = ![...keySet].some((other) => other.startsWith(`${key}/`) && other !== `${key}/*`) && !key.endsWith('/*');
    return { pointer: key, label, ...(category ? { category } : {}), question };
  });
}
