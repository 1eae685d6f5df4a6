import { privacyMessages, type Catalogue, type ConsentPurpose, type Locale, type NoticeBlock, type PrivacyNotice } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';

/** The person's consent choices, by purpose id (unticked when absent). */
export type ConsentChoices = Readonly<Record<string, boolean>>;

function block(item: NoticeBlock): TemplateResult {
  if (item.kind === 'paragraph') return html`<p>${item.text}</p>`;
  if (item.kind === 'list') return html`<ul>${item.items.map((text) => html`<li>${text}</li>`)}</ul>`;
  return html`<p class="privacy-contact">${item.lines.map((line, i) => html`${i > 0 ? html`<br />` : nothing}${line}`)}</p>`;
}

/**
 * The information notice (RGPD Art. 13) in two layers, as the CNIL recommends: the short text
 * just before the send button, the full mentions in a disclosure (`<details>`: opened with a
 * click, Enter or Space, announced as expandable). Every text is core's, shown as text.
 */
export function renderNotice(notice: PrivacyNotice, heading: StaticValue): TemplateResult {
  return html`<div class="privacy" part="privacy">
    <p class="privacy-summary">${notice.summary}</p>
    <details class="privacy-details">
      <summary class="privacy-title">${notice.title}</summary>
      ${notice.sections.map(
        (section) => staticHtml`<${heading} class="privacy-heading">${section.heading}</${heading}>${section.blocks.map(block)}`,
      )}
    </details>
  </div>`;
}

/** What `renderConsents` needs from the form. */
export interface ConsentsHost {
  messages: Catalogue;
  locale: Locale;
  choices: ConsentChoices;
  /** The message of the consent without which the request cannot be sent, after an attempt. */
  error: string | undefined;
  choose(purpose: string, granted: boolean): void;
}

function consentBox(purpose: ConsentPurpose, host: ConsentsHost, describedBy: string): TemplateResult {
  const id = `consent-${purpose.id}`;
  const invalid = purpose.required && host.error !== undefined;
  return html`<div class="choice">
    <input
      class="choice-input"
      type="checkbox"
      id=${id}
      name=${id}
      .checked=${live(host.choices[purpose.id] === true)}
      ?required=${purpose.required}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy}
      @change=${(event: Event) => {
        host.choose(purpose.id, (event.target as HTMLInputElement).checked);
      }}
    />
    <label class="choice-label" for=${id}>${purpose.label}</label>
  </div>`;
}

/**
 * The consents of the procedure: one unticked box per purpose based on consent, never bundled.
 * The one the request depends on (consent is the basis of its main purpose) stands apart, says
 * so, and shows an error when the person tries to send without it; the others are grouped as
 * optional uses, with a hint that the request is handled the same either way.
 */
export function renderConsents(purposes: readonly ConsentPurpose[], host: ConsentsHost): TemplateResult | typeof nothing {
  if (purposes.length === 0) return nothing;
  const texts = privacyMessages(host.locale).consent;
  const required = purposes.filter((purpose) => purpose.required);
  const optional = purposes.filter((purpose) => !purpose.required);
  const error = host.error;
  return html`${required.map(
      (purpose) => html`<div class="field ${error ? 'field--error' : ''}">
        <p class="hint" id="consent-required-hint">${texts.requiredHint()}</p>
        ${error
          ? html`<p class="error-message" id="consent-required-error">
              <span class="visually-hidden">${host.messages.errorPrefix()}</span> ${error}
            </p>`
          : nothing}
        ${consentBox(purpose, host, error ? 'consent-required-hint consent-required-error' : 'consent-required-hint')}
      </div>`,
    )}
    ${optional.length > 0
      ? html`<fieldset class="fieldset consents" aria-describedby="consents-hint">
          <legend class="legend">${texts.legend()}</legend>
          <p class="hint" id="consents-hint">${texts.hint()}</p>
          ${optional.map((purpose) => consentBox(purpose, host, 'consents-hint'))}
        </fieldset>`
      : nothing}`;
}
