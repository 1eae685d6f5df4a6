import type { Catalogue, Locale } from './catalogue.js';
import { fr } from './fr.js';

export type { Catalogue, DefinitionContext, ErrorContext, ErrorKeyword, Locale } from './catalogue.js';
export { locales } from './catalogue.js';

/**
 * The installed catalogues. French is always there; English is installed by `@guichet/core`
 * at once, and by `@guichet/core/lite` when `loadLocale('en')` fetches it (French pages never do).
 */
const catalogues: Partial<Record<Locale, Catalogue>> = { fr };

/** Installs a language's catalogue (en-part.ts does, when it is evaluated). */
export function installCatalogue(locale: Locale, messages: Catalogue): void {
  catalogues[locale] ??= messages;
}

/** Whether the catalogue of a language tag is installed (French always is). */
export function catalogueLoaded(lang?: string | null): boolean {
  return catalogues[toLocale(lang)] !== undefined;
}

/**
 * The catalogue for a language tag: `en`, `en-GB`… give English, anything else French (and
 * English too until its catalogue is installed: see `loadLocale`).
 * @example catalogue('en-GB').stepOf({ index: 2, total: 4 }) // 'Step 2 of 4'
 */
export function catalogue(lang?: string | null): Catalogue {
  return catalogues[toLocale(lang)] ?? fr;
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

/**
 * Calls the same catalogue entry in French and in English. Before the English catalogue is
 * installed (`@guichet/core/lite`), the English text is worded when first read once it is, and
 * is the French one until then.
 */
export function bilingual(pick: (messages: Catalogue) => string): Bilingual {
  const english = catalogues.en;
  if (english) return { fr: pick(fr), en: pick(english) };
  let worded: string | undefined;
  return {
    fr: pick(fr),
    get en(): string {
      const installed = catalogues.en;
      if (!installed) return this.fr;
      return (worded ??= pick(installed));
    },
  };
}
