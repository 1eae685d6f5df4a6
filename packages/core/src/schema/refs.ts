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

/** For each branch of a `oneOf`/`anyOf`, the schema locations its errors are reported under. */
export type BranchScopes = (schemaPath: string) => string[][] | undefined;

/**
 * An ajv `schemaPath` (`#/properties/a%20b/minLength`, `#ancre/required`) without its `#`
 * and its percent-encoding, so that it compares with schema pointers and `$ref`s.
 */
export function decodeSchemaPath(schemaPath: string): string {
  const fragment = schemaPath.startsWith('#') ? schemaPath.slice(1) : schemaPath;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * The scopes of the branches of the `oneOf`/`anyOf` lists of `root`, by the list's ajv
 * `schemaPath`. ajv reports an error found through a `$ref` under the reference
 * (`#/$defs/chat/required`), not under the branch that holds it, so a branch's scope is its
 * own location and those of the references it reaches, decoded (see `decodeSchemaPath`).
 * Undefined for a path that is not such a list of `root`.
 */
export function createBranchScopes(root: SchemaObject, resolver: RefResolver): BranchScopes {
  const cache = new Map<string, string[][] | undefined>();
  const scopeOf = (pointer: string): string[] => {
    const scope = [pointer];
    const seen = new Set<string>([pointer]);
    const queue = [pointer];
    while (queue.length > 0) {
      const at = queue.pop() as string;
      walkSchema(getAt(root, at), ({ node }) => {
        if (typeof node.$ref !== 'string') return;
        const target = resolver.resolve(node.$ref);
        if (target.kind !== 'found') return;
        scope.push(decodeSchemaPath(node.$ref), target.pointer);
        if (!seen.has(target.pointer)) {
          seen.add(target.pointer);
          queue.push(target.pointer);
        }
      }, at);
    }
    return scope;
  };
  return (schemaPath) => {
    if (cache.has(schemaPath)) return cache.get(schemaPath);
    const pointer = decodeSchemaPath(schemaPath);
    const list = isPointer(pointer) ? getAt(root, pointer) : undefined;
    const scopes = Array.isArray(list) ? list.map((_, i) => scopeOf(childPointer(pointer, i))) : undefined;
    cache.set(schemaPath, scopes);
    return scopes;
  };
}
