import type { DraftMessages } from './drafts-catalogue.js';

/** The drafts' texts in English. */
export const draftsEn: DraftMessages = {
  restored: ({ savedAt }) => `We have brought back the answers you had started to enter (${savedAt}).`,
  leftOut: ({ sensitive, files }) =>
    [sensitive > 0 ? 'Answers about sensitive data are never kept' : '', files > 0 ? 'attached files are not kept' : '']
      .filter(Boolean)
      .join(', and ')
      .replace(/^./, (c) => c.toUpperCase()) + ': please give them again.',
  startAgain: () => 'Start again with an empty form',
  otherVersion: () => 'Answers entered on an earlier version of this procedure were not brought back: the procedure has changed since.',
  eraseOtherVersion: () => 'Erase those old answers',
  otherTab: () => 'Your answers to this procedure were changed in another tab.',
  takeOther: () => "Take the other tab's answers",
  keepMine: () => "Keep this tab's answers",
};
