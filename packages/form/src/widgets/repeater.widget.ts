import { childPointer, idForPointer, type FieldView } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldset } from './parts.js';
import type { WidgetHost } from './widget.js';

function items(field: FieldView): unknown[] {
  return Array.isArray(field.value) ? (field.value as unknown[]) : [];
}

function removal(field: FieldView, item: FieldView, index: number, host: WidgetHost): TemplateResult {
  const m = host.messages.form;
  const list = items(field);
  if (host.confirming !== item.pointer) {
    return html`<button
      type="button"
      part="nav-button"
      class="button button--secondary button--small"
      id="${item.id}-remove"
      @click=${() => {
        host.confirm(item.pointer);
        host.focusLater(`${item.id}-confirm`);
      }}
    >
      ${m.removeItem({ label: item.label })}
    </button>`;
  }
  return html`<div class="confirm" role="group" aria-labelledby="${item.id}-question">
    <p class="confirm-question" id="${item.id}-question">${m.confirmRemove({ label: item.label })}</p>
    <button
      type="button"
      part="nav-button"
      class="button button--danger"
      id="${item.id}-confirm"
      @click=${() => {
        const rest = list.filter((_, i) => i !== index);
        host.confirm(undefined);
        host.setValue(field.pointer, rest.length > 0 ? rest : undefined);
        host.announce(m.itemRemoved({ label: item.label }));
        // The item that moves into its place keeps its id; else the previous item; else the add button.
        const target = index < rest.length ? item.id : index > 0 ? idForPointer(childPointer(field.pointer, index - 1)) : `${field.id}-add`;
        host.focusLater(target);
      }}
    >
      ${m.confirmYes()}
    </button>
    <button
      type="button"
      part="nav-button"
      class="button button--secondary"
      @click=${() => {
        host.confirm(undefined);
        host.focusLater(`${item.id}-remove`);
      }}
    >
      ${m.cancel()}
    </button>
  </div>`;
}

/**
 * A repeatable group (an array of objects) or list (an array of values): each item is a group
 * of questions, or one question, numbered after its title, added with a button and removed
 * after a confirmation, within minItems/maxItems.
 * After each change the focus moves to what changed and the change is announced.
 */
export function renderRepeater(field: FieldView, host: WidgetHost): TemplateResult {
  const list = items(field);
  const min = field.constraints.minItems ?? 0;
  const max = field.constraints.maxItems ?? Infinity;
  const title = field.itemTitle ?? field.label;
  return fieldset(
    field,
    host.messages,
    html`<div class="repeater">
      ${(field.children ?? []).map(
        (item, index) => html`<div class="repeater-item">
          ${host.renderField(item)} ${list.length > min && !field.readOnly ? removal(field, item, index, host) : nothing}
        </div>`,
      )}
      ${list.length < max && !field.readOnly
        ? html`<button
            type="button"
            part="nav-button"
            class="button button--secondary"
            id="${field.id}-add"
            @click=${() => {
              const position = list.length + 1;
              // A group starts as {}; a list of values starts with an empty text to type into.
              host.setValue(field.pointer, [...list, field.widget === 'repeater' ? {} : '']);
              host.announce(host.messages.form.itemAdded({ label: host.messages.itemLabel({ label: title, position }) }));
              host.focusLater(idForPointer(childPointer(field.pointer, list.length)));
            }}
          >
            ${host.messages.form.addItem({ label: title })}
          </button>`
        : nothing}
    </div>`,
  );
}
