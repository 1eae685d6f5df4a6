import { isObject } from '../json.js';
import { escapeToken } from '../pointer.js';
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

const singleKeywords: readonly string[] = [...inPlaceKeywords, ...childKeywords];
const listKeywords: readonly string[] = [...inPlaceListKeywords, 'prefixItems'];

/** The subschemas directly inside a schema object, with their pointers. */
export function childSchemas(node: SchemaObject, pointer: string): Array<[SchemaObject, string]> {
  const found: Array<[SchemaObject, string]> = [];
  // Plain loops: every walk of a schema of 1,000 questions runs this for each subschema.
  for (const keyword of singleKeywords) {
    const value = node[keyword];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (isObject(value[i])) found.push([value[i] as SchemaObject, `${pointer}/${keyword}/${String(i)}`]);
    } else if (isObject(value)) found.push([value, `${pointer}/${keyword}`]);
  }
  for (const keyword of listKeywords) {
    const value = node[keyword];
    if (!Array.isArray(value)) continue;
    for (let i = 0; i < value.length; i++) if (isObject(value[i])) found.push([value[i] as SchemaObject, `${pointer}/${keyword}/${String(i)}`]);
  }
  for (const keyword of mapKeywords) {
    const value = node[keyword];
    if (!isObject(value)) continue;
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (isObject(child)) found.push([child, `${pointer}/${keyword}/${escapeToken(key)}`]);
    }
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
