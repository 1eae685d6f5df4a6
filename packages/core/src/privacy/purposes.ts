import type { Privacy, ProcedureDocument, Purpose } from '../generated/procedure.js';
import { isObject } from '../json.js';

/** The privacy block of a procedure, when it has a usable one. */
export function privacyOf(document: ProcedureDocument): Privacy | undefined {
  const privacy = document.privacy;
  return isObject(privacy) && Array.isArray(privacy.purposes) ? privacy : undefined;
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
