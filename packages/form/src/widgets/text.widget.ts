import type { FieldView } from '@guichet/core';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, errorMessage, fieldWrapper, hint, label } from './parts.js';
import { dateTimeFromSchema, dateTimeToSchema, timeFromSchema, timeToSchema } from './time-values.js';
import type { WidgetHost } from './widget.js';

const inputTypes: Record<string, string> = {
  email: 'email',
  uri: 'url',
  url: 'url',
  'fr-phone': 'tel',
  date: 'date',
  'date-time': 'datetime-local',
  time: 'time',
};

function inputType(field: FieldView): string {
  if (field.type === 'number' || field.type === 'integer') return 'text';
  return inputTypes[field.constraints.format ?? ''] ?? 'text';
}

/** Numbers are typed as text with `inputmode` (GOV.UK: type=number misbehaves with scrolling and screen readers). */
function toValue(field: FieldView, text: string): unknown {
  if (text === '') return undefined;
  if (field.type === 'number' || field.type === 'integer') {
    const number = Number(text.replace(',', '.').replace(/\s/g, ''));
    return Number.isFinite(number) ? number : text;
  }
  if (field.constraints.format === 'time') return timeToSchema(text);
  if (field.constraints.format === 'date-time') return dateTimeToSchema(text);
  return text;
}

/** What the input shows for the answer. */
function toText(field: FieldView): string {
  const value = field.value;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return '';
  if (field.constraints.format === 'time') return timeFromSchema(value);
  if (field.constraints.format === 'date-time') return dateTimeFromSchema(value);
  return value;
}

/** A one-line input: text, email, tel, url, dates and numbers (core's widgets text, email, url, tel, date, datetime, time, number). */
export function renderText(field: FieldView, host: WidgetHost): TemplateResult {
  const value = toText(field);
  return fieldWrapper(
    field,
    html`${label(field, host.messages)} ${hint(field)} ${errorMessage(field, host.messages)}
      <input
        part="input"
        class="input"
        id=${field.id}
        name=${field.pointer}
        type=${inputType(field)}
        .value=${live(value)}
        inputmode=${ifDefined(field.inputMode)}
        autocomplete=${ifDefined(field.autocomplete)}
        placeholder=${ifDefined(field.placeholder)}
        maxlength=${ifDefined(field.constraints.maxLength)}
        aria-describedby=${describedBy(field)}
        aria-invalid=${field.error ? 'true' : 'false'}
        ?required=${field.required}
        ?readonly=${field.readOnly}
        spellcheck=${field.autocomplete ? 'false' : 'true'}
        @change=${(event: Event) => {
          host.setValue(field.pointer, toValue(field, (event.target as HTMLInputElement).value));
        }}
      />`,
  );
}
