import { childPointer, isWithin, parsePointer } from '../pointer.js';
import { decodeSchemaPath, type BranchScopes } from '../schema/refs.js';
import type { RawError } from './ajv.js';

/** A failed check moved to the field it concerns: `required` lands on the missing field. */
export interface LocatedError {
  pointer: string;
  keyword: string;
  params: Record<string, unknown>;
}

const requiredKeywords = new Set(['required', 'dependencies', 'dependentRequired']);
const silentKeywords = new Set(['if', '$merge', 'then', 'else']);
const rank = (keyword: string): number => (keyword === 'required' ? 0 : keyword === 'type' ? 1 : 2);

function fieldPointer(error: RawError): string {
  const params = error.params as Record<string, unknown>;
  if (requiredKeywords.has(error.keyword) && typeof params.missingProperty === 'string') {
    return childPointer(error.instancePath, params.missingProperty);
  }
  return error.instancePath;
}

function isInScope(path: string, scope: readonly string[]): boolean {
  return scope.some((prefix) => path === prefix || path.startsWith(prefix + '/'));
}

/** The branches of `choice` an error belongs to, by its schema path (through `$ref`s when `scopes` knows them). */
function branchesOf(error: RawError, choice: RawError, scopes: string[][] | undefined): string[] {
  if (scopes) {
    if (!isWithin(error.instancePath, choice.instancePath)) return [];
    const path = decodeSchemaPath(error.schemaPath);
    return scopes.flatMap((scope, i) => (isInScope(path, scope) ? [String(i)] : []));
  }
  const prefix = choice.schemaPath + '/';
  return error.schemaPath.startsWith(prefix) ? [error.schemaPath.slice(prefix.length).split('/')[0] ?? ''] : [];
}

/**
 * The errors of the `oneOf`/`anyOf` branches that do not apply. A branch is ruled out by a
 * `const`/`enum` mismatch (a discriminant) or by a value of another type. When exactly one
 * branch is not ruled out, its errors are the useful ones and the `oneOf` error itself is
 * dropped; when every branch misses the same property (the discriminant not answered yet),
 * that `required` error stays alone; otherwise only the `oneOf` error stays. A branch the
 * person picked (`choices`, by data pointer) is the one kept.
 */
function noiseOfAlternatives(
  errors: readonly RawError[],
  scopesOf: BranchScopes | undefined,
  choices: Readonly<Record<string, number>> | undefined,
): Set<RawError> {
  const noise = new Set<RawError>();
  for (const choice of errors) {
    if (choice.keyword !== 'oneOf' && choice.keyword !== 'anyOf') continue;
    const scopes = scopesOf?.(choice.schemaPath);
    const branches = new Map<string, RawError[]>();
    for (const error of errors) {
      if (error === choice) continue;
      for (const index of branchesOf(error, choice, scopes)) branches.set(index, [...(branches.get(index) ?? []), error]);
    }
    const depth = parsePointer(choice.instancePath).length;
    const ruledOut = (list: RawError[]): boolean =>
      list.some(
        (e) =>
          ((e.keyword === 'const' || e.keyword === 'enum') &&
            isWithin(e.instancePath, choice.instancePath) &&
            parsePointer(e.instancePath).length <= depth + 1) ||
          (e.keyword === 'type' && e.instancePath === choice.instancePath),
      );
    // The alternative the person picked is the one whose errors help them.
    const picked = choices && Object.prototype.hasOwnProperty.call(choices, choice.instancePath) ? String(choices[choice.instancePath]) : undefined;
    const candidates = picked !== undefined && branches.has(picked) ? [...branches.entries()].filter(([index]) => index === picked) : [...branches.entries()].filter(([, list]) => !ruledOut(list));
    const lists = [...branches.values()];
    const missing = (e: RawError): unknown => (e.keyword === 'required' && e.instancePath === choice.instancePath ? e.params.missingProperty : undefined);
    const shared = lists[0]?.find(
      (e) => missing(e) !== undefined && lists.every((list) => list.some((other) => missing(other) === missing(e))),
    );
    if (candidates.length === 1) {
      noise.add(choice);
      const kept = new Set(candidates[0]?.[1]);
      for (const list of lists) for (const e of list) if (!kept.has(e)) noise.add(e);
    } else if (shared && (!scopes || branches.size === scopes.length)) {
      noise.add(choice);
      for (const list of lists) for (const e of list) if (e !== shared) noise.add(e);
    } else {
      for (const list of lists) list.forEach((e) => noise.add(e));
    }
  }
  return noise;
}

/**
 * One error per field, on the field it concerns, in document order: `required` first,
 * then a wrong type, then the first other failed keyword. `scopes` tells which branch of a
 * `oneOf`/`anyOf` an error reported through a `$ref` belongs to.
 * @example locateErrors([{ instancePath: '', keyword: 'required', params: { missingProperty: 'nom' }, schemaPath: '#/required' }])
 * // [{ pointer: '/nom', keyword: 'required', params: { missingProperty: 'nom' } }]
 */
export function locateErrors(errors: readonly RawError[], scopes?: BranchScopes, choices?: Readonly<Record<string, number>>): LocatedError[] {
  const noise = noiseOfAlternatives(errors, scopes, choices);
  const byPointer = new Map<string, LocatedError>();
  for (const error of errors) {
    if (noise.has(error) || silentKeywords.has(error.keyword)) continue;
    const pointer = fieldPointer(error);
    const keyword = requiredKeywords.has(error.keyword) ? 'required' : error.keyword;
    const current = byPointer.get(pointer);
    if (!current || rank(keyword) < rank(current.keyword)) {
      byPointer.set(pointer, { pointer, keyword, params: error.params as Record<string, unknown> });
    }
  }
  return [...byPointer.values()];
}
