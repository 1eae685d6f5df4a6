import { jsonEqual, type FieldView, type OptionView } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorMessage, fieldset, fieldWrapper, hint, label, labelledField } from './parts.js';
import type { WidgetHost } from './widget.js';

function optionId(field: FieldView, index: number): string {
  return index === 0 ? field.id : `${field.id}-${index}`;
}

function optionHint(field: FieldView, option: OptionView, index: number): TemplateResult | typeof nothing {
  return option.hint ? html`<div class="hint option-hint" id="${optionId(field, index)}-hint">${option.hint}</div>` : nothing;
}

/**
 * Radio buttons or checkboxes, one per option, in a fieldset named by the question. The first
 * input takes the field's id, so an error summary link lands on it. `name` groups the inputs
 * (the field's pointer unless another input answers at that pointer).
 */
export function choiceGroup(
  field: FieldView,
  host: WidgetHost,
  type: 'radio' | 'checkbox',
  isChecked: (option: OptionView) => boolean,
  onChange: (option: OptionView, checked: boolean) => void,
  name = field.pointer,
): TemplateResult {
  const options = field.options ?? [];
  const inline = type === 'radio' && options.length === 2;
  return fieldset(
    field,
    host.messages,
    html`<div class="choices ${inline ? 'choices--inline' : ''}">
      ${options.map(
        (option, i) => html`<div class="choice">
          <input
            part="input"
            type=${type}
            class="choice-input"
            id=${optionId(field, i)}
            name=${name}
            .checked=${isChecked(option)}
            aria-describedby=${option.hint ? `${optionId(field, i)}-hint` : nothing}
            aria-invalid=${field.error ? 'true' : 'false'}
            ?disabled=${field.readOnly}
            @change=${(event: Event) => {
              onChange(option, (event.target as HTMLInputElement).checked);
            }}
          />
          <label part="choice-label" class="choice-label" for=${optionId(field, i)}>${option.label}</label>
          ${optionHint(field, option, i)}
        </div>`,
      )}
    </div>`,
    undefined,
    nothing,
  );
}

/** Radio buttons (up to 5 options, and yes/no for a boolean). */
export function renderRadios(field: FieldView, host: WidgetHost): TemplateResult {
  return choiceGroup(
    field,
    host,
    'radio',
    (option) => jsonEqual(field.value, option.value),
    (option) => {
      host.setValue(field.pointer, option.value);
    },
  );
}

/** A drop-down list (6 to 20 options). */
export function renderSelect(field: FieldView, host: WidgetHost): TemplateResult {
  const options = field.options ?? [];
  const selected = options.findIndex((option) => jsonEqual(field.value, option.value));
  return labelledField(
    field,
    host.messages,
    html`<select
        part="input"
        class="input select"
        id=${field.id}
        name=${field.pointer}
        aria-describedby=${describedBy(field)}
        aria-invalid=${field.error ? 'true' : 'false'}
        ?required=${field.required}
        ?disabled=${field.readOnly}
        @change=${(event: Event) => {
          const index = Number((event.target as HTMLSelectElement).value);
          host.setValue(field.pointer, index >= 0 ? options[index]?.value : undefined);
        }}
      >
        <option value="-1" ?selected=${selected < 0}></option>
        ${options.map((option, i) => html`<option value=${i} ?selected=${i === selected}>${option.label}</option>`)}
      </select>`,
  );
}

/** Checkboxes for a list of choices (an array of enum values), kept in the options' order. */
export function renderCheckboxes(field: FieldView, host: WidgetHost): TemplateResult {
  const options = field.options ?? [];
  const chosen = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const has = (value: unknown): boolean => chosen.some((v) => jsonEqual(v, value));
  return choiceGroup(field, host, 'checkbox', (option) => has(option.value), (option, checked) => {
    const next = options.map((o) => o.value).filter((v) => (jsonEqual(v, option.value) ? checked : has(v)));
    host.setValue(field.pointer, next.length > 0 ? next : undefined);
  });
}

/** A single checkbox for a boolean (a box to tick when the schema says `const: true`). */
export function renderCheckbox(field: FieldView, host: WidgetHost): TemplateResult {
  return fieldWrapper(
    field,
    html`${errorMessage(field, host.messages)}
      <div class="choice">
        <input
          part="input"
          type="checkbox"
          class="choice-input"
          id=${field.id}
          name=${field.pointer}
          .checked=${field.value === true}
          aria-describedby=${describedBy(field)}
          aria-invalid=${field.error ? 'true' : 'false'}
          ?disabled=${field.readOnly}
          @change=${(event: Event) => {
            const checked = (event.target as HTMLInputElement).checked;
            host.setValue(field.pointer, checked ? true : field.required ? undefined : false);
          }}
        />
        ${label(field, host.messages)} ${hint(field)}
      </div>`,
  );
}
