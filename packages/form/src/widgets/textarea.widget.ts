import type { FieldView } from '@guichet/core';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, labelledField } from './parts.js';
import type { WidgetHost } from './widget.js';

/** A multi-line text: long answers (maxLength over 200) or when the procedure asks for it. */
export function renderTextarea(field: FieldView, host: WidgetHost): TemplateResult {
  return labelledField(
    field,
    host.messages,
    html`<textarea
        part="input"
        class="input textarea"
        id=${field.id}
        name=${field.pointer}
        rows="5"
        .value=${live(typeof field.value === 'string' ? field.value : '')}
        maxlength=${ifDefined(field.constraints.maxLength)}
        autocomplete=${ifDefined(field.autocomplete)}
        aria-describedby=${describedBy(field)}
        aria-invalid=${field.error ? 'true' : 'false'}
        ?required=${field.required}
        ?readonly=${field.readOnly}
        @change=${(event: Event) => {
          const value = (event.target as HTMLTextAreaElement).value;
          host.setValue(field.pointer, value === '' ? undefined : value);
        }}
      ></textarea>`,
  );
}
