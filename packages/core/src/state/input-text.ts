import type { FieldType } from './widgets.js';

/** The identifiers a citizen copies from a card or a document, each with a dedicated input. */
export type IdentifierFormat = 'fr-postal-code' | 'siren' | 'siret' | 'iban' | 'nir';

/** How each identifier is printed on the documents people copy it from (group sizes). */
const groupings: Readonly<Record<IdentifierFormat, { length: number; groups: readonly number[] } | 'by-four' | undefined>> = {
  'fr-postal-code': undefined,
  siren: { length: 9, groups: [3, 3, 3] },
  siret: { length: 14, groups: [3, 3, 3, 5] },
  // The Carte Vitale's grouping: sex, year, month, department, commune, order, key.
  nir: { length: 15, groups: [1, 2, 2, 2, 3, 3, 2] },
  iban: 'by-four',
};

/** The characters an input for each identifier needs, grouped (none: the full width). */
const widths: Readonly<Record<IdentifierFormat, number | undefined>> = {
  'fr-postal-code': 5,
  siren: 11,
  siret: 17,
  nir: 21,
  iban: undefined,
};

/** True when `format` names an identifier with a dedicated input. */
export function isIdentifierFormat(format: unknown): format is IdentifierFormat {
  return typeof format === 'string' && Object.prototype.hasOwnProperty.call(groupings, format);
}

/** The characters the input of an identifier needs, or undefined for the full width. */
export function identifierWidth(format: IdentifierFormat): number | undefined {
  return widths[format];
}

/**
 * An identifier as stored: without the spaces people type or copy, letters in capitals (an IBAN's
 * country, Corsica's 2A/2B in a NIR). Anything else is kept, so the error names what is wrong.
 * @example identifierValue('siret', '356 000 000 00048') // '35600000000048'
 */
export function identifierValue(format: IdentifierFormat, text: string): string {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return format === 'iban' || format === 'nir' ? compact.toUpperCase() : compact;
}

/**
 * An identifier as the input shows it: grouped as on the documents, when it has the expected
 * length and only digits or capitals; otherwise as typed.
 * @example identifierText('iban', 'FR7630006000011234567890189') // 'FR76 3000 6000 0112 3456 7890 189'
 */
export function identifierText(format: IdentifierFormat, value: string): string {
  const grouping = groupings[format];
  if (grouping === undefined || !/^[0-9A-Z]+$/.test(value)) return value;
  if (grouping === 'by-four') return value.replace(/(.{4})(?=.)/g, '$1 ');
  if (value.length !== grouping.length) return value;
  const parts: string[] = [];
  let start = 0;
  for (const size of grouping.groups) {
    parts.push(value.slice(start, start + size));
    start += size;
  }
  return parts.join(' ');
}

/**
 * A number typed the French way ("1,5", "1 000") as a number; text that is not one stays text,
 * so validation says "must be a number" instead of the answer vanishing.
 */
function numberFromText(text: string): number | string {
  const number = Number(text.replace(',', '.').replace(/[\s\u00a0\u202f]/g, ''));
  return Number.isFinite(number) ? number : text;
}

/** What a one-line input's text means for a field: its type and format decide. */
export interface TextAnswerField {
  type?: FieldType;
  constraints: { format?: string };
}

/**
 * The answer a one-line input's text gives: undefined when empty (the question is unanswered),
 * a number for numeric fields, a compact identifier, else the text itself.
 * @example answerFromText({ type: 'number', constraints: {} }, '1,5') // 1.5
 */
export function answerFromText(field: TextAnswerField, text: string): unknown {
  if (text.trim() === '') return undefined;
  if (field.type === 'number' || field.type === 'integer') return numberFromText(text);
  const format = field.constraints.format;
  if (isIdentifierFormat(format)) return identifierValue(format, text);
  return text;
}

/** The text a one-line input shows for an answer (an identifier grouped as printed). */
export function textOfAnswer(field: TextAnswerField, value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  const format = field.constraints.format;
  return isIdentifierFormat(format) ? identifierText(format, value) : value;
}
