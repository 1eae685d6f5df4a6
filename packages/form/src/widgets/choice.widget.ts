import { jsonEqualValue } from './values.js';
import type { FieldView, OptionView } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorMessage, fieldset, fieldWrapper, hint, label } from './parts.js';
import type { WidgetHost } from './widget.js';

function optionId(field: FieldView, index: number): string {
  return index === 0 ? field.id : `${field.id}-${index}`;
}

function optionHint(field: FieldView, option: OptionView, index: number): TemplateResult | typeof nothing {
  return option.hint ? html`<div class="hint option-hint" id="${optionId(field, index)}-hint">${option.hint}</div>` : nothing;
}

/**
 * Radio buttons in a fieldset (up to 5 options, and yes/no for a boolean). The first radio
 * takes the field's id, so an error summary link lands on it.
 */
export function renderRadios(field: FieldView, host: WidgetHost): TemplateResult {
  const options = field.options ?? [];
  return fieldset(
    field,
    host.messages,
    html`<div class="choices ${options.length === 2 ? 'choices--inline' : ''}">
      ${options.map(
        (option, i) => html`<div class="choice">
          <input
            part="input"
            type="radio"
            class="choice-input"
            id=${optionId(field, i)}
            name=${field.pointer}
            .checked=${jsonEqualValue(field.value, option.value)}
            aria-describedby=${option.hint ? `${optionId(field, i)}-hint` : nothing}
            ?disabled=${field.readOnly}
            @change=${() => {
              host.setValue(field.pointer, option.value);
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

/** A drop-down list (6 to 20 options; more until the combobox comes). */
export function renderSelect(field: FieldView, host: WidgetHost): TemplateResult {
  const options = field.options ?? [];
  const selected = options.findIndex((option) => jsonEqualValue(field.value, option.value));
  return fieldWrapper(
    field,
    html`${label(field, host.messages)} ${hint(field)} ${errorMessage(field, host.messages)}
      <select
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

/** Checkboxes for a list of choices (an array of enum values). */
export function renderCheckboxes(field: FieldView, host: WidgetHost): TemplateResult {
  const options = field.options ?? [];
  const chosen = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const toggle = (value: unknown, checked: boolean): void => {
    const others = chosen.filter((v) => !jsonEqualValue(v, value));
    const next = checked ? options.map((o) => o.value).filter((v) => others.some((o) => jsonEqualValue(o, v)) || jsonEqualValue(v, value)) : others;
    host.setValue(field.pointer, next.length > 0 ? next : undefined);
  };
  return fieldset(
    field,
    host.messages,
    html`<div class="choices">
      ${options.map(
        (option, i) => html`<div class="choice">
          <input
            part="input"
            type="checkbox"
            class="choice-input"
            id=${optionId(field, i)}
            name=${field.pointer}
            .checked=${chosen.some((v) => jsonEqualValue(v, option.value))}
            aria-describedby=${option.hint ? `${optionId(field, i)}-hint` : nothing}
            ?disabled=${field.readOnly}
            @change=${(event: Event) => {
              toggle(option.value, (event.target as HTMLInputElement).checked);
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
