import type { Privacy, ProcedureDocument, Purpose } from '../generated/procedure.js';
import { catalogue } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import { isObject } from '../json.js';
import type { Procedure } from '../procedure/model.js';

/** The privacy block of a procedure, when it has a usable one. */
export function privacyOf(document: ProcedureDocument): Privacy | undefined {
  const privacy = document.privacy;
  return isObject(privacy) && Array.isArray(privacy.purposes) ? privacy : undefined;
}

/** The retention of a privacy block, when it gives a duration. */
export function retentionOf(privacy: Privacy | undefined): Privacy['retention'] | undefined {
  const retention = privacy?.retention;
  return isObject(retention) && typeof retention.duration === 'string' ? retention : undefined;
}

/** The purposes of a procedure (none without a privacy block). */
export function purposesOf(document: ProcedureDocument): readonly Purpose[] {
  return privacyOf(document)?.purposes.filter(isObject) ?? [];
}

/**
 * The main purpose of a procedure: the first purpose that is not optional, the one the procedure
 * exists for. Undefined when every purpose is optional (reported as `main-purpose-missing`).
 * @example mainPurpose(procedure.document)?.id // 'inscription'
 */
export function mainPurpose(document: ProcedureDocument): Purpose | undefined {
  return purposesOf(document).find((purpose) => purpose.optional !== true);
}

/** A purpose that needs the citizen's consent: one checkbox of its own, unticked by default. */
export interface ConsentPurpose {
  /** The purpose's `id`, as consent proofs name it. */
  id: string;
  /** The checkbox's label: the purpose's description, in the requested language. */
  label: string;
  /**
   * True only for the main purpose when it is based on consent: without it the request cannot be
   * sent (see `consentRequiredToSubmit`). Every other consent is optional.
   */
  required: boolean;
}

/**
 * The purposes a citizen consents to, one unticked checkbox each, never bundled: every purpose
 * whose legal basis is consent, in the procedure's order. They are optional (`required: false`),
 * except the main purpose when it is itself based on consent.
 * @example consentPurposes(procedure, 'fr') // [{ id: 'lettre-information', label: "Vous envoyer la lettre d'information…", required: false }]
 */
export function consentPurposes(procedure: Procedure, lang?: string): ConsentPurpose[] {
  const locale = catalogue(lang).locale;
  const main = mainPurpose(procedure.document);
  return purposesOf(procedure.document)
    .filter((purpose) => purpose.legalBasis === 'consent')
    .map((purpose) => ({
      id: purpose.id,
      label: localize(purpose.description, locale) ?? catalogue(locale).untitledField({ name: purpose.id }),
      required: purpose === main,
    }));
}

/**
 * The consent the request cannot be sent without (consent is the basis of its main purpose),
 * when `choices` does not grant it; undefined when nothing stands in the way.
 * @example missingConsent(procedure, {}) // { id: 'carte', label: 'Établir votre carte…', required: true }
 */
export function missingConsent(procedure: Procedure, choices: Readonly<Record<string, boolean>>, lang?: string): ConsentPurpose | undefined {
  return consentPurposes(procedure, lang).find((purpose) => purpose.required && choices[purpose.id] !== true);
}

/**
 * Whether the request can be sent only with a consent ticked. The rule: only when consent is the
 * legal basis of the procedure's main purpose (its first purpose that is not optional). Consent to
 * anything else is optional: the RGPD forbids making a service depend on a consent it does not
 * need (Art. 7(4)), so the other consent boxes never block the submission.
 * @example consentRequiredToSubmit(procedure) // false for an enrolment based on a public task
 */
export function consentRequiredToSubmit(procedure: Procedure): boolean {
  return mainPurpose(procedure.document)?.legalBasis === 'consent';
}

/**
 * The version of a procedure's notice, recorded with each consent: `privacy.version`, else the
 * procedure's own `version` (a notice changes with its procedure when it has no version of its own).
 * @example noticeVersion(procedure) // '2025-01'
 */
export function noticeVersion(document: ProcedureDocument): string {
  const version = privacyOf(document)?.version;
  return typeof version === 'string' && version !== '' ? version : document.version;
}
