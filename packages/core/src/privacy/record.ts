import type { LegalBasis, PersonalDataCategory, ProcedureDocument } from '../generated/procedure.js';
import { toLocale, type Locale } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import type { PrivacyMessages, RecordMessages } from '../i18n/privacy-catalogue.js';
import { privacyEn } from '../i18n/privacy-en.js';
import { privacyFr } from '../i18n/privacy-fr.js';
import { recordEn } from '../i18n/record-en.js';
import { recordFr } from '../i18n/record-fr.js';
import { isObject } from '../json.js';
import { formatPointer, parsePointer } from '../pointer.js';
import type { Procedure } from '../procedure/model.js';
import { contactView, isReachable, type ContactView } from './contact.js';
import { dataFields, type DataField } from './data-fields.js';
import { durationInWords } from './duration.js';
import { mainPurpose, privacyOf, purposesOf, retentionOf } from './purposes.js';
import { article6Point } from './rights.js';
import { asClause, asSentence } from './text.js';

// The record is a document for the DPO, not part of a form: it imports both languages whole, so an
// English record is English even where @guichet/core/lite has not installed the English catalogue.
const recordMessages: Record<Locale, RecordMessages> = { fr: recordFr, en: recordEn };
const privacyTexts: Record<Locale, PrivacyMessages> = { fr: privacyFr, en: privacyEn };

/** The messages of the record of processing in a language. */
export function recordText(locale: Locale): RecordMessages {
  return recordMessages[locale];
}

/** A part of the record: what the procedure gives, and what the commune must add (« À compléter par la commune »). */
export interface RecordPart {
  /** What the procedure cannot give, each a sentence for the commune; empty when nothing is missing. */
  toComplete: string[];
}

/** A contact part of the record. */
export interface RecordContactPart extends RecordPart {
  contact?: ContactView;
}

/** A purpose as the record states it. */
export interface RecordPurpose {
  id: string;
  description: string;
  legalBasis: LegalBasis;
  /** The legal basis in plain words. */
  basis: string;
  /** Its point of Art. 6(1) (« article 6.1.e du RGPD »). */
  article: string;
  /** True for an optional purpose, based on consent. */
  optional: boolean;
  /** The law that provides for it, when the procedure cites one. */
  legalReference?: string;
}

/** A question listed under a data category. */
export interface RecordField {
  /** Its presentation key (`/enfants/*\/nom`). */
  pointer: string;
  /** Its label, after those of its groups. */
  label: string;
}

/** A category of personal data and the questions that collect it. */
export interface RecordDataCategory {
  category: PersonalDataCategory;
  /** The category in words (« Coordonnées »). */
  name: string;
  /** True for Art. 9 data, Art. 10 data and the NIR. */
  special: boolean;
  fields: RecordField[];
}

/**
 * One entry of the register of processing activities (registre des activités de traitement, RGPD
 * Art. 30(1)) for a procedure: everything the procedure states, and in each part what the commune
 * must complete. Plain JSON; `recordToMarkdown` and `recordToHtml` make it readable.
 */
export interface ProcessingRecord {
  locale: Locale;
  /** The day the entry was drawn up (`YYYY-MM-DD`). */
  date: string;
  /** The procedure it is made from. */
  procedure: { id: string; version: string; title: string };
  /** The name of the processing activity. */
  name: string;
  /** How many points the commune must complete, in all parts. */
  toCompleteCount: number;
  controller: RecordContactPart;
  /** The department in charge: the organisation's contact. */
  service: RecordContactPart;
  dpo: RecordContactPart;
  /** Where people exercise their rights. */
  rights: RecordContactPart;
  purposes: RecordPart & { items: RecordPurpose[] };
  /** The categories of persons concerned that the procedure lets infer. */
  subjects: RecordPart & { items: string[] };
  /** The categories of data, each with its questions; the questions without category apart. */
  categories: RecordPart & { items: RecordDataCategory[]; unclassified: RecordField[] };
  /** Art. 9 and Art. 10 data and the NIR. */
  special: RecordPart & { categories: PersonalDataCategory[]; condition?: string; items: string[] };
  recipients: RecordPart & { items: string[] };
  transfers: RecordPart & { none: boolean; items: string[] };
  retention: RecordPart & { duration?: string; words?: string; description?: string };
  /** What Guichet does (`guichet`), and what the commune must describe (`toComplete`). */
  security: RecordPart & { guichet: string[] };
}

