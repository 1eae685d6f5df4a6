// The privacy notice's texts in both languages, installed when this module is evaluated (a side
// effect: `@guichet/core` imports it at once, `@guichet/core/lite` on `loadPrivacyTexts()`).
import { privacyEn } from './privacy-en.js';
import { privacyFr } from './privacy-fr.js';
import { installPrivacyMessages } from './privacy-messages.js';

installPrivacyMessages({ fr: privacyFr, en: privacyEn });
