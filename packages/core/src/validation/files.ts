import type { FieldPresentation } from '../generated/procedure.js';
import { isObject } from '../json.js';
import { childPointer, parsePointer } from '../pointer.js';
import type { LocatedError } from './errors.js';

/** A file answer: RJSF's data URL, `data:<type>;name=<file name>;base64,<content>`. */
export interface FileAnswer {
  type: string;
  name: string;
  /** Size in bytes of the decoded content. */
  size: number;
}

/**
 * Reads the type, name and size of a file answer (a data URL), or undefined when the value
 * is not one.
 * @example readFileAnswer('data:application/pdf;name=acte.pdf;base64,JVBERi0=') // { type: 'application/pdf', name: 'acte.pdf', size: 5 }
 */
export function readFileAnswer(value: unknown): FileAnswer | undefined {
  if (typeof value !== 'string') return undefined;
  const comma = value.indexOf(',');
  const match = /^data:([^;,]*)((?:;[^;,]*)*)$/i.exec(comma < 0 ? '' : value.slice(0, comma));
  if (!match) return undefined;
  const params = (match[2] ?? '').split(';').filter(Boolean);
  const nameParam = params.find((p) => p.startsWith('name='));
  const rawName = nameParam?.slice(5) ?? '';
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    name = rawName;
  }
  const payload = value.slice(comma + 1);
  const base64 = params.includes('base64');
  const padding = base64 ? (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0) : 0;
  const size = base64 ? Math.floor((payload.length * 3) / 4) - padding : payload.length;
  return { type: (match[1] ?? '').toLowerCase(), name, size };
}

/** Whether a file's type or name matches an `accept` entry (`application/pdf`, `image/*`, `.pdf`). */
function accepted(file: FileAnswer, accept: readonly string[]): boolean {
  const extension = /\.[a-z0-9]+$/i.exec(file.name)?.[0]?.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.toLowerCase();
    if (wanted.startsWith('.')) return wanted === extension;
    if (wanted.endsWith('/*')) return file.type.startsWith(wanted.slice(0, -1));
    return wanted === file.type;
  });
}

/** The data pointers a presentation key stands for in this data (`*` for every item). */
function pointersOf(data: unknown, key: string): string[] {
  let found: Array<{ pointer: string; value: unknown }> = [{ pointer: '', value: data }];
  for (const token of parsePointer(key)) {
    found = found.flatMap(({ pointer, value }) => {
      if (token === '*' && Array.isArray(value)) return value.map((item, i) => ({ pointer: childPointer(pointer, i), value: item as unknown }));
      if (isObject(value) && Object.prototype.hasOwnProperty.call(value, token)) return [{ pointer: childPointer(pointer, token), value: value[token] }];
      return [];
    });
  }
  return found.map((f) => f.pointer);
}

/**
 * The errors of file answers against their presentation's `file` limits (accepted types and
 * largest size), so that the form and the server refuse the same files. One per field.
 */
export function fileErrors(fields: Record<string, FieldPresentation | undefined> | undefined, data: unknown, get: (pointer: string) => unknown): LocatedError[] {
  const errors: LocatedError[] = [];
  for (const [key, presentation] of Object.entries(fields ?? {})) {
    const limits = presentation?.file;
    if (!limits) continue;
    for (const pointer of pointersOf(data, key)) {
      const value = get(pointer);
      const files = (Array.isArray(value) ? value : [value]).map(readFileAnswer).filter((f): f is FileAnswer => f !== undefined);
      const wrongType = limits.accept && limits.accept.length > 0 ? files.find((f) => !accepted(f, limits.accept ?? [])) : undefined;
      const tooBig = limits.maxSize !== undefined ? files.find((f) => f.size > (limits.maxSize ?? 0)) : undefined;
      if (wrongType) errors.push({ pointer, keyword: 'fileType', params: { accept: limits.accept, name: wrongType.name } });
      else if (tooBig) errors.push({ pointer, keyword: 'fileSize', params: { limit: limits.maxSize, name: tooBig.name } });
    }
  }
  return errors;
}
