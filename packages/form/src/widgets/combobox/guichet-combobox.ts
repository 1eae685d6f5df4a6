import { filterOptions, jsonEqual, type Catalogue, type OptionView } from '@guichet/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { listboxIds, renderListbox } from './listbox.js';

/**
 * @summary A filterable list of choices (WAI-ARIA APG combobox with a listbox popup), used by
 * `<guichet-form>` for more than 20 options. It renders without a shadow root of its own, so
 * the form's label, hint and error ids reach its input.
 * @tagname guichet-combobox
 */
export class GuichetCombobox extends LitElement {
  /** The id of the input (the field's id, named by the form's label). */
  @property({ attribute: false }) inputId = '';
  /** The options. */
  @property({ attribute: false }) options: OptionView[] = [];
  /** The chosen value. */
  @property({ attribute: false }) value: unknown;
  /** The question, which also names the list of options. */
  @property({ attribute: false }) label = '';
  /** The ids that describe the input (hint, error). */
  @property({ attribute: false }) describedBy = '';
  /** True when the field is in error. */
  @property({ attribute: false }) invalid = false;
  /** True when the answer cannot be changed (a read-only question): the list never opens. */
  @property({ attribute: false }) readOnly = false;
  /** The form's texts. */
  @property({ attribute: false }) messages: Catalogue | undefined;
  /** Called with the chosen value (undefined when the choice is cleared). */
  @property({ attribute: false }) choose: (value: unknown) => void = () => undefined;

  @state() private query: string | undefined;
  @state() private open = false;
  @state() private active = -1;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #selectedLabel(): string {
    return this.options.find((o) => jsonEqual(o.value, this.value))?.label ?? '';
  }

  #shown(): OptionView[] {
    return filterOptions(this.options, this.query ?? '');
  }

  #pick(option: OptionView | undefined): void {
    this.open = false;
    this.active = -1;
    this.query = undefined;
    if (option) this.choose(option.value);
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.readOnly) return;
    const shown = this.#shown();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.open = true;
        this.active = Math.min(this.active + 1, shown.length - 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.active = Math.max(this.active - 1, 0);
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.#pick(shown[this.active]);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else {
          this.query = '';
        }
        break;
    }
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    if (this.query === '') this.choose(undefined);
  }

  #onBlur(): void {
    // An exact label typed without choosing from the list is a choice too.
    const typed = this.query?.trim().toLowerCase();
    const exact = typed ? this.options.find((o) => o.label.toLowerCase() === typed) : undefined;
    this.open = false;
    this.active = -1;
    if (exact) this.choose(exact.value);
    this.query = undefined;
  }

  protected override render(): TemplateResult {
    const shown = this.#shown();
    const ids = listboxIds(this.inputId);
    const expanded = this.open && shown.length > 0;
    return html`<input
        part="input"
        class="input"
        id=${this.inputId}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${ids.listbox}
        aria-activedescendant=${expanded && this.active >= 0 ? ids.option(this.active) : nothing}
        aria-describedby=${this.describedBy || nothing}
        aria-invalid=${this.invalid ? 'true' : 'false'}
        ?readonly=${this.readOnly}
        .value=${live(this.query ?? this.#selectedLabel())}
        @input=${(event: Event) => { this.#onInput(event); }}
        @keydown=${(event: KeyboardEvent) => { this.#onKeydown(event); }}
        @blur=${() => { this.#onBlur(); }}
      />
      ${renderListbox({
        inputId: this.inputId,
        label: this.label,
        items: shown,
        active: this.active,
        expanded,
        pick: (option) => {
          this.#pick(option);
        },
      })}
      <div class="visually-hidden" aria-live="polite">${this.open && this.messages ? this.messages.form.resultsCount({ count: shown.length }) : ''}</div>`;
  }
}
