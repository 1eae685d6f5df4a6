import { hasOwn, isObject } from '../json.js';
import { childPointer, getAt, parsePointer, setAt } from '../pointer.js';
import type { Procedure } from '../procedure/model.js';
import { createRefResolver } from '../schema/refs.js';
import { MAX_SCHEMA_DEPTH, MAX_SCHEMA_NODES } from '../schema/walk.js';
import { readFileAnswer } from '../validation/file-answer.js';

/** A file of a multipart submission: the part named by its JSON pointer in `data`. */
export interface FilePart {
  /** Where the file answer was in `data`, and the part's name. */
  pointer: string;
  /** The file's name and media type. */
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** A submission as multipart parts: the envelope's JSON (`data` part) and one part per file. */
export interface MultipartPayload {
  /** The envelope as JSON, each file answer replaced by `{ part, name, type, size }`. */
  json: string;
  files: FilePart[];
}

const describesFile = (node: Record<string, unknown>): boolean =>
  node.format === 'data-url' || 'contentMediaType' in node || 'contentEncoding' in node;

/**
 * The presentation keys (`/pieces/*`) of a procedure's file questions: a schema with `format:
 * "data-url"`, `contentMediaType` or `contentEncoding`, or a presentation with `widget: "file"`
 * or `file` limits. Only their answers become parts: a text answer that looks like a data URL stays text.
 */
export function fileKeys(procedure: Procedure): Set<string> {
  const keys = new Set<string>();
  const fields = isObject(procedure.document.fields) ? procedure.document.fields : {};
  for (const [key, presentation] of Object.entries(fields)) {
    if (isObject(presentation) && (presentation.widget === 'file' || isObject(presentation.file))) keys.add(key);
  }
  const resolver = createRefResolver(procedure.schema);
  const stack: Array<{ node: unknown; key: string; refs: ReadonlySet<string>; depth: number }> = [{ node: procedure.schema, key: '', refs: new Set(), depth: 0 }];
  for (let count = 0; stack.length > 0 && count < MAX_SCHEMA_NODES; count++) {
    const { node, key, refs, depth } = stack.pop() as (typeof stack)[number];
    if (!isObject(node) || depth > MAX_SCHEMA_DEPTH) continue;
    if (describesFile(node)) keys.add(key);
    const push = (next: unknown, nextKey: string, nextRefs = refs): void => {
      stack.push({ node: next, key: nextKey, refs: nextRefs, depth: depth + 1 });
    };
    if (isObject(node.properties)) for (const [name, sub] of Object.entries(node.properties)) push(sub, childPointer(key, name));
    for (const item of [node.items, node.prefixItems].flat()) push(item, childPointer(key, '*'));
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(node[keyword])) for (const sub of node[keyword] as unknown[]) push(sub, key);
    for (const keyword of ['then', 'else']) push(node[keyword], key);
    if (isObject(node.dependentSchemas)) for (const sub of Object.values(node.dependentSchemas)) push(sub, key);
    if (typeof node.$ref === 'string' && !refs.has(node.$ref)) {
      const target = resolver.resolve(node.$ref);
      if (target.kind === 'found') push(target.node, key, new Set([...refs, node.$ref]));
    }
  }
  return keys;
}

/** The data pointers a presentation key stands for in this data (`*` for every item). */
function pointersOf(data: unknown, key: string): string[] {
  let found = [''];
  for (const token of parsePointer(key)) {
    found = found.flatMap((pointer) => {
      const value = getAt(data, pointer);
      if (token === '*') return Array.isArray(value) ? value.map((_, i) => childPointer(pointer, i)) : [];
      return isObject(value) && hasOwn(value, token) ? [childPointer(pointer, token)] : [];
    });
  }
  return found;
}

interface Base64 {
  atob(text: string): string;
}

function decode(value: string): Uint8Array {
  const comma = value.indexOf(',');
  const payload = value.slice(comma + 1);
  if (/;base64$/i.test(value.slice(0, comma))) return Uint8Array.from((globalThis as unknown as Base64).atob(payload), (c) => c.charCodeAt(0));
  // Percent-encoded (RFC 2397): each %XX is a byte, any other character is its own code.
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const escaped = payload[i] === '%' ? /^[0-9a-f]{2}$/i.exec(payload.slice(i + 1, i + 3)) : null;
    if (escaped) {
      bytes.push(parseInt(escaped[0], 16));
      i += 2;
    } else bytes.push(payload.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/**
 * A submission envelope as multipart parts (`submission.encoding: "multipart"`): each file
 * answer (a data URL) of a file question becomes a part named by its JSON pointer in `data`,
 * and is replaced in the JSON by `{ part, name, type, size }`; the JSON goes in the `data` part.
 * Files never travel inlined in the JSON.
 * @example multipartPayload(procedure, { data: { acte: 'data:application/pdf;name=acte.pdf;base64,JVBERi0=' } })
 * // { json: '{"data":{"acte":{"part":"/acte","name":"acte.pdf","type":"application/pdf","size":5}}}', files: [{ pointer: '/acte', … }] }
 */
export function multipartPayload(procedure: Procedure, envelope: { readonly data: unknown }): MultipartPayload {
  let data = envelope.data;
  const files: FilePart[] = [];
  for (const key of fileKeys(procedure)) {
    for (const at of pointersOf(envelope.data, key)) {
      const value = getAt(envelope.data, at);
      const answers = Array.isArray(value) ? value.map((v, i) => ({ pointer: childPointer(at, i), value: v as unknown })) : [{ pointer: at, value }];
      for (const { pointer, value: answer } of answers) {
        const file = readFileAnswer(answer);
        if (!file || typeof answer !== 'string' || files.some((f) => f.pointer === pointer)) continue;
        files.push({ pointer, name: file.name, type: file.type, bytes: decode(answer) });
        data = setAt(data, pointer, { part: pointer, name: file.name, type: file.type, size: file.size });
      }
    }
  }
  return { json: JSON.stringify({ ...envelope, data }), files };
}
