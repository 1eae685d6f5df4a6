import { isObject } from '../json.js';
import { childPointer } from '../pointer.js';
import type { RefResolver } from './refs.js';
import { MAX_SCHEMA_DEPTH, MAX_SCHEMA_NODES } from './walk.js';

/**
 * Every field a schema can ever show, whatever the data: the properties of every branch
 * (`allOf`, `then`, `else`, `oneOf`, `dependentSchemas`…), as presentation keys in document
 * order (array items are written `*`: `/enfants/*\/nom`). Recursive schemas are followed
 * once per reference on each path.
 * @example possibleFields({ properties: { a: {}, b: { items: { properties: { c: {} } } } } }, resolver)
 * // ['/a', '/b', '/b/*', '/b/*\/c']
 */
export function possibleFields(root: unknown, resolver: RefResolver): string[] {
  const found = new Set<string>();
  const stack: Array<{ node: unknown; key: string; refs: ReadonlySet<string>; depth: number }> = [
    { node: root, key: '', refs: new Set(), depth: 0 },
  ];
  let count = 0;
  while (stack.length > 0 && count++ < MAX_SCHEMA_NODES) {
    const { node, key, refs, depth } = stack.pop() as (typeof stack)[number];
    if (!isObject(node) || depth > MAX_SCHEMA_DEPTH) continue;
    if (key !== '') found.add(key);
    const next: Array<{ node: unknown; key: string; refs: ReadonlySet<string> }> = [];
    if (isObject(node.properties)) {
      const properties = node.properties;
      for (const name of Object.keys(properties)) next.push({ node: properties[name], key: childPointer(key, name), refs });
    }
    if (typeof node.$ref === 'string' && !refs.has(node.$ref)) {
      const target = resolver.resolve(node.$ref);
      if (target.kind === 'found') next.push({ node: target.node, key, refs: new Set([...refs, node.$ref]) });
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const list = node[keyword];
      if (Array.isArray(list)) for (const sub of list) next.push({ node: sub, key, refs });
    }
    for (const keyword of ['then', 'else']) next.push({ node: node[keyword], key, refs });
    for (const keyword of ['dependentSchemas', 'dependencies']) {
      const map = node[keyword];
      if (isObject(map)) for (const name of Object.keys(map)) next.push({ node: map[name], key, refs });
    }
    const items = node.items ?? node.prefixItems;
    for (const item of Array.isArray(items) ? items : [items]) next.push({ node: item, key: childPointer(key, '*'), refs });
    if (isObject(node.additionalItems)) next.push({ node: node.additionalItems, key: childPointer(key, '*'), refs });
    for (let i = next.length - 1; i >= 0; i--) stack.push({ ...(next[i] as (typeof next)[number]), depth: depth + 1 });
  }
  return [...found];
}
