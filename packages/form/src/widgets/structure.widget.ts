import { answerText, type FieldView } from '@guichet/core';
import { html, type TemplateResult } from 'lit';
import { fieldset, fieldWrapper, hint } from './parts.js';
import type { WidgetHost } from './widget.js';

/** A group of questions (a nested object) in a fieldset with its legend. */
export function renderGroup(field: FieldView, host: WidgetHost): TemplateResult {
  return fieldset(field, host.messages, html`<div class="group">${(field.children ?? []).map((child) => host.renderField(child))}</div>`);
}

/** A value the person cannot change, shown as text. */
export function renderReadonly(field: FieldView, host: WidgetHost): TemplateResult {
  const text = answerText(field, host.messages);
  return fieldWrapper(
    field,
    html`<div class="readonly" id=${field.id}>
      <span part="label" class="label">${field.label}</span> ${hint(field)}
      <p class="readonly-value">${text}</p>
    </div>`,
  );
}

/** A schema node with no data (`type: null`): its title and description as text. */
export function renderContent(field: FieldView): TemplateResult {
  return html`<div class="content" id=${field.id}>
    <p class="content-title">${field.label}</p>
    ${hint(field)}
  </div>`;
}

/**
 * What the form cannot present yet: a visible explanation that names the question and its
 * pointer, never a blank (STYLE.md §2).
 */
export function renderFallback(field: FieldView, host: WidgetHost): TemplateResult {
  return html`<div part="fallback" class="fallback" id=${field.id} role="note">
    <p class="fallback-title">${host.messages.form.unsupportedTitle({ label: field.label })}</p>
    <p>${field.fallback ?? host.messages.fallback.noType()}</p>
    <p class="fallback-pointer"><code>${field.pointer}</code></p>
  </div>`;
}
