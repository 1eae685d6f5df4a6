import { answerFromText, isIdentifierFormat, textOfAnswer, type FieldView } from '@guichet/core';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, labelledField } from './parts.js';
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
  if (text !== '' && field.constraints.format === 'time') return timeToSchema(text);
  if (text !== '' && field.constraints.format === 'date-time') return dateTimeToSchema(text);
  return answerFromText(field, text);
}

/** What the input shows for the answer. */
function toText(field: FieldView): string {
  const value = field.value;
  if (typeof value === 'string' && field.constraints.format === 'time') return timeFromSchema(value);
  if (typeof value === 'string' && field.constraints.format === 'date-time') return dateTimeFromSchema(value);
  return textOfAnswer(field, value);
}

/** GOV.UK's fixed input widths, in characters: the one that fits the answer, else the full line. */
function widthClass(field: FieldView): string {
  const width = field.width;
  if (width === undefined) return '';
  const fits = [2, 3, 4, 5, 10, 20, 30].find((w) => width <= w);
  return fits === undefined ? '' : `input--width-${String(fits)}`;
}

/**
 * A one-line input: text, email, tel, url, dates, numbers and identifiers (core's widgets text,
 * email, url, tel, date, datetime, time, number, identifier). An identifier (postal code, SIREN,
 * SIRET, IBAN, NIR) is shown grouped as printed, stored compact, and has no `maxlength`: people
 * type or paste it with spaces.
 */
export function renderText(field: FieldView, host: WidgetHost): TemplateResult {
  const value = toText(field);
  const identifier = isIdentifierFormat(field.constraints.format);
  return labelledField(
    field,
    host.messages,
    html`<input
        part="input"
        class="input ${widthClass(field)}"
        id=${field.id}
        name=${field.pointer}
        type=${inputType(field)}
        .value=${live(value)}
        inputmode=${ifDefined(field.inputMode)}
        autocomplete=${ifDefined(field.autocomplete)}
        placeholder=${ifDefined(field.placeholder)}
        maxlength=${ifDefined(identifier ? undefined : field.constraints.maxLength)}
        autocapitalize=${ifDefined(identifier ? 'characters' : undefined)}
        aria-describedby=${describedBy(field)}
        aria-invalid=${field.error ? 'true' : 'false'}
        ?required=${field.required}
        ?readonly=${field.readOnly}
        spellcheck=${field.autocomplete || identifier ? 'false' : 'true'}
        @change=${(event: Event) => {
          host.setValue(field.pointer, toValue(field, (event.target as HTMLInputElement).value));
        }}
      />`,
  );
}
