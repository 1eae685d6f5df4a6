import type { LegalBasis, Privacy, ProcedureDocument } from '../generated/procedure.js';
import { catalogue, type Locale } from '../i18n/index.js';
import { privacyMessages } from '../i18n/privacy-messages.js';
import { localize } from '../i18n/localize.js';
import type { NoticeMessages } from '../i18n/privacy-catalogue.js';
import type { Procedure } from '../procedure/model.js';
import { contactLines, contactView, type ContactView } from './contact.js';
import { durationInWords } from './duration.js';
import { noticeVersion, privacyOf, purposesOf, retentionOf } from './purposes.js';
import { article6Point, rightIds, rightsFor, type RightId } from './rights.js';
import { asClause, asSentence, canonicalText } from './text.js';

/** The sections of the full notice, in the order it shows them. */
export type NoticeSectionId =
  | 'controller'
  | 'dpo'
  | 'purposes'
  | 'recipients'
  | 'retention'
  | 'transfers'
  | 'rights'
  | 'complaint'
  | 'mandatory';

/** One block of a notice section: a paragraph, a bulleted list, or a contact (one line per part). */
export type NoticeBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'contact'; contact: ContactView; lines: string[] };

/** A section of the full notice: a heading and its blocks, all plain text. */
export interface NoticeSection {
  id: NoticeSectionId;
  heading: string;
  blocks: NoticeBlock[];
}

/** A purpose as the notice states it. */
export interface NoticePurpose {
  id: string;
  /** The purpose in the notice's language. */
  description: string;
  legalBasis: LegalBasis;
  /** The legal basis in plain words (« exécution d'une mission d'intérêt public »). */
  basis: string;
  /** True for an optional purpose (a checkbox of its own). */
  optional: boolean;
  /** The rights that apply to it (see `rightsFor`). */
  rights: readonly RightId[];
}

/** A right as the notice states it. */
export interface NoticeRight {
  id: RightId;
  /** The right in plain words, with its article. */
  text: string;
  /** The ids of the purposes it applies to (all of them when `all`). */
  purposes: string[];
  /** True when it applies to every purpose. */
  all: boolean;
}

/**
 * The information notice of a procedure (RGPD Art. 13), ready to render: a short text for beside
 * the submit button, the full mentions in sections, and `text`, the exact text those make, which
 * consent proofs identify by its hash (`hashNotice`). Every string is text, never HTML.
 */
export interface PrivacyNotice {
  locale: Locale;
  /** The procedure it belongs to. */
  procedure: { id: string; version: string };
  /** The notice's version: `privacy.version`, else the procedure's version. */
  version: string;
  /** False when the procedure has no privacy block: the notice then says so and lists only what always holds. */
  complete: boolean;
  /** The title of the full notice (« Vos données personnelles »). */
  title: string;
  /** The short text for beside the submit button. */
  summary: string;
  /** The full mentions, in order. */
  sections: NoticeSection[];
  /** The purposes, each with its legal basis and rights. */
  purposes: NoticePurpose[];
  /** The rights that apply to at least one purpose. */
  rights: NoticeRight[];
  /** How long the data is kept, when the procedure says. */
  retention?: { duration: string; words: string };
  /** The canonical text of the whole notice (title, summary, then each section): what is hashed. */
  text: string;
}

function contactBlock(contact: ContactView, messages: NoticeMessages): NoticeBlock {
  return { kind: 'contact', contact, lines: contactLines(contact, messages.contact) };
}

function paragraph(text: string): NoticeBlock {
  return { kind: 'paragraph', text };
}

function noticePurposes(document: ProcedureDocument, locale: Locale): NoticePurpose[] {
  const messages = privacyMessages(locale).notice;
  return purposesOf(document).map((purpose) => ({
    id: purpose.id,
    description: localize(purpose.description, locale) ?? purpose.id,
    legalBasis: purpose.legalBasis,
    basis: messages.legalBasis[purpose.legalBasis](),
    optional: purpose.optional === true,
    rights: rightsFor(purpose.legalBasis),
  }));
}

