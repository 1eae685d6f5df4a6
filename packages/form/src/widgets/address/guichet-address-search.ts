import { addressQuery, addressSuggestions, MIN_ADDRESS_QUERY_LENGTH, type AddressSuggestion, type Catalogue } from '@guichet/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AddressSearch } from '../../address/address-search.js';
import { listboxIds, renderListbox } from '../combobox/listbox.js';

/** How long typing must pause before a search is sent: one request per pause, not per key. */
export const ADDRESS_SEARCH_DELAY = 300;

type Status = 'idle' | 'searching' | 'found' | 'failed';

/**
 * @summary The search box above an address's fields (WAI-ARIA APG combobox with a listbox
 * popup): it asks the integrator's `AddressSearch` for suggestions and hands the chosen one
 * back. It renders without a shadow root of its own, so the form's styles and ids reach it.
 * A failed search says so and leaves the fields below to be filled by hand.
 * @tagname guichet-address-search
 */
export class GuichetAddressSearch extends LitElement {
  /** The id of the search input. */
  @property({ attribute: false }) inputId = '';
  /** The search service. */
  @property({ attribute: false }) search: AddressSearch | undefined;
  /** The form's texts. */
  @property({ attribute: false }) messages: Catalogue | undefined;
  /** Called with the suggestion the person chose. */
  @property({ attribute: false }) choose: (suggestion: AddressSuggestion) => void = () => undefined;

  @state() private text = '';
  @state() private suggestions: AddressSuggestion[] = [];
  @state() private open = false;
  @state() private active = -1;
  @state() private status: Status = 'idle';

  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another service: what the previous one would answer no longer applies.
    if (changed.has('search') && changed.get('search') !== undefined) this.#reset();
  }

  /** Stops the pending pause and aborts the request under way. */
  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
  }

  #reset(): void {
    this.#cancel();
    this.suggestions = [];
    this.open = false;
    this.active = -1;
    this.status = 'idle';
  }

  #onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.#reset();
    const query = addressQuery(this.text);
    if (query === undefined) return;
    this.#timer = setTimeout(() => void this.#run(query), ADDRESS_SEARCH_DELAY);
  }

  async #run(query: string): Promise<void> {
    const service = this.search;
    if (!service) return;
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'searching';
    try {
      const found = addressSuggestions(await service.search(query, controller.signal));
      if (controller.signal.aborted) return;
      if (!found) throw new TypeError('The address service did not answer with a list');
      this.suggestions = found;
      this.open = found.length > 0;
      this.active = -1;
      this.status = 'found';
    } catch {
      // Any failure (network, HTTP error, a malformed answer) leaves the fields to be filled by hand.
      if (controller.signal.aborted) return;
      this.suggestions = [];
      this.open = false;
      this.status = 'failed';
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }

  #pick(suggestion: AddressSuggestion | undefined): void {
    if (!suggestion) return;
    this.#cancel();
    this.text = suggestion.label;
    this.suggestions = [];
    this.open = false;
    this.active = -1;
    this.status = 'idle';
    this.choose(suggestion);
  }

  #onKeydown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        this.open = true;
        this.active = this.active + 1 >= count ? 0 : this.active + 1;
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        this.open = true;
        this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Enter':
        // Never sends the step from the search box: Enter chooses, or does nothing.
        event.preventDefault();
        if (this.open && this.active >= 0) this.#pick(this.suggestions[this.active]);
        break;
      case 'Escape':
        event.preventDefault();
        if (this.open) {
          this.open = false;
          this.active = -1;
        } else {
          this.text = '';
          this.#reset();
        }
        break;
    }
  }

  #statusText(m: Catalogue): string {
    switch (this.status) {
      case 'searching':
        return m.address.searching();
      case 'failed':
        return m.address.failed();
      case 'found':
        return this.suggestions.length === 0 ? m.address.noResult() : m.address.results({ count: this.suggestions.length });
      case 'idle':
        return '';
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const m = this.messages;
    if (!m) return nothing;
    const id = this.inputId;
    const ids = listboxIds(id);
    const expanded = this.open && this.suggestions.length > 0;
    return html`<label part="label" class="label" for=${id}>${m.address.searchLabel()}</label>
      <div part="hint" class="hint" id="${id}-hint">${m.address.searchHint({ min: MIN_ADDRESS_QUERY_LENGTH })}</div>
      <div class="combobox">
        <input
          part="input"
          class="input"
          id=${id}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${ids.listbox}
          aria-activedescendant=${expanded && this.active >= 0 ? ids.option(this.active) : nothing}
          aria-describedby="${id}-hint"
          .value=${live(this.text)}
          @input=${(event: Event) => { this.#onInput(event); }}
          @keydown=${(event: KeyboardEvent) => { this.#onKeydown(event); }}
          @blur=${() => {
            this.open = false;
            this.active = -1;
          }}
        />
        ${renderListbox({
          inputId: id,
          label: m.address.suggestions(),
          items: this.suggestions,
          active: this.active,
          expanded,
          pick: (suggestion) => {
            this.#pick(suggestion);
          },
        })}
      </div>
      <p class="address-search-status ${this.status === 'failed' ? 'address-search-status--failed' : ''}" id="${id}-status" aria-live="polite">
        ${this.#statusText(m)}
      </p>`;
  }
}
