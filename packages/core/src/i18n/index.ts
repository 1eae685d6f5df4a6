import type { Catalogue, Locale } from './catalogue.js';
import { en } from './en.js';
import { fr } from './fr.js';

export type { Catalogue, DefinitionContext, ErrorContext, ErrorKeyword, Locale } from './catalogue.js';
export { locales } from './catalogue.js';

const catalogues: Record<Locale, Catalogue> = { fr, en };

/**
 * The catalogue for a language tag: `en`, `en-GB`… give English, anything else French.
 * @example catalogue('en-GB').stepOf({ index: 2, total: 4 }) // 'Step 2 of 4'
 */
export function catalogue(lang?: string | null): Catalogue {
  return catalogues[toLocale(lang)];
}

/**
 * The supported locale for a language tag, French by default.
 * @example toLocale('EN-us') // 'en'
 */
export function toLocale(lang?: string | null): Locale {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  return base === 'en' ? 'en' : 'fr';
}

/** A text in both languages, as procedure problems carry them. */
export interface Bilingual {
  fr: string;
  en: string;
}

/** Calls the same catalogue entry in French and in English. */
export function bilingual(pick: (messages: Catalogue) => string): Bilingual {
  return { fr: pick(fr), en: pick(en) };
}
