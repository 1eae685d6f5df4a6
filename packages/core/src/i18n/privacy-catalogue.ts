import type { LegalBasis, PersonalDataCategory, SpecialCategoriesBasis } from '../generated/procedure.js';
import type { NoticeSectionId } from '../privacy/notice.js';
import type { RightId } from '../privacy/rights.js';

/** The labelled lines of a contact in a notice or a record ("Courriel : …"). */
export interface ContactLineMessages {
  email(p: { value: string }): string;
  phone(p: { value: string }): string;
  address(p: { value: string }): string;
  url(p: { value: string }): string;
}

/** What the information notice (RGPD Art. 13) says, beside the procedure's own texts. */
export interface NoticeMessages {
  /** The title of the full notice. */
  title(): string;
  /** The short text beside the submit button: who, what for, how long, and where the rest is. */
  summary(p: { controller: string; purposes: readonly string[]; retention: string | undefined }): string;
  /** The short text of a procedure that has no privacy block. */
  summaryUnstated(p: { organisation: string }): string;
  /** The heading of each section of the full notice. */
  heading: Record<NoticeSectionId, () => string>;
  /** The lines of a contact. */
  contact: ContactLineMessages;
  /** A legal basis of Art. 6(1) in plain words ("exécution d'une mission d'intérêt public"). */
  legalBasis: Record<LegalBasis, () => string>;
  /** The point of Art. 6(1) a basis comes from ("article 6.1.e du RGPD"). */
  article6(p: { point: string }): string;
  /** One purpose with its legal basis. */
  purpose(p: { description: string; basis: string; article: string }): string;
  /** Said of an optional purpose: only with the box ticked. */
  optionalPurpose(): string;
  /** The law that provides for a purpose (Art. 6(3)). */
  legalReference(p: { reference: string }): string;
  /** The Art. 9(2) condition that allows special categories of data. */
  specialCategories(p: { condition: string }): string;
  /** Each condition of Art. 9(2) in plain words. */
  specialCategoriesBasis: Record<SpecialCategoriesBasis, () => string>;
  /** Before the list of recipients. */
  recipientsIntro(): string;
  /** When the procedure names no recipient. */
  recipientsUnstated(): string;
  /** How long the data is kept ("Vos données sont conservées 3 ans."). */
  retention(p: { duration: string }): string;
  /** When the procedure gives no retention. */
  retentionUnstated(): string;
  /** No transfer outside the EU. */
  transfersNone(): string;
  /** Before the list of transfers outside the EU. */
  transfersIntro(): string;
  /** Before the list of rights. */
  rightsIntro(): string;
  /** Each right, with its article. */
  right: Record<RightId, () => string>;
  /** A right that applies to some purposes only. */
  rightOnlyFor(p: { right: string; purposes: readonly string[] }): string;
  /** Before the contact where rights are exercised. */
  exercise(): string;
  /** Where rights are exercised when the procedure does not say. */
  exerciseUnstated(p: { organisation: string }): string;
  /** The right to complain to the CNIL, with its address. */
  complaint(): string;
  /** What happens without the answers, when the procedure does not say (Art. 13(2)(e)). */
  mandatoryDefault(): string;
  /** The paragraph of a procedure that has no privacy block. */
  unstated(p: { organisation: string }): string;
}

/** What the form says around the consent checkboxes. */
export interface ConsentMessages {
  /** The legend of the optional consents. */
  legend(): string;
  /** The hint under it: unticked by default, no effect on the request, withdrawable. */
  hint(): string;
  /** The hint of the one consent without which the request cannot be sent. */
  requiredHint(): string;
}

/** Why a submission envelope is refused (pointers into the envelope, not the data). */
export interface EnvelopeMessages {
  procedureMismatch(p: { expected: string; got: string }): string;
  versionMismatch(p: { expected: string; got: string }): string;
  retentionMismatch(p: { expected: string; got: string }): string;
  /** A property of the envelope with the wrong shape. */
  invalid(p: { property: string }): string;
  consentsNotList(): string;
  consentUnknown(p: { purpose: string }): string;
  consentRepeated(p: { purpose: string }): string;
  consentMissing(p: { purpose: string }): string;
  consentRefused(p: { purpose: string }): string;
  noticeOutdated(p: { expected: string; got: string }): string;
}

