import { toLocale } from '../i18n/index.js';
import type { RecordSectionId } from '../i18n/privacy-catalogue.js';
import { contactLines } from './contact.js';
import type { ProcessingRecord, RecordContactPart, RecordDataCategory, RecordField } from './record.js';
import { recordText } from './record.js';

// The readable record, once, as plain blocks of text; recordToMarkdown and recordToHtml only
// write them out (and escape every text), so both documents always say the same.

/** A block of the readable record. */
export type RecordBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'categories'; header: [string, string]; items: RecordDataCategory[] }
  | { kind: 'fields'; title: string; fields: RecordField[] }
  | { kind: 'todo'; label: string; items: string[] };

/** A part of the readable record. */
export interface RecordLayoutSection {
  id: RecordSectionId;
  heading: string;
  blocks: RecordBlock[];
}

/** The readable record: a title, an introduction, then its parts. */
export interface RecordLayout {
  lang: string;
  title: string;
  name: string;
  intro: string[];
  sections: RecordLayoutSection[];
}

/** The readable layout of a record; Guichet's own words in `lang`, by default the record's language. */
export function recordLayout(record: ProcessingRecord, lang?: string): RecordLayout {
  const locale = lang === undefined ? record.locale : toLocale(lang);
  const text = recordText(locale);
  const label = text.toCompleteList();
  const todo = (items: readonly string[]): RecordBlock[] => (items.length > 0 ? [{ kind: 'todo', label, items: [...items] }] : []);
  const contact = (part: RecordContactPart): RecordBlock[] => [
    ...(part.contact ? [{ kind: 'lines' as const, lines: contactLines(part.contact, text.contact) }] : []),
    ...todo(part.toComplete),
  ];
  const list = (items: readonly string[]): RecordBlock[] => (items.length > 0 ? [{ kind: 'list', items: [...items] }] : []);
  const paragraphs = (items: readonly (string | undefined)[]): RecordBlock[] =>
    items.flatMap((item) => (item ? [{ kind: 'paragraph' as const, text: item }] : []));

  const purposes = record.purposes.items.map((p) =>
    [p.description.trim(), text.basis({ basis: p.basis, article: p.article }), p.legalReference ? text.legalReference({ reference: p.legalReference }) : '', p.optional ? text.optional() : '']
      .filter(Boolean)
      .join(' '),
  );
  const sections: Array<[RecordSectionId, RecordBlock[]]> = [
    ['controller', contact(record.controller)],
    ['service', contact(record.service)],
    ['dpo', contact(record.dpo)],
    ['rights', contact(record.rights)],
    ['purposes', [...list(purposes), ...todo(record.purposes.toComplete)]],
    ['subjects', [...list(record.subjects.items), ...todo(record.subjects.toComplete)]],
    [
      'categories',
      [
        ...(record.categories.items.length > 0
          ? [{ kind: 'categories' as const, header: [text.categoryHeader(), text.fieldsHeader()] as [string, string], items: record.categories.items }]
          : []),
        ...(record.categories.unclassified.length > 0 ? [{ kind: 'fields' as const, title: text.unclassified(), fields: record.categories.unclassified }] : []),
        ...todo(record.categories.toComplete),
      ],
    ],
    ['special', [...paragraphs(record.special.items), ...todo(record.special.toComplete)]],
    ['recipients', [...list(record.recipients.items), ...todo(record.recipients.toComplete)]],
    ['transfers', [...(record.transfers.none ? paragraphs([text.transfersNone()]) : list(record.transfers.items)), ...todo(record.transfers.toComplete)]],
    [
      'retention',
      [
        ...paragraphs([record.retention.words && record.retention.duration ? text.retention({ words: record.retention.words, duration: record.retention.duration }) : undefined, record.retention.description]),
        ...todo(record.retention.toComplete),
      ],
    ],
    ['security', [...paragraphs([text.security.guichet()]), ...list(record.security.guichet), ...todo(record.security.toComplete)]],
  ];
  const [year, month, day] = record.date.split('-').map(Number);
  const date = text.date({ date: new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)) });
  return {
    lang: locale,
    title: text.title(),
    name: record.name,
    intro: [text.intro({ date, ...record.procedure }), text.toCompleteCount({ count: record.toCompleteCount })],
    sections: sections.map(([id, blocks]) => ({ id, heading: text.heading[id](), blocks })),
  };
}
