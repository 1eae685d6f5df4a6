import { asList, defineOwn, hasOwn, isObject, jsonEqual } from '../json.js';
import { childPointer, formatPointer, parsePointer } from '../pointer.js';
import type { RefResolver } from './refs.js';
import type { SchemaObject } from './types.js';
import { MAX_SCHEMA_DEPTH } from './walk.js';

/** A subschema and where it stands in the root schema. */
export interface Located {
  node: unknown;
  pointer: string;
}

/** A choice offered by `enum`, or by `oneOf`/`anyOf` of `const` with a title. */
export interface SchemaOption {
  value: unknown;
  title?: string;
  description?: string;
}

/**
 * A schema resolved against the data it applies to: `$ref`, `allOf`, `if/then/else`,
 * `dependentSchemas`, draft-07 `dependencies` and discriminated `oneOf`/`anyOf` merged into
 * one flat description of what the form shows now.
 */
export interface ResolvedSchema {
  /** Annotations and constraints (title, type, format, minLength…), without applicators. */
  keywords: SchemaObject;
  /** Where the main keywords come from (the node itself, or its `$ref` target). */
  pointer: string;
  properties: Map<string, Located>;
  required: Set<string>;
  /** The schema of every item of an array. */
  items?: Located;
  /** Positional item schemas (draft-07 `items: [...]`, 2020-12 `prefixItems`). */
  tuple?: Located[];
  options?: SchemaOption[];
  /** The one value allowed (`const`). */
  constant?: { value: unknown };
  /** Alternatives that no `const` tells apart: the person picks one (the form asks which). */
  alternatives?: Located[];
  /** The index of the alternative that applies: the one chosen, else the one the data fits best. */
  alternative?: number;
  /** False for the schema `false`: nothing is valid. */
  satisfiable: boolean;
}

/** What resolving needs: the references of the root and a validator for conditions. */
export interface ResolveContext {
  resolver: RefResolver;
  /** Whether `data` satisfies the subschema at a pointer of the root schema. */
  test(schemaPointer: string, data: unknown): boolean;
}

const applicators = new Set([
  '$ref', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not', 'dependentSchemas', 'dependencies',
  'dependentRequired', 'properties', 'required', 'items', 'prefixItems', 'enum', 'const',
  '$defs', 'definitions', '$id', '$schema', '$anchor', '$comment',
]);

function empty(pointer: string): ResolvedSchema {
  return { keywords: {}, pointer, properties: new Map(), required: new Set(), satisfiable: true };
}

/** Copies into `base` what `extra` adds; what `base` already says wins. */
function mergeInto(base: ResolvedSchema, extra: ResolvedSchema): void {
  for (const key of Object.keys(extra.keywords)) {
    if (!hasOwn(base.keywords, key)) defineOwn(base.keywords, key, extra.keywords[key]);
  }
  for (const [name, located] of extra.properties) if (!base.properties.has(name)) base.properties.set(name, located);
  for (const name of extra.required) base.required.add(name);
  base.items ??= extra.items;
  base.tuple ??= extra.tuple;
  base.options ??= extra.options;
  base.constant ??= extra.constant;
  if (base.alternatives === undefined && extra.alternatives !== undefined) {
    base.alternatives = extra.alternatives;
    if (extra.alternative !== undefined) base.alternative = extra.alternative;
  }
  if (!extra.satisfiable) base.satisfiable = false;
}

/** The `const` (or single `enum` value) a branch gives to each of its properties. */
function discriminants(ctx: ResolveContext, branch: Located): Map<string, unknown[]> {
  const found = new Map<string, unknown[]>();
  const resolved = resolveSchema(ctx, branch, undefined, 0, false);
  for (const [name, located] of resolved.properties) {
    const property = isObject(located.node) ? located.node : undefined;
    if (!property) continue;
    if (hasOwn(property, 'const')) found.set(name, [property.const]);
    else if (Array.isArray(property.enum)) found.set(name, property.enum);
  }
  return found;
}

