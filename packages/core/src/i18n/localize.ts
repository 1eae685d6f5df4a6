import type { LocalizedText } from '../generated/procedure.js';
import { isObject } from '../json.js';
import type { Locale } from './catalogue.js';

/**
 * The text of a `LocalizedText` in a language: that language, else French, else English,
 * else the first one given. Undefined when there is no text.
 * @example localize({ fr: 'Nom', en: 'Name' }, 'en') // 'Name'
 */
export function localize(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (typeof text === 'string') return text;
  if (!isObject(text)) return undefined;
  for (const lang of [locale, 'fr', 'en']) {
    const value = Object.prototype.hasOwnProperty.call(text, lang) ? text[lang] : undefined;
    if (typeof value === 'string' && value !== '') return value;
  }
  return Object.values(text).find((value): value is string => typeof value === 'string' && value !== '');
}
