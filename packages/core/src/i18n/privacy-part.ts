// The privacy notice's texts in both languages, installed when this module is evaluated (a side
// effect: with the data checks, see validation/checks-part.ts).
import { privacyEn } from './privacy-en.js';
import { privacyFr } from './privacy-fr.js';
import { installPrivacyMessages } from './privacy-messages.js';

installPrivacyMessages({ fr: privacyFr, en: privacyEn });