/** The rights that apply to some purpose; without purposes, those that hold whatever the basis. */
function noticeRights(purposes: readonly NoticePurpose[], messages: NoticeMessages): NoticeRight[] {
  return rightIds.flatMap((id): NoticeRight[] => {
    const applies = purposes.filter((purpose) => purpose.rights.includes(id));
    const always = (['access', 'rectification', 'restriction', 'post-mortem'] as RightId[]).includes(id);
    if (purposes.length === 0 ? !always : applies.length === 0) return [];
    const all = applies.length === purposes.length;
    const right = messages.right[id]();
    return [
      {
        id,
        text: all ? right : messages.rightOnlyFor({ right, purposes: applies.map((p) => asClause(p.description)) }),
        purposes: applies.map((p) => p.id),
        all,
      },
    ];
  });
}

function purposeLine(purpose: NoticePurpose, reference: string | undefined, messages: NoticeMessages): string {
  const line = [
    messages.purpose({
      description: asSentence(purpose.description),
      basis: purpose.basis,
      article: messages.article6({ point: article6Point[purpose.legalBasis] }),
    }),
  ];
  if (reference) line.push(messages.legalReference({ reference: asClause(reference) }));
  if (purpose.optional) line.push(messages.optionalPurpose());
  return line.join(' ');
}

function sectionsOf(privacy: Privacy, document: ProcedureDocument, purposes: NoticePurpose[], rights: NoticeRight[], locale: Locale): NoticeSection[] {
  const messages = privacyMessages(locale).notice;
  const sections: NoticeSection[] = [];
  const add = (id: NoticeSectionId, blocks: NoticeBlock[]): void => {
    if (blocks.length > 0) sections.push({ id, heading: messages.heading[id](), blocks });
  };
  const organisation = localize(document.organisation.name, locale) ?? '';
  const controller = contactView(privacy.controller, locale) ?? { name: organisation };
  add('controller', [contactBlock(controller, messages)]);
  const dpo = contactView(privacy.dpo, locale);
  add('dpo', dpo ? [contactBlock(dpo, messages)] : []);

  const references = new Map(purposesOf(document).map((p) => [p.id, localize(p.legalReference, locale)]));
  const purposeBlocks: NoticeBlock[] = [{ kind: 'list', items: purposes.map((p) => purposeLine(p, references.get(p.id), messages)) }];
  if (privacy.specialCategoriesBasis) {
    purposeBlocks.push(paragraph(messages.specialCategories({ condition: messages.specialCategoriesBasis[privacy.specialCategoriesBasis]() })));
  }
  add('purposes', purposeBlocks);

  const recipients = (privacy.recipients ?? []).flatMap((r) => localize(r, locale) ?? []);
  add('recipients', recipients.length > 0 ? [paragraph(messages.recipientsIntro()), { kind: 'list', items: recipients }] : [paragraph(messages.recipientsUnstated())]);

  const retention = retentionOf(privacy);
  const description = localize(retention?.description, locale);
  add('retention', [
    paragraph(retention ? messages.retention({ duration: durationInWords(retention.duration, locale) }) : messages.retentionUnstated()),
    ...(description ? [paragraph(asSentence(description))] : []),
  ]);

  const transfers = (privacy.transfersOutsideEU ?? []).flatMap((t) => localize(t, locale) ?? []);
  add('transfers', transfers.length > 0 ? [paragraph(messages.transfersIntro()), { kind: 'list', items: transfers }] : [paragraph(messages.transfersNone())]);

  const rightsContact = contactView(privacy.rights, locale);
  add('rights', [
    paragraph(messages.rightsIntro()),
    { kind: 'list', items: rights.map((r) => r.text) },
    ...(rightsContact ? [paragraph(messages.exercise()), contactBlock(rightsContact, messages)] : [paragraph(messages.exerciseUnstated({ organisation }))]),
  ]);
  add('complaint', [paragraph(messages.complaint())]);
  const mandatory = localize(privacy.mandatory, locale);
  add('mandatory', [paragraph(mandatory ? asSentence(mandatory) : messages.mandatoryDefault())]);
  return sections;
}

