import { copyObject, defineOwn, hasOwn, isObject } from './json.js';

/**
 * JSON Pointer (RFC 6901) is the only path syntax of Guichet: data locations, error
 * locations, presentation keys and element ids all derive from it.
 */

/** Splits a pointer into unescaped tokens; `''` is the whole document. Throws on a malformed pointer. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`Invalid JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** True when `pointer` is a well-formed RFC 6901 pointer. */
export function isPointer(pointer: string): boolean {
  return pointer === '' || /^(\/([^~/]|~[01])*)+$/.test(pointer);
}

/** Escapes one token. */
export function escapeToken(token: string): string {
  // Most tokens have nothing to escape: walking a schema of 1,000 questions escapes thousands.
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Joins tokens into a pointer.
 * @example formatPointer(['enfants', 0, 'nom']) // '/enfants/0/nom'
 */
export function formatPointer(tokens: readonly (string | number)[]): string {
  let pointer = '';
  for (const token of tokens) pointer += '/' + (typeof token === 'number' ? String(token) : escapeToken(token));
  return pointer;
}

/** Appends tokens to a pointer. */
export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + formatPointer(tokens);
}

/** The parent of a pointer (`''` for a top-level one). */
export function parentPointer(pointer: string): string {
  const tokens = parsePointer(pointer);
  return formatPointer(tokens.slice(0, -1));
}

/** True when `pointer` is `ancestor` or inside it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(ancestor + '/');
}

/**
 * The value at a pointer, or undefined. Only own properties are followed, so
 * `/__proto__` or `/constructor` never reach a prototype.
 * @example getAt({ a: [{ b: 1 }] }, '/a/0/b') // 1
 */
export function getAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (isObject(node) && hasOwn(node, token)) {
      node = node[token];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * A copy of `document` with `value` at `pointer` (undefined removes it), creating the
 * objects on the way. Returns `document` itself when nothing changes. Never mutates.
 * @example setAt({}, '/demandeur/nom', 'Dupont') // { demandeur: { nom: 'Dupont' } }
 */
export function setAt(document: unknown, pointer: string, value: unknown): unknown {
  return setTokens(document, parsePointer(pointer), value);
}

function setTokens(node: unknown, tokens: readonly string[], value: unknown): unknown {
  if (tokens.length === 0) return value;
  const [token, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(node)) {
    // An array is only entered by index: `/liste/x` changes nothing rather than turn it into an object.
    if (!/^(0|[1-9][0-9]*)$/.test(token)) return node;
    const index = Number(token);
    const next = setTokens(node[index], rest, value);
    if (next === node[index] && (next !== undefined || index >= node.length)) return node;
    const copy = node.slice();
    // Removing an item closes the gap: a hole would be sent as null.
    if (next === undefined) copy.splice(index, 1);
    else copy[index] = next;
    return copy;
  }
  const object = isObject(node) ? node : {};
  const current = hasOwn(object, token) ? object[token] : undefined;
  const next = setTokens(current, rest, value);
  if (next === current && isObject(node) && (next !== undefined || !hasOwn(object, token))) return node;
  if (next !== undefined) {
    const copy = copyObject(object);
    defineOwn(copy, token, next);
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(object)) if (key !== token) defineOwn(copy, key, object[key]);
  return copy;
}

/**
 * An HTML id for a data pointer: stable, unique per pointer, and valid in any document.
 * @example idForPointer('/demandeur/nom') // 'g-demandeur-nom'
 */
export function idForPointer(pointer: string, prefix = 'g'): string {
  // Each token adds `-` and its escaped text (never a `-`), so `/` and `''` (empty names) stay distinct.
  return prefix + parsePointer(pointer)
    .map((token) => '-' + token.replace(/[^A-Za-z0-9_]/g, (c) => `.${c.codePointAt(0)?.toString(16)}.`))
    .join('');
}
