import { defineOwn, isObject } from '../json.js';
import { escapeToken } from '../pointer.js';
import type { Procedure } from '../procedure/model.js';
import { fileKeys } from '../submission/multipart.js';

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

/**
 * The answers a draft may keep: a copy without the answers of sensitive, offence and NIR
 * questions (and of groups marked so, whole), nor of file questions (`fileKeys`: a text answer
 * that looks like a data URL stays); with how many were left out.
 * @example draftData(procedure, { nom: 'Durand', sante: 'asthme' }) // { data: { nom: 'Durand' }, leftOut: { sensitive: 1, files: 0 } }
 */
export function draftData(procedure: Procedure, data: unknown): { data: Record<string, unknown>; leftOut: LeftOut } {
  const unstored = unstoredKeys(procedure);
  const files = fileKeys(procedure);
  const leftOut: LeftOut = { sensitive: 0, files: 0 };
  const copy = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => copy(item, `${key}/*`));
    if (!isObject(value)) return value;
    const result: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value)) {
      const childKey = `${key}/${escapeToken(name)}`;
      if (unstored.has(childKey)) leftOut.sensitive++;
      else if (files.has(childKey)) leftOut.files++;
      else if (files.has(`${childKey}/*`) && Array.isArray(child)) leftOut.files += child.length;
      else defineOwn(result, name, copy(child, childKey));
    }
    return result;
  };
  const kept = copy(isObject(data) ? data : {}, '');
  return { data: kept as Record<string, unknown>, leftOut };
}
