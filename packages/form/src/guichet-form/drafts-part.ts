// The form's drafts, loaded when there is a draft to give back or once the person has answered
// something: a first visit shows its questions without them.
export { Drafts } from './drafts.js';
export { renderDraftNotice, type DraftActions } from './drafts-view.js';
