import { isObject } from '../json.js';
import type { Procedure } from '../procedure/model.js';

/** The personal-data categories never written to a draft (RGPD Art. 9 and 10, and the NIR). */
export const UNSTORED_CATEGORIES: readonly string[] = ['sensitive', 'offence', 'nir'];

/** What a draft leaves out of the answers, counted so the form can say so when it restores them. */
export interface LeftOut {
  /** Answers of questions whose personal data is sensitive, about offences, or the NIR. */
  sensitive: number;
  /** Files (pièces justificatives): too big for the browser's storage, and chosen again in a moment. */
  files: number;
}

/** The presentation keys (array items as `*`) of the questions a draft must not keep. */
function unstoredKeys(procedure: Procedure): Set<string> {
  const fields = procedure.document.fields ?? {};
  return new Set(
    Object.entries(fields)
      .filter(([, presentation]) => isObject(presentation) && UNSTORED_CATEGORIES.includes(String(presentation.personalData)))
      .map(([key]) => key),
  );
}

/** A file answer as the form holds it: a data URL, or a list of them. */
function isFileAnswer(value: unknown): boolean {
  const isDataUrl = (item: unknown): boolean => typeof item === 'string' && /^data:[^,]*;base64,/.test(item);
  return isDataUrl(value) || (Array.isArray(value) && value.length > 0 && value.every(isDataUrl));
}

/**
 * The answers a draft may keep: a copy without the answers of sensitive, offence and NIR
 * questions (and of groups marked so, whole), nor files; with how many were left out.
 * @example draftData(procedure, { nom: 'Durand', sante: 'asthme' }) // { data: { nom: 'Durand' }, leftOut: { sensitive: 1, files: 0 } }
 */
export function draftData(procedure: Procedure, data: unknown): { data: Record<string, unknown>; leftOut: LeftOut } {
  const unstored = unstoredKeys(procedure);
  const leftOut: LeftOut = { sensitive: 0, files: 0 };
  const copy = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => copy(item, `${key}/*`));
    if (!isObject(value)) return value;
    const result: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value)) {
      const childKey = `${key}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (unstored.has(childKey)) leftOut.sensitive++;
      else if (isFileAnswer(child)) leftOut.files++;
      else Object.defineProperty(result, name, { value: copy(child, childKey), enumerable: true, writable: true, configurable: true });
    }
    return result;
  };
  const kept = copy(isObject(data) ? data : {}, '');
  return { data: kept as Record<string, unknown>, leftOut };
}