function optionOf(resolved: ResolvedSchema | undefined): SchemaOption | undefined {
  // A one-value `enum` is a `const` too (RJSF's `anyOf: [{ enum: ['#ff0000'], title: 'Rouge' }]`).
  const only = resolved?.constant ?? (resolved?.options?.length === 1 ? resolved.options[0] : undefined);
  if (!resolved || !only || resolved.properties.size > 0) return undefined;
  const option: SchemaOption = { value: only.value };
  const { title, description } = resolved.keywords;
  if (typeof title === 'string') option.title = title;
  if (typeof description === 'string') option.description = description;
  return option;
}

function isNullOnly(resolved: ResolvedSchema | undefined): boolean {
  return (
    resolved?.keywords.type === 'null' &&
    resolved.properties.size === 0 &&
    !resolved.options &&
    !resolved.constant &&
    !resolved.items &&
    !resolved.tuple
  );
}

/**
 * The alternative the data fits best, or undefined when nothing tells: most of the object's
 * keys declared by the branch, then a branch the data satisfies, then the first (RJSF's
 * closest-matching option does much the same). A value that is not an object takes the first
 * branch it satisfies.
 */
function bestAlternative(ctx: ResolveContext, branches: readonly Located[], derefed: ReadonlyArray<ResolvedSchema | undefined>, data: unknown): number | undefined {
  if (data === undefined) return undefined;
  const keys = isObject(data) ? Object.keys(data) : undefined;
  let best: number | undefined;
  let bestScore = 0;
  branches.forEach((branch, i) => {
    const declared = derefed[i]?.properties;
    const overlap = keys && declared ? keys.filter((key) => declared.has(key)).length : 0;
    const score = overlap * 2 + (ctx.test(branch.pointer, data) ? 1 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function resolveAlternatives(
  ctx: ResolveContext,
  result: ResolvedSchema,
  branches: Located[],
  data: unknown,
  depth: number,
  choice: number | undefined,
): void {
  const derefed = branches.map((b) => (isObject(b.node) ? resolveSchema(ctx, b, undefined, depth + 1, false) : undefined));
  const options = derefed.map(optionOf);
  if (options.length > 0 && options.every((o) => o !== undefined)) {
    result.options ??= options.filter((o) => o !== undefined);
    return;
  }
  // One branch, or one beside `{ "type": "null" }` (an optional answer as pydantic writes it): that branch is the question.
  const meaningful = branches.filter((_, i) => !isNullOnly(derefed[i]));
  if (meaningful.length === 1) {
    mergeInto(result, resolveSchema(ctx, meaningful[0] as Located, data, depth + 1));
    return;
  }
  const maps = branches.map((branch) => discriminants(ctx, branch));
  const first = maps[0];
  const key = first ? [...first.keys()].find((name) => maps.every((m) => m.has(name))) : undefined;
  if (key === undefined) {
    if (result.alternatives) return;
    result.alternatives = branches;
    const picked = choice !== undefined && choice >= 0 && choice < branches.length ? choice : bestAlternative(ctx, branches, derefed, data);
    if (picked === undefined) return;
    result.alternative = picked;
    mergeInto(result, resolveSchema(ctx, branches[picked] as Located, data, depth + 1));
    return;
  }
  // The question that picks a branch offers the branches' values, titled like the branches,
  // unless the schema already lists its values.
  const declared = result.properties.get(key);
  const choices = ['enum', 'const', 'oneOf', 'anyOf', '$ref'];
  if (!declared || (isObject(declared.node) && !choices.some((k) => hasOwn(declared.node as object, k)))) {
    const oneOf = branches.map((branch, i) => {
      const value = (maps[i]?.get(key) ?? [])[0];
      const title = isObject(branch.node) && typeof branch.node.title === 'string' ? branch.node.title : undefined;
      return title === undefined ? { const: value } : { const: value, title };
    });
    const base = declared && isObject(declared.node) ? declared.node : {};
    result.properties.set(key, {
      node: { ...base, oneOf },
      pointer: declared?.pointer ?? childPointer(result.pointer, 'properties', key),
    });
  }
  // Required before any branch is chosen when every branch requires it (the question that picks one).
  if (derefed.every((branch) => branch?.required.has(key))) result.required.add(key);
  const value = isObject(data) && hasOwn(data, key) ? data[key] : undefined;
  const chosen = branches.findIndex((_, i) => (maps[i]?.get(key) ?? []).some((v) => jsonEqual(v, value)));
  const branch = branches[chosen];
  if (branch) mergeInto(result, resolveSchema(ctx, branch, data, depth + 1));
}

/**
 * The target of a subschema that is only a `$ref`, so that what it holds (an `enum`, an
 * object) tells the widget of a list's items. Stops after 64 hops.
 */
function followRef(ctx: ResolveContext, located: Located): Located {
  let current = located;
  for (let hops = 0; hops < 64 && isObject(current.node) && typeof current.node.$ref === 'string'; hops++) {
    if (Object.keys(current.node).length !== 1) break;
    const target = ctx.resolver.resolve(current.node.$ref);
    if (target.kind !== 'found') break;
    current = { node: target.node, pointer: target.pointer };
  }
  return current;
}

/**
 * Resolves the subschema at `located` for `data`: the flat description the form renders.
 * `choice` is the alternative the person picked among `oneOf`/`anyOf` branches that no
 * `const` tells apart (else the data decides).
 * @example resolveSchema(ctx, { node: schema, pointer: '' }, { pets: 'yes' }).properties.has('petAge')
 */
export function resolveSchema(
  ctx: ResolveContext,
  located: Located,
  data: unknown,
  depth = 0,
  conditional = true,
  choice?: number,
): ResolvedSchema {
  const { node, pointer } = located;
  const result = empty(pointer);
  if (node === false) result.satisfiable = false;
  if (!isObject(node) || depth > MAX_SCHEMA_DEPTH * 2) return result;

  for (const key of Object.keys(node)) if (!applicators.has(key)) defineOwn(result.keywords, key, node[key]);
  if (hasOwn(node, 'const')) result.constant = { value: node.const };
  const enumValues = asList(node.enum);
  if (enumValues) result.options = enumValues.map((value) => ({ value }));
  if (isObject(node.properties)) {
    const properties = node.properties;
    for (const name of Object.keys(properties)) {
      result.properties.set(name, { node: properties[name], pointer: childPointer(pointer, 'properties', name) });
    }
  }
  if (Array.isArray(node.required)) for (const name of node.required) if (typeof name === 'string') result.required.add(name);
  const prefixItems = asList(node.prefixItems);
  const items = asList(node.items);
  if (prefixItems) {
    result.tuple = prefixItems.map((item, i) => ({ node: item, pointer: childPointer(pointer, 'prefixItems', i) }));
  }
  if (items) {
    result.tuple = items.map((item, i) => ({ node: item, pointer: childPointer(pointer, 'items', i) }));
  } else if (node.items !== undefined) {
    result.items = followRef(ctx, { node: node.items, pointer: childPointer(pointer, 'items') });
  }

  if (typeof node.$ref === 'string') {
    const target = ctx.resolver.resolve(node.$ref);
    if (target.kind === 'found') {
      const resolved = resolveSchema(ctx, { node: target.node, pointer: target.pointer }, data, depth + 1, conditional, choice);
      if (!isObject(node.properties) && Object.keys(result.keywords).length === 0) result.pointer = resolved.pointer;
      mergeInto(result, resolved);
    }
  }
  asList(node.allOf)?.forEach((sub, i) => {
    const located = { node: sub, pointer: childPointer(pointer, 'allOf', i) };
    mergeInto(result, resolveSchema(ctx, located, data, depth + 1, conditional, choice));
  });
  if (!conditional) return result;

  if (node.if !== undefined) {
    const branch = ctx.test(childPointer(pointer, 'if'), data) ? 'then' : 'else';
    if (node[branch] !== undefined) {
      mergeInto(result, resolveSchema(ctx, { node: node[branch], pointer: childPointer(pointer, branch) }, data, depth + 1));
    }
  }
  for (const keyword of ['dependentSchemas', 'dependencies', 'dependentRequired']) {
    const map = node[keyword];
    if (!isObject(map) || !isObject(data)) continue;
    for (const name of Object.keys(map)) {
      if (!hasOwn(data, name)) continue;
      const dependency = map[name];
      if (Array.isArray(dependency)) {
        for (const required of dependency) if (typeof required === 'string') result.required.add(required);
      } else {
        mergeInto(result, resolveSchema(ctx, { node: dependency, pointer: childPointer(pointer, keyword, name) }, data, depth + 1));
      }
    }
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const list = asList(node[keyword]);
    if (!list || list.length === 0) continue;
    resolveAlternatives(ctx, result, list.map((sub, i) => ({ node: sub, pointer: childPointer(pointer, keyword, i) })), data, depth, choice);
  }
  return result;
}

/** Resolves data pointers for one snapshot of the data, each level once (see `resolverAt`). */
export type ResolveAtPointer = (pointer: string) => ResolvedSchema | undefined;

/**
 * A resolver of data pointers for fixed data and choices that remembers every level it
 * resolved: placing the errors of a form of 1,000 questions resolves the root once, not once
 * per error. `choices` are the alternatives the person picked, by data pointer.
 */
export function resolverAt(
  ctx: ResolveContext,
  root: Located,
  data: unknown,
  choices: Readonly<Record<string, number>> = {},
): ResolveAtPointer {
  const choiceAt = (at: string): number | undefined => (Object.prototype.hasOwnProperty.call(choices, at) ? choices[at] : undefined);
  const memo = new Map<string, { resolved: ResolvedSchema; value: unknown } | undefined>();
  const level = (tokens: readonly string[]): { resolved: ResolvedSchema; value: unknown } | undefined => {
    const pointer = formatPointer(tokens);
    if (memo.has(pointer)) return memo.get(pointer);
    let found: { resolved: ResolvedSchema; value: unknown } | undefined;
    if (tokens.length === 0) {
      found = { resolved: resolveSchema(ctx, root, data, 0, true, choiceAt('')), value: data };
    } else {
      const parent = level(tokens.slice(0, -1));
      const token = tokens[tokens.length - 1] as string;
      if (parent) {
        const { resolved, value } = parent;
        let next: Located | undefined;
        let child: unknown;
        if (Array.isArray(value) || resolved.items || resolved.tuple) {
          const index = /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : -1;
          next = index < 0 ? undefined : (resolved.tuple?.[index] ?? resolved.items);
          child = Array.isArray(value) && index >= 0 ? value[index] : undefined;
        } else {
          next = resolved.properties.get(token);
          child = isObject(value) && hasOwn(value, token) ? value[token] : undefined;
        }
        found = next ? { resolved: resolveSchema(ctx, next, child, 0, true, choiceAt(pointer)), value: child } : undefined;
      }
    }
    memo.set(pointer, found);
    return found;
  };
  return (pointer) => level(parsePointer(pointer))?.resolved;
}

/**
 * The resolved schema of the root and of each level down to `pointer`, or undefined when the
 * data there has no field. `choices` are the alternatives the person picked, by data pointer.
 */
export function resolveAt(
  ctx: ResolveContext,
  root: Located,
  data: unknown,
  pointer: string,
  choices: Readonly<Record<string, number>> = {},
): ResolvedSchema | undefined {
  return resolverAt(ctx, root, data, choices)(pointer);
}
