import type { Locale } from '../i18n/index.js';
import { formatNumber, plural } from '../i18n/plural.js';

/** An ISO 8601 duration of the procedure format: years, months, weeks and days. */
export interface RetentionDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

// The format's own pattern (schemas/procedure.schema.json, Privacy.retention.duration).
const isoDuration = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * Reads an ISO 8601 duration of years, months, weeks and days (`P1Y6M`), or undefined when the
 * text is not one (hours, `PT…`, are not retention periods).
 * @example parseDuration('P1Y6M') // { years: 1, months: 6, weeks: 0, days: 0 }
 */
export function parseDuration(text: string): RetentionDuration | undefined {
  const match = isoDuration.exec(text);
  if (!match) return undefined;
  const [years, months, weeks, days] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  return { years: years ?? 0, months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0 };
}

const units: Record<Locale, ReadonlyArray<readonly [keyof RetentionDuration, string, string]>> = {
  fr: [
    ['years', 'an', 'ans'],
    ['months', 'mois', 'mois'],
    ['weeks', 'semaine', 'semaines'],
    ['days', 'jour', 'jours'],
  ],
  en: [
    ['years', 'year', 'years'],
    ['months', 'month', 'months'],
    ['weeks', 'week', 'weeks'],
    ['days', 'day', 'days'],
  ],
};

const lists = new Map<Locale, Intl.ListFormat>();

/**
 * An ISO 8601 duration in words, for people: « 1 an », « 6 mois », « 1 an et 6 mois »,
 * "30 days". A text that is not such a duration is returned as it is.
 * @example durationInWords('P1Y6M', 'fr') // '1 an et 6 mois'
 * @example durationInWords('P30D', 'en') // '30 days'
 */
export function durationInWords(text: string, locale: Locale): string {
  const duration = parseDuration(text);
  if (!duration) return text;
  const given = units[locale].filter(([unit]) => duration[unit] > 0);
  // P0D: said in days ("0 jour"), the smallest unit.
  const parts = (given.length > 0 ? given : units[locale].slice(-1)).map(
    ([unit, one, other]) => `${formatNumber(locale, duration[unit])} ${plural(locale, duration[unit], one, other)}`,
  );
  let list = lists.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' });
    lists.set(locale, list);
  }
  return list.format(parts);
}
