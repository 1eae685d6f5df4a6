// What the form needs only from its review page on: the privacy notice and the consents, and
// sending. Loaded with the review page (or a direct `submit()`), so that no page pays for it
// before its first questions show.
export {
  consentProofs,
  consentPurposes,
  hashNotice,
  loadPrivacyTexts,
  missingConsent,
  multipartPayload,
  privacyMessages,
  privacyNotice,
  submissionEnvelope,
} from '@guichet/core';
export { renderConsents, renderNotice } from './privacy-notice.js';
export { formDataOf } from './send.js';
export { SendingController } from './sending.js';
