import type { FieldPresentation } from '../generated/procedure.js';
import { isObject } from '../json.js';
import { childPointer, parsePointer } from '../pointer.js';
import type { LocatedError } from './errors.js';
import { readFileAnswer, type FileAnswer } from './file-answer.js';

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
