import type { Locale } from './catalogue.js';
import type { DraftMessages } from './drafts-catalogue.js';
import { draftsEn } from './drafts-en.js';
import { draftsFr } from './drafts-fr.js';

/**
 * What the form says about drafts, in a language. Outside the main catalogue: a form loads it
 * only once there is a draft to give back or the person has answered something.
 */
export function draftMessages(locale: Locale): DraftMessages {
  return locale === 'en' ? draftsEn : draftsFr;
}
