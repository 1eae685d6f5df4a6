import { clearDraft, readDraft, restoreDraft, saveDraft, type FormState, type LeftOut, type Procedure } from '@guichet/core';
import { draftStorage as storage, type DraftPlace } from './draft-storage.js';

/** What the form says about drafts, above its questions. */
export type DraftNotice =
  /** Answers of an earlier visit were given back. */
  | { kind: 'restored'; savedAt: string; leftOut: LeftOut }
  /** A draft of another version of the procedure was found, and not applied. */
  | { kind: 'other-version' }
  /** Another tab saved newer answers: the person chooses. */
  | { kind: 'other-tab' };

function newTabId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Math.random()).slice(2);
}

/**
 * A form's drafts: given back on load, saved a moment after each answer (in the tab's session, or
 * on this device when the person opts in), erased after sending or on "start again". Another
 * tab's newer answers are never overwritten silently: `notice` asks the person.
 */
export class Drafts {
  readonly #tab = newTabId();
  #revision = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: FormState | undefined;
  /** The person chose to keep their answers on this device. */
  device = false;
  notice: DraftNotice | undefined;

  constructor(
    private readonly changed: () => void,
    private readonly lifetime: () => number | undefined,
  ) {}

  /** The answers to start from: this device's draft, else the session's; undefined when none applies. */
  restore(procedure: Procedure, locale: string): FormState | undefined {
    for (const place of ['device', 'session'] as const) {
      const store = storage(place);
      if (!store) continue;
      const reading = readDraft(store, procedure);
      if (reading.kind === 'other-version') this.notice = { kind: 'other-version' };
      if (reading.kind !== 'found') continue;
      this.device = place === 'device';
      this.#revision = reading.draft.revision;
      this.notice = { kind: 'restored', savedAt: reading.draft.savedAt, leftOut: reading.draft.leftOut };
      return restoreDraft(procedure, reading.draft, { locale });
    }
    return undefined;
  }

  /** Saves the state a moment later (the last of quick changes wins). */
  save(state: FormState): void {
    this.#pending = state;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.flush();
    }, 400);
  }

  /** Saves what is pending now (before the page is left, say). */
  flush(): void {
    clearTimeout(this.#timer);
    const state = this.#pending;
    this.#pending = undefined;
    if (!state || this.notice?.kind === 'other-tab') return;
    const place: DraftPlace = this.device ? 'device' : 'session';
    const store = storage(place);
    if (!store) return;
    const lifetime = this.lifetime();
    const result = saveDraft(store, state, { tab: this.#tab, revision: this.#revision, ...(lifetime !== undefined ? { lifetime } : {}) });
    if (result.saved) {
      this.#revision = result.draft.revision;
      // One copy only: opting out of this device removes the device's.
      const other = storage(place === 'device' ? 'session' : 'device');
      if (other) clearDraft(other, state.procedure);
    } else if (result.reason === 'other-tab') {
      this.notice = { kind: 'other-tab' };
      this.changed();
    }
  }

  /** Another tab wrote this procedure's draft: asks the person, unless this tab wrote it. */
  otherTabSaved(procedure: Procedure): void {
    const store = storage(this.device ? 'device' : 'session');
    const reading = store ? readDraft(store, procedure) : undefined;
    if (reading?.kind === 'found' && reading.draft.revision > this.#revision) {
      this.notice = { kind: 'other-tab' };
      this.changed();
    }
  }

  /** Takes the other tab's answers. */
  takeOther(procedure: Procedure, locale: string): FormState | undefined {
    this.notice = undefined;
    return this.restore(procedure, locale);
  }

  /** Keeps this tab's answers: they replace the other tab's at the next save. */
  keepMine(state: FormState): void {
    const store = storage(this.device ? 'device' : 'session');
    const reading = store ? readDraft(store, state.procedure) : undefined;
    if (reading?.kind === 'found') this.#revision = reading.draft.revision;
    this.notice = undefined;
    this.save(state);
    this.flush();
  }

  /** Keeps the answers on this device from now on (or, `false`, in this tab's session only): the copy moves. */
  keepOnDevice(on: boolean, state: FormState | undefined): void {
    this.device = on;
    if (state) {
      this.#pending = state;
      this.flush();
    }
  }

  /** Erases the drafts of a procedure, here and on the device (after sending, or to start again). */
  clear(procedure: Procedure): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    for (const place of ['session', 'device'] as const) {
      const store = storage(place);
      if (store) clearDraft(store, procedure);
    }
    this.#revision = 0;
    this.notice = undefined;
  }
}
