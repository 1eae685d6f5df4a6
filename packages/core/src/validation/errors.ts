import { childPointer, isWithin, parsePointer } from '../pointer.js';
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

/**
 * The errors of the `oneOf`/`anyOf` branches that do not apply. When exactly one branch
 * is not ruled out by a `const`/`enum` mismatch (a discriminant), its errors are the useful
 * ones and the `oneOf` error itself is dropped; otherwise only the `oneOf` error stays.
 */
function noiseOfAlternatives(errors: readonly RawError[]): Set<RawError> {
  const noise = new Set<RawError>();
  for (const choice of errors) {
    if (choice.keyword !== 'oneOf' && choice.keyword !== 'anyOf') continue;
    const prefix = choice.schemaPath + '/';
    const branches = new Map<string, RawError[]>();
    for (const error of errors) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      const index = error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      branches.set(index, [...(branches.get(index) ?? []), error]);
    }
    const depth = parsePointer(choice.instancePath).length;
    const ruledOut = (list: RawError[]): boolean =>
      list.some(
        (e) =>
          (e.keyword === 'const' || e.keyword === 'enum') &&
          isWithin(e.instancePath, choice.instancePath) &&
          parsePointer(e.instancePath).length <= depth + 1,
      );
    const candidates = [...branches.entries()].filter(([, list]) => !ruledOut(list));
    if (candidates.length === 1) {
      noise.add(choice);
      for (const [index, list] of branches) if (index !== candidates[0]?.[0]) list.forEach((e) => noise.add(e));
    } else {
      for (const list of branches.values()) list.forEach((e) => noise.add(e));
    }
  }
  return noise;
}

/**
 * One error per field, on the field it concerns, in document order: `required` first,
 * then a wrong type, then the first other failed keyword.
 * @example locateErrors([{ instancePath: '', keyword: 'required', params: { missingProperty: 'nom' }, schemaPath: '#/required' }])
 * // [{ pointer: '/nom', keyword: 'required', params: { missingProperty: 'nom' } }]
 */
export function locateErrors(errors: readonly RawError[]): LocatedError[] {
  const noise = noiseOfAlternatives(errors);
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
