import type { FieldPresentation } from '../generated/procedure.js';
import { catalogue, type Locale } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import { hasOwn, isObject } from '../json.js';
import type { Procedure } from '../procedure/model.js';
import { formatPointer, parsePointer } from '../pointer.js';
import type { ResolvedSchema } from '../schema/resolve.js';

/**
 * The presentation key of a data pointer: array indexes become `*`, so that one entry of
 * `fields` applies to a field in every item of a repeatable group.
 * @example presentationKey({ enfants: [{ nom: 'A' }] }, '/enfants/0/nom') // '/enfants/*\/nom'
 */
export function presentationKey(data: unknown, pointer: string): string {
  let node = data;
  const tokens = parsePointer(pointer).map((token) => {
    const inArray = Array.isArray(node);
    node = inArray ? (node as unknown[])[Number(token)] : isObject(node) && hasOwn(node, token) ? node[token] : undefined;
    return inArray ? '*' : token;
  });
  return formatPointer(tokens);
}

/** The presentation of the field at a presentation key, if the procedure gives one. */
export function presentationOf(procedure: Procedure, key: string): FieldPresentation | undefined {
  const fields = procedure.document.fields;
  return fields && hasOwn(fields, key) ? fields[key] : undefined;
}

/** The label of a field: its presentation's label, else its schema's title, else its name. */
export function labelOf(
  presentation: FieldPresentation | undefined,
  resolved: ResolvedSchema | undefined,
  pointer: string,
  locale: Locale,
): string {
  const title = resolved?.keywords.title;
  return (
    localize(presentation?.label, locale) ??
    (typeof title === 'string' && title.trim() !== '' ? title : undefined) ??
    catalogue(locale).untitledField({ name: parsePointer(pointer).pop() ?? '' })
  );
}
