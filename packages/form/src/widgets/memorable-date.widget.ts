import type { FieldView } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldset } from './parts.js';
import type { WidgetHost } from './widget.js';

type Part = 'day' | 'month' | 'year';

/** The day, month and year of a value written `YYYY-MM-DD` (or as far as the person typed). */
function parts(value: unknown): Record<Part, string> {
  const [year = '', month = '', day = ''] = typeof value === 'string' ? value.split('-') : [];
  return { year, month, day };
}

/**
 * The answer for three inputs: an ISO date once all three are there, what was typed so far
 * otherwise (so that core's `format: date` says what is wrong), nothing when all are empty.
 */
function toValue({ day, month, year }: Record<Part, string>): string | undefined {
  if (!day && !month && !year) return undefined;
  const complete = day && month && /^\d{4}$/.test(year);
  return complete ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : `${year}-${month}-${day}`;
}

/**
 * A date people know by heart (a birth date) as jour / mois / année, in a `fieldset
 * role="group"` so that JAWS announces the hint (GOV.UK's date-input pattern).
 */
export function renderMemorableDate(field: FieldView, host: WidgetHost): TemplateResult {
  const current = parts(field.value);
  const bday = field.autocomplete === 'bday';
  const input = (part: Part, width: string): TemplateResult => {
    const id = part === 'day' ? field.id : `${field.id}-${part}`;
    return html`<div class="date-part">
      <label class="date-label" for=${id}>${host.messages.form[part]()}</label>
      <input
        part="input"
        class="input date-input date-input--${width}"
        id=${id}
        name="${field.pointer}-${part}"
        inputmode="numeric"
        autocomplete=${bday ? `bday-${part}` : 'off'}
        .value=${live(current[part])}
        aria-invalid=${field.error ? 'true' : 'false'}
        ?readonly=${field.readOnly}
        @change=${(event: Event) => {
          const typed = (event.target as HTMLInputElement).value.trim();
          host.setValue(field.pointer, toValue({ ...parts(field.value), [part]: typed }));
        }}
      />
    </div>`;
  };
  return fieldset(field, host.messages, html`<div class="date">${input('day', '2')} ${input('month', '2')} ${input('year', '4')}</div>`, 'group', nothing);
}
