import { locales, type Locale } from '../i18n/index.js';
import type { Procedure } from '../procedure/model.js';
import { hashNotice } from './hash.js';
import { privacyNotice } from './notice.js';
import { consentPurposes, noticeVersion } from './purposes.js';

/** The proof of one consent choice, as the submission envelope carries it. */
export interface ConsentProof {
  /** The purpose's `id`. */
  purpose: string;
  /** True when the box was ticked; false records that it was left unticked. */
  granted: boolean;
  /** When the choice was made (ISO 8601 timestamp in UTC, `2025-06-01T09:30:00.000Z`). */
  at: string;
  /** The SHA-256 of the exact notice text shown (`hashNotice`): 64 hexadecimal digits. */
  noticeHash: string;
  /** The version of that notice. */
  noticeVersion: string;
}

/** Options of `consentProofs`. */
export interface ConsentProofOptions {
  /** The hash of the notice the citizen was shown (`await hashNotice(notice)`). */
  noticeHash: string;
  /** When the choices were made (default: now). */
  now?: Date;
}

/**
 * The proof of each consent choice: one per consent purpose of the procedure (`consentPurposes`),
 * ticked or not, in the procedure's order; a purpose missing from `choices` was not ticked.
 * Throws when `choices` names a purpose that does not ask for consent: that is a bug of the caller,
 * and a proof for it would mean nothing.
 * @example
 * const noticeHash = await hashNotice(privacyNotice(procedure, 'fr'));
 * consentProofs(procedure, { 'lettre-information': true }, { noticeHash, now: new Date('2025-06-01T09:30:00Z') })
 * // [{ purpose: 'lettre-information', granted: true, at: '2025-06-01T09:30:00.000Z', noticeHash, noticeVersion: '2025-01' }]
 */
export function consentProofs(
  procedure: Procedure,
  choices: Readonly<Record<string, boolean>>,
  options: ConsentProofOptions,
): ConsentProof[] {
  const purposes = consentPurposes(procedure);
  const known = new Set(purposes.map((p) => p.id));
  const unknown = Object.keys(choices).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(`consentProofs: ${unknown.map((id) => JSON.stringify(id)).join(', ')} is not a consent purpose of the procedure "${procedure.document.id}"`);
  }
  const at = (options.now ?? new Date()).toISOString();
  const version = noticeVersion(procedure.document);
  return purposes.map((purpose) => ({
    purpose: purpose.id,
    granted: Object.prototype.hasOwnProperty.call(choices, purpose.id) && choices[purpose.id] === true,
    at,
    noticeHash: options.noticeHash,
    noticeVersion: version,
  }));
}

/**
 * The language of the notice a hash was made from, for a server that checks a consent proof
 * against the procedure it holds: the notice is rebuilt in each language of the catalogue and
 * hashed. Undefined when no notice of this procedure gives that hash (another text was shown).
 * @example await noticeLocaleOf(procedure, proof.noticeHash) // 'fr'
 */
export async function noticeLocaleOf(procedure: Procedure, noticeHash: string): Promise<Locale | undefined> {
  for (const locale of locales) {
    if ((await hashNotice(privacyNotice(procedure, locale))) === noticeHash) return locale;
  }
  return undefined;
}
