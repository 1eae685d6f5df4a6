import { isObject } from '../json.js';
import { childPointer } from '../pointer.js';
import { childKeywords, inPlaceKeywords, inPlaceListKeywords, mapKeywords, type SchemaObject } from './types.js';

/** Deepest nesting of subschemas a schema may have (documented in docs/procedure-format.md). */
export const MAX_SCHEMA_DEPTH = 40;
/** Most subschemas a schema may have. */
export const MAX_SCHEMA_NODES = 20_000;

/** A subschema met by `walkSchema`. */
export interface SchemaVisit {
  node: SchemaObject;
  /** JSON pointer of the subschema from the walked root. */
  pointer: string;
  /** Number of subschema levels above it. */
  depth: number;
}

/** Where and why a walk stopped early. */
export interface WalkLimit {
  pointer: string;
  limit: 'depth' | 'size';
}

/** The subschemas directly inside a schema object, with their pointers. */
export function childSchemas(node: SchemaObject, pointer: string): Array<[SchemaObject, string]> {
  const found: Array<[SchemaObject, string]> = [];
  const add = (value: unknown, at: string): void => {
    if (isObject(value)) found.push([value, at]);
  };
  for (const keyword of [...inPlaceKeywords, ...childKeywords]) {
    const value = node[keyword];
    if (Array.isArray(value)) value.forEach((item, i) => { add(item, childPointer(pointer, keyword, i)); });
    else add(value, childPointer(pointer, keyword));
  }
  for (const keyword of [...inPlaceListKeywords, 'prefixItems']) {
    const value = node[keyword];
    if (Array.isArray(value)) value.forEach((item, i) => { add(item, childPointer(pointer, keyword, i)); });
  }
  for (const keyword of mapKeywords) {
    const value = node[keyword];
    if (isObject(value)) for (const key of Object.keys(value)) add(value[key], childPointer(pointer, keyword, key));
  }
  return found;
}

/**
 * Visits every subschema of `root` without recursion, so no schema can overflow the
 * stack. Stops at the first subschema deeper than MAX_SCHEMA_DEPTH or past
 * MAX_SCHEMA_NODES and returns where.
 */
export function walkSchema(root: unknown, visit: (visit: SchemaVisit) => void, base = ''): WalkLimit | undefined {
  if (!isObject(root)) return undefined;
  const stack: SchemaVisit[] = [{ node: root, pointer: base, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const current = stack.pop() as SchemaVisit;
    if (current.depth > MAX_SCHEMA_DEPTH) return { pointer: current.pointer, limit: 'depth' };
    if (++count > MAX_SCHEMA_NODES) return { pointer: current.pointer, limit: 'size' };
    visit(current);
    const children = childSchemas(current.node, current.pointer);
    for (let i = children.length - 1; i >= 0; i--) {
      const [node, pointer] = children[i] as [SchemaObject, string];
      stack.push({ node, pointer, depth: current.depth + 1 });
    }
  }
  return undefined;
}