/** The categories in the order the record lists them: identity first, special ones last. */
const categoryOrder: readonly PersonalDataCategory[] = [
  'identity',
  'contact',
  'location',
  'family',
  'education',
  'professional',
  'financial',
  'other',
  'sensitive',
  'offence',
  'nir',
];
const specialCategories: ReadonlySet<PersonalDataCategory> = new Set(['sensitive', 'offence', 'nir']);

function contactPart(contact: ContactView | undefined, missing: string): RecordContactPart {
  return contact ? { contact, toComplete: isReachable(contact) ? [] : [missing] } : { toComplete: [missing] };
}

function purposesPart(document: ProcedureDocument, locale: Locale, text: RecordMessages): ProcessingRecord['purposes'] {
  const notice = privacyTexts[locale].notice;
  const items = purposesOf(document).map((purpose): RecordPurpose => {
    const reference = localize(purpose.legalReference, locale);
    return {
      id: purpose.id,
      description: localize(purpose.description, locale) ?? purpose.id,
      legalBasis: purpose.legalBasis,
      basis: text.legalBasis[purpose.legalBasis](),
      article: notice.article6({ point: article6Point[purpose.legalBasis] }),
      optional: purpose.optional === true,
      ...(reference ? { legalReference: reference } : {}),
    };
  });
  // Art. 6(3): a public task or a legal obligation rests on a law the record should name.
  const toComplete = items
    .filter((p) => (p.legalBasis === 'public-task' || p.legalBasis === 'legal-obligation') && !p.legalReference)
    .map((p) => text.todo.legalReference({ purpose: asClause(p.description) }));
  return { items, toComplete: items.length === 0 ? [text.todo.purposes()] : toComplete };
}

function subjectsPart(fields: readonly DataField[], labels: ReadonlyMap<string, string>, text: RecordMessages): ProcessingRecord['subjects'] {
  const personal = fields.filter((f) => f.question && f.category !== undefined && f.category !== 'none');
  // A group at the top of the form with identity questions describes a person: the applicant or
  // someone else (a child, a person allowed to collect them…); an address group does not.
  const identities = personal.filter((f) => f.category === 'identity').map((f) => parsePointer(f.pointer));
  const groups = [...new Set(identities.filter((t) => t.length > 1).map((t) => formatPointer(t.slice(0, 1))))];
  const items = [
    text.subjects.applicants(),
    ...groups.map((g) => text.subjects.group({ label: labels.get(g) ?? g })),
    ...(personal.some((f) => f.category === 'family') ? [text.subjects.family()] : []),
  ];
  return { items, toComplete: [text.todo.subjects()] };
}

function categoriesPart(fields: readonly DataField[], locale: Locale, text: RecordMessages): ProcessingRecord['categories'] {
  const names = privacyTexts[locale].category;
  const questions = fields.filter((f) => f.question);
  const items = categoryOrder.flatMap((category): RecordDataCategory[] => {
    const listed = questions.filter((f) => f.category === category).map(({ pointer, label }) => ({ pointer, label }));
    return listed.length > 0 ? [{ category, name: names[category](), special: specialCategories.has(category), fields: listed }] : [];
  });
  const unclassified = questions.filter((f) => f.category === undefined).map(({ pointer, label }) => ({ pointer, label }));
  return { items, unclassified, toComplete: unclassified.length > 0 ? [text.todo.unclassified()] : [] };
}

function specialPart(document: ProcedureDocument, fields: readonly DataField[], locale: Locale, text: RecordMessages): ProcessingRecord['special'] {
  const names = privacyTexts[locale].category;
  const present = categoryOrder.filter((c) => specialCategories.has(c) && fields.some((f) => f.category === c));
  if (present.length === 0) return { categories: [], items: [text.special.none()], toComplete: [] };
  const basis = privacyOf(document)?.specialCategoriesBasis;
  const condition = basis ? privacyTexts[locale].notice.specialCategoriesBasis[basis]() : undefined;
  const items = [text.special.present({ categories: present.map((c) => names[c]()) })];
  if (condition) items.push(text.special.condition({ condition }));
  const toComplete: string[] = [];
  if (present.includes('sensitive') && !condition) toComplete.push(text.todo.specialCondition());
  if ((present.includes('offence') || present.includes('nir')) && !localize(mainPurpose(document)?.legalReference, locale)) {
    toComplete.push(text.todo.specialReference());
  }
  toComplete.push(text.todo.impactAssessment());
  return { categories: present, ...(condition ? { condition } : {}), items, toComplete };
}

