import type { Locale } from './catalogue.js';
import type { PrivacyMessages } from './privacy-catalogue.js';

/**
 * The texts of the privacy notice, consents and envelope, by language. They are not needed for a
 * form's first questions: `@guichet/core` installs them at once, `@guichet/core/lite` with the
 * data checks (`loadValidator()`), which a form loads before its review page.
 */
const installed: Partial<Record<Locale, PrivacyMessages>> = {};

/** Installs the privacy texts (privacy-part.ts does, when it is evaluated). */
export function installPrivacyMessages(messages: Record<Locale, PrivacyMessages>): void {
  for (const [locale, texts] of Object.entries(messages) as Array<[Locale, PrivacyMessages]>) installed[locale] ??= texts;
}

/** The privacy texts of a language; throws when they are not installed (with `@guichet/core/lite`, await `loadValidator()` first). */
export function privacyMessages(locale: Locale): PrivacyMessages {
  const texts = installed[locale];
  if (!texts) throw new Error('Guichet: the texts of the privacy notice are not loaded yet: await loadValidator() from @guichet/core/lite first.');
  return texts;
}
