import type { ResolvedSchema } from '../schema/resolve.js';
import type { FieldType } from './widgets.js';

/** The JSON type of a resolved schema: its `type` (ignoring `null` beside another), else what its keywords imply. */
export function fieldType(resolved: ResolvedSchema): FieldType | 'mixed' | undefined {
  const declared = resolved.keywords.type;
  const types = (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]).filter((t) => typeof t === 'string');
  const meaningful = types.length > 1 ? types.filter((t) => t !== 'null') : types;
  if (meaningful.length > 1) return meaningful.every((t) => t === 'number' || t === 'integer') ? 'number' : 'mixed';
  if (meaningful.length === 1) return meaningful[0] as FieldType;
  if (resolved.properties.size > 0) return 'object';
  if (resolved.items || resolved.tuple) return 'array';
  const values = resolved.options?.map((o) => o.value) ?? (resolved.constant ? [resolved.constant.value] : []);
  const kinds = new Set(values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)));
  if (kinds.size === 1) {
    const kind = [...kinds][0];
    if (kind === 'string' || kind === 'number' || kind === 'boolean') return kind;
  }
  if (typeof resolved.keywords.format === 'string' || 'minLength' in resolved.keywords || 'maxLength' in resolved.keywords) return 'string';
  if ('minimum' in resolved.keywords || 'maximum' in resolved.keywords) return 'number';
  return undefined;
}