function securityPart(document: ProcedureDocument, hasConsents: boolean, text: RecordMessages): ProcessingRecord['security'] {
  const guichet = [text.security.validation(), text.security.minimisation(), text.security.noThirdParty()];
  const toComplete: string[] = [];
  const endpoint = isObject(document.submission) ? document.submission.endpoint : undefined;
  if (typeof endpoint !== 'string' || endpoint === '') toComplete.push(text.todo.endpointMissing());
  else if (/^https:\/\//iu.test(endpoint)) guichet.push(text.security.https({ endpoint }));
  else if (/^[a-z][a-z0-9+.-]*:/iu.test(endpoint)) toComplete.push(text.todo.endpointInsecure({ endpoint }));
  else guichet.push(text.security.relative({ endpoint }));
  guichet.push(text.security.drafts());
  if (hasConsents) guichet.push(text.security.consentProofs());
  const fields = isObject(document.fields) ? Object.values(document.fields) : [];
  if (fields.some((f) => isObject(f) && f.file !== undefined)) guichet.push(text.security.files());
  toComplete.push(text.todo.hosting(), text.todo.access(), text.todo.logging(), text.todo.backups(), text.todo.deletion(), text.todo.training());
  return { guichet, toComplete };
}

/** Options of `recordOfProcessing`. */
export interface RecordOptions {
  /** The day the entry is drawn up (default: today). */
  date?: Date;
}

/**
 * The entry of the register of processing activities (RGPD Art. 30(1)) for a procedure, in a
 * language: its name, controller, DPO, purposes and legal bases, the categories of persons and of
 * data (from the fields' `personalData`, with the questions under each), recipients, transfers,
 * retention and security measures. What a procedure cannot state (processors, hosting, access
 * rights…) is listed in each part's `toComplete`, so the DPO sees what is left to do.
 * @example
 * const record = recordOfProcessing(procedure, 'fr', { date: new Date('2025-06-01') });
 * record.categories.items.map((c) => c.name) // ["État civil, identité, données d'identification", 'Coordonnées', …]
 * recordToHtml(record) // a complete HTML page for the DPO
 */
export function recordOfProcessing(procedure: Procedure, lang?: string, options: RecordOptions = {}): ProcessingRecord {
  const locale = toLocale(lang);
  const text = recordText(locale);
  const document = procedure.document;
  const privacy = privacyOf(document);
  const title = localize(document.title, locale) ?? document.id;
  const fields = dataFields(procedure, locale);
  const labels = new Map(fields.map((f) => [f.pointer, f.label]));

  const recipients = (privacy?.recipients ?? []).flatMap((r) => localize(r, locale) ?? []);
  const transfers = (privacy?.transfersOutsideEU ?? []).flatMap((t) => localize(t, locale) ?? []);
  const retention = retentionOf(privacy);
  const description = localize(retention?.description, locale);
  const purposes = purposesPart(document, locale, text);

  const record: Omit<ProcessingRecord, 'toCompleteCount'> = {
    locale,
    date: (options.date ?? new Date()).toISOString().slice(0, 10),
    procedure: { id: document.id, version: document.version, title },
    name: text.name({ title }),
    controller: contactPart(contactView(privacy?.controller, locale), text.todo.controller()),
    service: contactPart(contactView(document.organisation.contact, locale), text.todo.service()),
    dpo: contactPart(contactView(privacy?.dpo, locale), text.todo.dpo()),
    rights: contactPart(contactView(privacy?.rights, locale), text.todo.rights()),
    purposes,
    subjects: subjectsPart(fields, labels, text),
    categories: categoriesPart(fields, locale, text),
    special: specialPart(document, fields, locale, text),
    recipients: { items: recipients, toComplete: [...(recipients.length === 0 ? [text.todo.recipients()] : []), text.todo.processors()] },
    transfers: { none: transfers.length === 0, items: transfers, toComplete: transfers.length > 0 ? [text.todo.transferSafeguards()] : [] },
    retention: {
      ...(retention ? { duration: retention.duration, words: durationInWords(retention.duration, locale) } : {}),
      ...(description ? { description: asSentence(description) } : {}),
      toComplete: [
        ...(retention ? [] : [text.todo.retentionDuration()]),
        ...(description ? [] : [text.todo.retentionStart()]),
        text.todo.retentionEnd(),
      ],
    },
    security: securityPart(document, purposes.items.some((p) => p.legalBasis === 'consent'), text),
  };
  const parts: RecordPart[] = [
    record.controller, record.service, record.dpo, record.rights, record.purposes, record.subjects, record.categories,
    record.special, record.recipients, record.transfers, record.retention, record.security,
  ];
  return { ...record, toCompleteCount: parts.reduce((sum, part) => sum + part.toComplete.length, 0) };
}
