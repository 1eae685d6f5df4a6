import type { Locale } from './catalogue.js';
import type { PrivacyMessages } from './privacy-catalogue.js';

/**
 * The texts of the privacy notice, consents and envelope, by language. They are not needed for a
 * form's first questions: `@guichet/core` installs them at once, `@guichet/core/lite` when
 * `loadPrivacyTexts()` is called (a form does before its review page, where the notice shows).
 */
const installed: Partial<Record<Locale, PrivacyMessages>> = {};

/** Installs the privacy texts (privacy-part.ts does, when it is evaluated). */
export function installPrivacyMessages(messages: Record<Locale, PrivacyMessages>): void {
  for (const [locale, texts] of Object.entries(messages) as Array<[Locale, PrivacyMessages]>) installed[locale] ??= texts;
}

/** Whether the privacy texts are installed (always with `@guichet/core`). */
export function privacyTextsLoaded(): boolean {
  return installed.fr !== undefined;
}

/** The privacy texts of a language; throws when they are not installed (with `@guichet/core/lite`, await `loadPrivacyTexts()` first). */
export function privacyMessages(locale: Locale): PrivacyMessages {
  const texts = installed[locale];
  if (!texts) throw new Error('Guichet: the texts of the privacy notice are not loaded yet: await loadPrivacyTexts() from @guichet/core/lite first.');
  return texts;
}
