import type { FieldView } from '@guichet/core';
import { html, type TemplateResult } from 'lit';
import { defineLater } from '../../base/define-later.js';
import { describedBy, labelledField } from '../parts.js';
import type { WidgetHost } from '../widget.js';

/** More than 20 options: a list filtered as the person types (`<guichet-combobox>`). */
export function renderCombobox(field: FieldView, host: WidgetHost): TemplateResult {
  defineLater('guichet-combobox', () => import('./guichet-combobox.define.js'));
  const described = describedBy(field);
  return labelledField(
    field,
    host.messages,
    html`<guichet-combobox
        class="combobox"
        .inputId=${field.id}
        .label=${field.label}
        .options=${field.options ?? []}
        .value=${field.value}
        .describedBy=${typeof described === 'string' ? described : ''}
        .invalid=${Boolean(field.error)}
        .readOnly=${field.readOnly}
        .messages=${host.messages}
        .choose=${(value: unknown) => {
          host.setValue(field.pointer, value);
        }}
      ></guichet-combobox>`,
  );
}
