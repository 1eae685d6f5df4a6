import { draftMessages, type Catalogue } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DraftNotice } from './drafts.js';

/** What the drafts' parts of the form call back. */
export interface DraftActions {
  startAgain(): void;
  eraseOtherVersion(): void;
  takeOther(): void;
  keepMine(): void;
}

function when(savedAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(savedAt));
}

/**
 * What the form says about a draft, above its questions (the form puts it in a polite live
 * region): answers given back (and which were not kept), with a button to start again; a draft
 * of another version not applied; another tab's newer answers, with the choice of which to keep.
 */
export function renderDraftNotice(notice: DraftNotice | undefined, messages: Catalogue, actions: DraftActions): TemplateResult | typeof nothing {
  const m = draftMessages(messages.locale);
  let content: TemplateResult | typeof nothing = nothing;
  if (notice?.kind === 'restored') {
    const { sensitive, files } = notice.leftOut;
    content = html`<p>${m.restored({ savedAt: when(notice.savedAt, messages.locale) })}</p>
      ${sensitive + files > 0 ? html`<p>${m.leftOut({ sensitive, files })}</p>` : nothing}
      <button type="button" class="button button--secondary button--small" @click=${() => { actions.startAgain(); }}>${m.startAgain()}</button>`;
  } else if (notice?.kind === 'other-version') {
    content = html`<p>${m.otherVersion()}</p>
      <button type="button" class="button button--secondary button--small" @click=${() => { actions.eraseOtherVersion(); }}>${m.eraseOtherVersion()}</button>`;
  } else if (notice?.kind === 'other-tab') {
    content = html`<p>${m.otherTab()}</p>
      <div class="draft-actions">
        <button type="button" class="button button--secondary button--small" @click=${() => { actions.takeOther(); }}>${m.takeOther()}</button>
        <button type="button" class="button button--secondary button--small" @click=${() => { actions.keepMine(); }}>${m.keepMine()}</button>
      </div>`;
  }
  return content;
}