/** The sections of a procedure without a privacy block: who to ask, and what holds whatever the purposes. */
function unstatedSections(document: ProcedureDocument, rights: NoticeRight[], locale: Locale): NoticeSection[] {
  const messages = privacyMessages(locale).notice;
  const organisation = localize(document.organisation.name, locale) ?? '';
  const contact = contactView(document.organisation.contact, locale);
  const section = (id: NoticeSectionId, blocks: NoticeBlock[]): NoticeSection => ({ id, heading: messages.heading[id](), blocks });
  return [
    section('controller', [contactBlock({ ...contact, name: organisation }, messages), paragraph(messages.unstated({ organisation }))]),
    section('rights', [paragraph(messages.rightsIntro()), { kind: 'list', items: rights.map((r) => r.text) }, paragraph(messages.exerciseUnstated({ organisation }))]),
    section('complaint', [paragraph(messages.complaint())]),
    section('mandatory', [paragraph(messages.mandatoryDefault())]),
  ];
}

/** The lines of a block in the canonical text. */
function blockLines(block: NoticeBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map((item) => `- ${item}`);
    case 'contact':
      return block.lines;
  }
}

/**
 * The canonical text of a notice: its title, its summary, then each section (heading, then its
 * blocks: paragraphs as they are, list items after "- ", a contact one part a line), sections
 * separated by an empty line; in Unicode NFC. Any change of what is shown changes it.
 */
function noticeText(title: string, summary: string, sections: readonly NoticeSection[]): string {
  const parts = [`${title}\n${summary}`, ...sections.map((s) => [s.heading, ...s.blocks.flatMap(blockLines)].join('\n'))];
  return canonicalText(parts.join('\n\n'));
}

/**
 * The information notice of a procedure (RGPD Art. 13) in a language, as plain data for the form
 * to render: `summary` beside the submit button, `sections` in a disclosure. A procedure without
 * a privacy block gets a notice that says so (`complete: false`).
 * @example
 * const notice = privacyNotice(procedure, 'fr');
 * notice.sections.map((s) => s.heading) // ['Responsable du traitement', 'Délégué à la protection des données', …]
 * await hashNotice(notice) // '3f1c…' (64 hexadecimal digits)
 */
export function privacyNotice(procedure: Procedure, lang?: string): PrivacyNotice {
  // The language of the catalogue installed: with @guichet/core/lite, English once loadLocale('en')
  // has installed it, French until then; the notice says which it is worded in.
  const locale = catalogue(lang).locale;
  const document = procedure.document;
  const messages = privacyMessages(locale).notice;
  const privacy = privacyOf(document);
  const purposes = noticePurposes(document, locale);
  const rights = noticeRights(purposes, messages);
  const organisation = localize(document.organisation.name, locale) ?? '';
  const title = messages.title();
  let summary: string;
  let sections: NoticeSection[];
  let retention: PrivacyNotice['retention'];
  if (privacy) {
    const controller = asClause(contactView(privacy.controller, locale)?.name ?? organisation);
    const duration = retentionOf(privacy)?.duration;
    retention = duration ? { duration, words: durationInWords(duration, locale) } : undefined;
    summary = messages.summary({
      controller,
      purposes: purposes.filter((p) => !p.optional).map((p) => asClause(p.description)),
      retention: retention?.words,
    });
    sections = sectionsOf(privacy, document, purposes, rights, locale);
  } else {
    summary = messages.summaryUnstated({ organisation });
    sections = unstatedSections(document, rights, locale);
  }
  return {
    locale,
    procedure: { id: document.id, version: document.version },
    version: noticeVersion(document),
    complete: privacy !== undefined,
    title,
    summary,
    sections,
    purposes,
    rights,
    ...(retention ? { retention } : {}),
    text: noticeText(title, summary, sections),
  };
}
