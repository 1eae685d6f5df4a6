import type { Locale } from './catalogue.js';

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * Chooses the singular or plural form of a word for a count, with the language's rules
 * (in French, 0 and 1 are singular).
 * @example plural('fr', 1, 'caractère', 'caractères') // 'caractère'
 */
export function plural(locale: Locale, count: number, one: string, other: string): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count) === 'one' ? one : other;
}

/** A number written for the locale (1 000,5 in French). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 10 }).format(value);
}
