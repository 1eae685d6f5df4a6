import type { FieldView } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { choiceGroup } from './choice.widget.js';
import type { WidgetHost } from './widget.js';

/**
 * Alternatives no answer tells apart (`oneOf`/`anyOf` without `const`): radio buttons to pick
 * one ("Par courriel", "Par courrier"), then the questions of the one picked. The radios are
 * grouped by the field's id: the answer below may use the field's pointer as its name.
 */
export function renderAlternatives(field: FieldView, host: WidgetHost): TemplateResult {
  const children = field.children ?? [];
  return html`${choiceGroup(
      field,
      host,
      'radio',
      (option) => option.value === field.alternative,
      (option) => {
        if (typeof option.value === 'number') host.chooseAlternative(field.pointer, option.value);
      },
      field.id,
    )}
    ${children.length > 0 ? html`<div class="alternative-fields">${children.map((child) => host.renderField(child))}</div>` : nothing}`;
}
