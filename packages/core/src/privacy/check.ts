import type { ProcedureDocument } from '../generated/procedure.js';
import { localize } from '../i18n/localize.js';
import { isObject } from '../json.js';
import { childPointer } from '../pointer.js';
import type { ProblemList } from '../procedure/problems.js';
import { contactView, isReachable } from './contact.js';
import { mainPurpose } from './purposes.js';

// The mentions of RGPD Art. 13 a procedure should give, checked when it loads. Missing ones are
// warnings: the form still works and says what it can, the builder shows them. The document may be
// malformed here (its format's own check reports that), so every property is tested before use.

function checkContacts(privacy: Record<string, unknown>, problems: ProblemList): void {
  // Art. 37(1)(a): every public authority designates a DPO; Art. 13(1)(b): people get its contact details.
  if (privacy.dpo === undefined) problems.warn('/privacy', 'dpo-missing', (m) => m.problem.dpoMissing());
  for (const property of ['controller', 'dpo', 'rights']) {
    const contact = privacy[property];
    const view = isObject(contact) ? contactView(contact, 'fr') : undefined;
    if (view && !isReachable(view)) {
      problems.warn(childPointer('/privacy', property), 'contact-unreachable', (m) => m.problem.contactUnreachable({ property }));
    }
  }
}

function checkPurposes(purposes: unknown[], problems: ProblemList): void {
  const main = purposes.findIndex((purpose) => isObject(purpose) && purpose.optional !== true);
  if (purposes.length > 0 && main < 0) problems.warn('/privacy/purposes', 'main-purpose-missing', (m) => m.problem.mainPurposeMissing());
  const ids = new Set<string>();
  purposes.forEach((purpose, i) => {
    if (!isObject(purpose)) return;
    const at = childPointer('/privacy/purposes', i);
    const id = typeof purpose.id === 'string' ? purpose.id : '';
    if (ids.has(id)) problems.error(childPointer(at, 'id'), 'purpose-id-repeated', (m) => m.problem.purposeIdRepeated({ id }));
    ids.add(id);
    // Art. 7(4): a consent the service does not need cannot be a condition of it; only the main
    // purpose may rest on a consent that blocks the submission.
    if (purpose.legalBasis === 'consent' && purpose.optional !== true && i !== main) {
      problems.warn(at, 'consent-not-optional', (m) => m.problem.consentNotOptional({ id }));
    }
    // Art. 6(1), last subparagraph: public authorities cannot rely on legitimate interest for their tasks.
    if (purpose.legalBasis === 'legitimate-interest') {
      problems.warn(childPointer(at, 'legalBasis'), 'legitimate-interest-public-body', (m) => m.problem.legitimateInterestPublicBody({ id }));
    }
  });
}

/**
 * Fields whose data needs more than a legal basis. The rules:
 * - `sensitive` (Art. 9 special categories) is forbidden unless one of the conditions of Art. 9(2)
 *   applies: the procedure must name it in `privacy.specialCategoriesBasis`;
 * - `offence` (Art. 10) may be processed only under the control of official authority or when a
 *   law authorises it, and the NIR only for the processing décret n° 2019-341 lists: the main
 *   purpose must cite that law in `legalReference`.
 * Guichet cannot judge whether the condition or the law fits; it checks that one is stated.
 */
function checkFields(document: ProcedureDocument, problems: ProblemList): void {
  const fields = document.fields;
  if (!isObject(fields)) return;
  const privacy = document.privacy;
  const condition = isObject(privacy) ? privacy.specialCategoriesBasis : undefined;
  const reference = localize(mainPurpose(document)?.legalReference, 'fr');
  for (const key of Object.keys(fields)) {
    const presentation = fields[key];
    const category = isObject(presentation) ? presentation.personalData : undefined;
    const at = childPointer('/fields', key, 'personalData');
    if (category === 'sensitive' && condition === undefined) {
      problems.warn(at, 'special-category-basis-missing', (m) => m.problem.specialCategoryBasisMissing({ pointer: key }));
    } else if (category === 'offence' && !reference) {
      problems.warn(at, 'legal-reference-missing', (m) => m.problem.offenceReferenceMissing({ pointer: key }));
    } else if (category === 'nir' && !reference) {
      problems.warn(at, 'legal-reference-missing', (m) => m.problem.nirReferenceMissing({ pointer: key }));
    }
  }
}

/**
 * Reports the RGPD mentions a procedure lacks, each where it goes missing: the whole privacy block
 * (`privacy-missing`), the DPO, a contact that gives only a name, the recipients, a retention
 * without description, purposes that break the consent rules, and fields of special categories
 * without the condition or law that allows them. Only `purpose-id-repeated` is an error: consent
 * proofs name purposes by id, so two purposes with one id make them ambiguous.
 */
export function checkPrivacy(document: ProcedureDocument, problems: ProblemList): void {
  const privacy: unknown = document.privacy;
  if (privacy === undefined) {
    problems.warn('', 'privacy-missing', (m) => m.problem.privacyMissing());
  } else if (isObject(privacy)) {
    checkContacts(privacy, problems);
    // Art. 13(1)(e): the recipients or categories of recipients.
    if (!Array.isArray(privacy.recipients) || privacy.recipients.length === 0) {
      problems.warn('/privacy', 'recipients-missing', (m) => m.problem.recipientsMissing());
    }
    // Art. 13(2)(a): the period, or the criteria that set it; a duration alone does not say from when.
    if (isObject(privacy.retention) && privacy.retention.description === undefined) {
      problems.warn('/privacy/retention', 'retention-undescribed', (m) => m.problem.retentionUndescribed());
    }
    if (Array.isArray(privacy.purposes)) checkPurposes(privacy.purposes as unknown[], problems);
  }
  checkFields(document, problems);
}
