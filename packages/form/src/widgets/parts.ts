import type { Catalogue, FieldView } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';

/** The ids of a field's hint and error message, for `aria-describedby` (GOV.UK's order). */
export function describedBy(field: FieldView): string | typeof nothing {
  const ids = [field.hint ? `${field.id}-hint` : '', field.error ? `${field.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** " (facultatif)" after the label of an optional question. */
export function optionalMark(field: FieldView, messages: Catalogue): TemplateResult | typeof nothing {
  return field.required || field.readOnly ? nothing : html` <span class="optional">${messages.optional()}</span>`;
}

/** The label of a single input. */
export function label(field: FieldView, messages: Catalogue): TemplateResult {
  return html`<label part="label" class="label" for=${field.id}>${field.label}${optionalMark(field, messages)}</label>`;
}

/** The hint under a label, when there is one. */
export function hint(field: FieldView): TemplateResult | typeof nothing {
  return field.hint ? html`<div part="hint" class="hint" id="${field.id}-hint">${field.hint}</div>` : nothing;
}

/** The error message of a field, starting with a visually hidden "Erreur :". */
export function errorMessage(field: FieldView, messages: Catalogue): TemplateResult | typeof nothing {
  return field.error
    ? html`<p part="error-message" class="error-message" id="${field.id}-error">
        <span class="visually-hidden">${messages.errorPrefix()}</span> ${field.error}
      </p>`
    : nothing;
}

/** The wrapper of a question: marks it in error for the styles. */
export function fieldWrapper(field: FieldView, content: TemplateResult): TemplateResult {
  return html`<div part="field" class="field ${field.error ? 'field--error' : ''}" data-pointer=${field.pointer}>${content}</div>`;
}

/**
 * A question answered by one control: its label, hint and error message (GOV.UK's order), then
 * the control, which takes the field's id and `describedBy(field)`.
 */
export function labelledField(field: FieldView, messages: Catalogue, control: TemplateResult): TemplateResult {
  return fieldWrapper(field, html`${label(field, messages)} ${hint(field)} ${errorMessage(field, messages)} ${control}`);
}

/**
 * A group of inputs with one legend (radios, checkboxes, a group of questions). Pass `id`
 * `nothing` when the first input inside takes the field's id (ids must be unique, or its
 * label names nothing and the error summary's link lands on the fieldset).
 */
export function fieldset(
  field: FieldView,
  messages: Catalogue,
  content: TemplateResult,
  role?: 'group',
  id: string | typeof nothing = field.id,
): TemplateResult {
  return fieldWrapper(
    field,
    html`<fieldset class="fieldset" role=${role ?? nothing} aria-describedby=${describedBy(field)} id=${id}>
      <legend part="legend" class="legend">${field.label}${optionalMark(field, messages)}</legend>
      ${hint(field)} ${errorMessage(field, messages)} ${content}
    </fieldset>`,
  );
}
