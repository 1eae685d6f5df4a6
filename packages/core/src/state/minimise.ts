import { asList, defineOwn, isObject, jsonEqual } from '../json.js';
import { engineOf, type Engine } from '../procedure/engine.js';
import type { Procedure } from '../procedure/model.js';
import { resolveSchema, type Located } from '../schema/resolve.js';

/** Deepest nesting of data accepted (documented in docs/procedure-format.md). */
export const MAX_DATA_DEPTH = 64;

function prune(engine: Engine, located: Located, value: unknown, depth: number): unknown {
  if (depth > MAX_DATA_DEPTH) return value;
  const resolved = resolveSchema(engine, located, value);
  const list = asList(value);
  if (list) {
    return list.map((item, i) => {
      const itemSchema = resolved.tuple?.[i] ?? resolved.items;
      return itemSchema ? prune(engine, itemSchema, item, depth + 1) : item;
    });
  }
  if (!isObject(value) || resolved.properties.size === 0) return value;
  const { additionalProperties, patternProperties } = resolved.keywords;
  const keepsOthers = additionalProperties === true || isObject(additionalProperties) || isObject(patternProperties);
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const property = resolved.properties.get(key);
    if (property) {
      const pruned = prune(engine, property, value[key], depth + 1);
      if (pruned !== undefined) defineOwn(result, key, pruned);
    } else if (keepsOthers) {
      defineOwn(result, key, value[key]);
    }
  }
  return result;
}

/**
 * The data without the answers to questions that are not shown for these answers (a
 * question whose condition is false, a property the schema does not define): data
 * minimisation. Pruning can hide another question in turn, so it runs until nothing changes.
 * @example minimiseData(procedure, { aUnChien: false, nomDuChien: 'Rex' }) // { aUnChien: false }
 */
export function minimiseData(procedure: Procedure, data: unknown): unknown {
  const engine = engineOf(procedure);
  let current = data;
  for (let pass = 0; pass < 8; pass++) {
    const next = prune(engine, engine.root, current, 0);
    if (jsonEqual(next, current)) return current;
    current = next;
  }
  return current;
}

/** How deeply a value nests, counted without recursion and capped at `MAX_DATA_DEPTH + 1`. */
export function dataDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DATA_DEPTH) return deepest;
    if (Array.isArray(node)) for (const item of node) stack.push([item, depth + 1]);
    else if (isObject(node)) for (const key of Object.keys(node)) stack.push([node[key], depth + 1]);
  }
  return deepest;
}
