import { copyObject, defineOwn, isObject } from '../json.js';
import { childPointer, getAt, isPointer } from '../pointer.js';
import type { SchemaObject } from './types.js';
import { walkSchema } from './walk.js';

/** Where a `$ref` leads. */
export type RefTarget =
  | { kind: 'found'; node: unknown; pointer: string }
  | { kind: 'external' }
  | { kind: 'missing' };

/** Resolves the local references of one schema document. */
export interface RefResolver {
  /** Where `ref` leads, relative to the document. */
  resolve(ref: string): RefTarget;
}

const stripHash = (uri: string): string => (uri.endsWith('#') ? uri.slice(0, -1) : uri);

/**
 * A resolver for `#/json/pointer`, `#anchor` and `$id`-based references inside `root`.
 * Anything else is external: Guichet never fetches a schema at run time.
 */
export function createRefResolver(root: SchemaObject): RefResolver {
  const rootId = typeof root.$id === 'string' ? stripHash(root.$id) : '';
  const documents = new Map<string, string>();
  const anchors = new Map<string, string>();
  walkSchema(root, ({ node, pointer }) => {
    if (pointer !== '' && typeof node.$id === 'string') {
      if (node.$id.startsWith('#')) anchors.set(node.$id.slice(1), pointer);
      else documents.set(stripHash(node.$id), pointer);
    }
    if (typeof node.$anchor === 'string') anchors.set(node.$anchor, pointer);
  });

  return {
    resolve(ref) {
      const hash = ref.indexOf('#');
      const base = hash === -1 ? ref : ref.slice(0, hash);
      const fragment = hash === -1 ? '' : ref.slice(hash + 1);
      let documentPointer: string | undefined;
      if (base === '' || base === rootId) documentPointer = '';
      else documentPointer = documents.get(base);
      if (documentPointer === undefined) return { kind: 'external' };
      let pointer: string;
      if (fragment === '' || fragment.startsWith('/')) {
        let decoded: string;
        try {
          decoded = decodeURIComponent(fragment);
        } catch {
          return { kind: 'missing' };
        }
        if (!isPointer(decoded)) return { kind: 'missing' };
        pointer = documentPointer + decoded;
      } else {
        const anchored = anchors.get(fragment);
        if (anchored === undefined) return { kind: 'missing' };
        pointer = anchored;
      }
      const node = getAt(root, pointer);
      return node === undefined ? { kind: 'missing' } : { kind: 'found', node, pointer };
    },
  };
}

/** The subschemas applied to the same instance as `node`, with their pointers ($ref excluded). */
function inPlaceChildren(node: SchemaObject, pointer: string): string[] {
  const found: string[] = [];
  for (const keyword of ['not', 'if', 'then', 'else']) {
    if (isObject(node[keyword])) found.push(childPointer(pointer, keyword));
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = node[keyword];
    if (Array.isArray(list)) list.forEach((item, i) => isObject(item) && found.push(childPointer(pointer, keyword, i)));
  }
  for (const keyword of ['dependentSchemas', 'dependencies']) {
    const map = node[keyword];
    if (isObject(map)) {
      for (const key of Object.keys(map)) if (isObject(map[key])) found.push(childPointer(pointer, keyword, key));
    }
  }
  return found;
}

/**
 * The pointers of the `$ref`s that close a cycle on the same instance (`#/a` → `#/b` → `#/a`,
 * or `allOf: [{ $ref: '#' }]`): such a schema means nothing and would never finish
 * expanding. Recursion through `properties` or `items` is not a cycle: data bounds it.
 */
export function findRefCycles(root: SchemaObject, resolver: RefResolver): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const edges = (pointer: string): Array<{ to: string; via?: string }> => {
    const node = getAt(root, pointer);
    if (!isObject(node)) return [];
    const list: Array<{ to: string; via?: string }> = inPlaceChildren(node, pointer).map((to) => ({ to }));
    if (typeof node.$ref === 'string') {
      const target = resolver.resolve(node.$ref);
      if (target.kind === 'found') list.push({ to: target.pointer, via: childPointer(pointer, '$ref') });
    }
    return list;
  };
  const starts: string[] = [];
  walkSchema(root, ({ pointer }) => starts.push(pointer));
  for (const start of starts) {
    if (state.has(start)) continue;
    const stack: Array<{ pointer: string; next: Array<{ to: string; via?: string }> }> = [
      { pointer: start, next: edges(start) },
    ];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const edge = top.next.shift();
      if (!edge) {
        state.set(top.pointer, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(edge.to);
      if (seen === 'open') {
        if (edge.via) cycles.push(edge.via);
      } else if (seen === undefined) {
        state.set(edge.to, 'open');
        stack.push({ pointer: edge.to, next: edges(edge.to) });
      }
    }
  }
  return cycles;
}

/**
 * Follows `$ref` (siblings of `$ref` win over the target's keywords, as a title beside a
 * reference does in RJSF and JSON Forms). Stops after `limit` hops.
 */
export function dereference(node: SchemaObject, resolver: RefResolver, limit = 64): SchemaObject {
  let current = node;
  for (let hops = 0; typeof current.$ref === 'string' && hops < limit; hops++) {
    const target = resolver.resolve(current.$ref);
    if (target.kind !== 'found' || !isObject(target.node)) return current;
    const merged = copyObject(target.node);
    for (const key of Object.keys(current)) if (key !== '$ref') defineOwn(merged, key, current[key]);
    current = merged;
  }
  return current;
}
