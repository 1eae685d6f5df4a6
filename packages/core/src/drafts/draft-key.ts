import type { Procedure } from '../procedure/model.js';

// What a page needs to know before loading the drafts' code: whether there is a draft, and for how long one lasts.

/** How long a draft is kept when nothing else is said: 24 hours (a shared computer is not left with answers for days). */
export const DEFAULT_DRAFT_LIFETIME = 24 * 60 * 60 * 1000;

/** The storage key of a procedure's draft (one per procedure, whatever its version). */
export function draftKey(procedure: Procedure): string {
  return `guichet:draft:${procedure.document.id}`;
}
