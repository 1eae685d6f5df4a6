import { isObject } from '../json.js';
import type { Procedure } from '../procedure/model.js';
import { createFormState, goToStep, stepSummaries, type FormState } from '../state/form-state.js';
import { fingerprint } from '../validation/precompiled.js';
import { draftData, type LeftOut } from './draft-data.js';
import { DEFAULT_DRAFT_LIFETIME, draftKey } from './draft-key.js';

export { DEFAULT_DRAFT_LIFETIME, draftKey } from './draft-key.js';

/** The storage a draft is kept in: `sessionStorage` by default, `localStorage` when the person opts in. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The version of the drafts' format. */
export const DRAFT_FORMAT = 'guichet-draft/1';


/** What is kept of a form in progress. */
export interface Draft {
  format: typeof DRAFT_FORMAT;
  /** The procedure and the version it was typed for. */
  procedure: { id: string; version: string };
  /** When it was saved, and until when it may be restored (ISO 8601). */
  savedAt: string;
  expiresAt: string;
  /** Which tab saved it, and how many saves of this form there have been: two tabs do not overwrite each other silently. */
  tab: string;
  revision: number;
  /** The step shown, the answers (see `draftData`), and the alternatives picked. */
  step: number;
  data: Record<string, unknown>;
  choices: Record<string, number>;
  leftOut: LeftOut;
}

/** What `readDraft` finds. Expired and unreadable drafts are removed as they are found. */
export type DraftReading =
  | { kind: 'none' }
  | { kind: 'found'; draft: Draft }
  | { kind: 'expired' }
  | { kind: 'other-version'; version: string }
  | { kind: 'unreadable' };

/** Why `saveDraft` kept nothing. */
export type DraftRefusal =
  /** The storage is full or refused (private browsing, disabled storage): the form goes on without a draft. */
  | 'storage'
  /** Another tab saved a newer draft of this form: the person chooses which answers to keep. */
  | 'other-tab';

/**
 * The version a draft of the procedure is tied to: the document's `version`; for a bare JSON
 * Schema, which has none of its own, a fingerprint of the schema.
 */
export function draftVersion(procedure: Procedure): string {
  return procedure.derived ? `schema-${fingerprint(procedure.schema)}` : procedure.document.version;
}


function isDraft(value: unknown): value is Draft {
  return (
    isObject(value) &&
    value.format === DRAFT_FORMAT &&
    isObject(value.procedure) &&
    typeof value.procedure.id === 'string' &&
    typeof value.procedure.version === 'string' &&
    typeof value.savedAt === 'string' &&
    typeof value.expiresAt === 'string' &&
    !Number.isNaN(Date.parse(value.expiresAt)) &&
    typeof value.tab === 'string' &&
    Number.isInteger(value.revision) &&
    Number.isInteger(value.step) &&
    isObject(value.data) &&
    isObject(value.choices) &&
    Object.values(value.choices).every((choice) => Number.isInteger(choice)) &&
    isObject(value.leftOut)
  );
}

function stored(storage: DraftStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function remove(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // A storage that cannot be written has nothing of ours to remove.
  }
}

/**
 * The draft of a procedure in the storage, if any: `found` when it is of this version and not
 * expired; `other-version` (kept: the form offers to start again) when the procedure has
 * changed since; `expired` and `unreadable` ones are removed. Never throws.
 */
export function readDraft(storage: DraftStorage, procedure: Procedure, options: { now?: Date } = {}): DraftReading {
  const key = draftKey(procedure);
  const text = stored(storage, key);
  if (text === null) return { kind: 'none' };
  let draft: unknown;
  try {
    draft = JSON.parse(text);
  } catch {
    draft = undefined;
  }
  if (!isDraft(draft) || draft.procedure.id !== procedure.document.id) {
    remove(storage, key);
    return { kind: 'unreadable' };
  }
  if (Date.parse(draft.expiresAt) <= (options.now ?? new Date()).getTime()) {
    remove(storage, key);
    return { kind: 'expired' };
  }
  if (draft.procedure.version !== draftVersion(procedure)) return { kind: 'other-version', version: draft.procedure.version };
  return { kind: 'found', draft };
}

/** Options of `saveDraft`. */
export interface SaveOptions {
  /** This tab's id (any string, the same for the tab's life). */
  tab: string;
  /** The revision of the last draft this tab saved or restored (0 for none). */
  revision: number;
  /** How long the draft may be restored, in milliseconds (`DEFAULT_DRAFT_LIFETIME` by default). */
  lifetime?: number;
  now?: Date;
}

/**
 * Saves the form in progress, without what a draft must not keep (`draftData`). Refuses, without
 * writing, when another tab saved a newer draft of this form than this tab has seen
 * (`other-tab`), or when the storage cannot take it (`storage`). Never throws.
 */
export function saveDraft(storage: DraftStorage, state: FormState, options: SaveOptions): { saved: true; draft: Draft } | { saved: false; reason: DraftRefusal } {
  const procedure = state.procedure;
  const current = readDraft(storage, procedure, options.now ? { now: options.now } : {});
  if (current.kind === 'found' && current.draft.tab !== options.tab && current.draft.revision > options.revision) {
    return { saved: false, reason: 'other-tab' };
  }
  const now = options.now ?? new Date();
  const { data, leftOut } = draftData(procedure, state.data);
  const draft: Draft = {
    format: DRAFT_FORMAT,
    procedure: { id: procedure.document.id, version: draftVersion(procedure) },
    savedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + (options.lifetime ?? DEFAULT_DRAFT_LIFETIME)).toISOString(),
    tab: options.tab,
    revision: Math.max(options.revision, current.kind === 'found' ? current.draft.revision : 0) + 1,
    step: state.step,
    data,
    choices: { ...state.choices },
    leftOut,
  };
  try {
    storage.setItem(draftKey(procedure), JSON.stringify(draft));
  } catch {
    return { saved: false, reason: 'storage' };
  }
  return { saved: true, draft };
}

/** Removes a procedure's draft (after a successful submission, or when the person starts again). */
export function clearDraft(storage: DraftStorage, procedure: Procedure): void {
  remove(storage, draftKey(procedure));
}

/**
 * The form state a draft gives back: its answers and picked alternatives, on its step when
 * that step is shown for those answers (else the first one).
 */
export function restoreDraft(procedure: Procedure, draft: Draft, options: { locale?: string } = {}): FormState {
  const state = { ...createFormState(procedure, { data: draft.data, ...options }), choices: { ...draft.choices } };
  const there = goToStep(state, draft.step);
  return stepSummaries(there)[draft.step]?.visible === true ? there : state;
}