/** Everything Guichet says about personal data to the citizen (the notice, consents) and to the server. */
export interface PrivacyMessages {
  notice: NoticeMessages;
  consent: ConsentMessages;
  envelope: EnvelopeMessages;
  /** The name of each category of personal data, as the CNIL's record model names them. */
  category: Record<PersonalDataCategory, () => string>;
}

/** The parts of a record of processing (RGPD Art. 30), in the order it lists them. */
export type RecordSectionId =
  | 'controller'
  | 'service'
  | 'dpo'
  | 'rights'
  | 'purposes'
  | 'subjects'
  | 'categories'
  | 'special'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'security';

/**
 * What the record of processing says (RGPD Art. 30), for the commune's DPO. Kept out of the
 * main catalogue: only `recordOfProcessing` needs it, so a page that shows a form does not load it.
 */
export interface RecordMessages {
  /** The title of the register. */
  title(): string;
  /** The name of the processing activity of a procedure. */
  name(p: { title: string }): string;
  /** What the entry is made from, and what its markers mean. */
  intro(p: { date: string; title: string; id: string; version: string }): string;
  /** How many points the commune must complete. */
  toCompleteCount(p: { count: number }): string;
  /** The marker before the points the procedure cannot give. */
  toCompleteList(): string;
  /** The heading of each part, with its article. */
  heading: Record<RecordSectionId, () => string>;
  /** The lines of a contact. */
  contact: ContactLineMessages;
  /** The headers of the table of data categories. */
  categoryHeader(): string;
  fieldsHeader(): string;
  /** The questions that have no category. */
  unclassified(): string;
  /** Each legal basis of Art. 6(1) in plain words, said of the person (the notice says "you"). */
  legalBasis: Record<LegalBasis, () => string>;
  /** A purpose's legal basis, with its article. */
  basis(p: { basis: string; article: string }): string;
  /** Said of an optional purpose. */
  optional(): string;
  /** The law that provides for a purpose. */
  legalReference(p: { reference: string }): string;
  /** The categories of persons that can be inferred. */
  subjects: {
    applicants(): string;
    group(p: { label: string }): string;
    family(): string;
  };
  /** Special categories (Art. 9, Art. 10, NIR). */
  special: {
    none(): string;
    present(p: { categories: readonly string[] }): string;
    condition(p: { condition: string }): string;
  };
  /** No transfer outside the EU. */
  transfersNone(): string;
  /** The retention in words, with its ISO 8601 form. */
  retention(p: { words: string; duration: string }): string;
  /** What Guichet does for security, and its introduction. */
  security: {
    guichet(): string;
    validation(): string;
    minimisation(): string;
    noThirdParty(): string;
    https(p: { endpoint: string }): string;
    relative(p: { endpoint: string }): string;
    drafts(): string;
    consentProofs(): string;
    files(): string;
  };
  /** What the commune must complete, by part. */
  todo: {
    controller(): string;
    service(): string;
    dpo(): string;
    rights(): string;
    purposes(): string;
    legalReference(p: { purpose: string }): string;
    subjects(): string;
    unclassified(): string;
    specialCondition(): string;
    specialReference(): string;
    impactAssessment(): string;
    recipients(): string;
    processors(): string;
    transferSafeguards(): string;
    retentionDuration(): string;
    retentionStart(): string;
    retentionEnd(): string;
    endpointMissing(): string;
    endpointInsecure(p: { endpoint: string }): string;
    hosting(): string;
    access(): string;
    logging(): string;
    backups(): string;
    deletion(): string;
    training(): string;
  };
  /** The date in words, for the readable record. */
  date(p: { date: Date }): string;
}
