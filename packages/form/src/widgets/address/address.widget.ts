import { addressAnswers, addressFields, type AddressSuggestion, type FieldView } from '@guichet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { defineLater } from '../../base/define-later.js';
import { fieldset } from '../parts.js';
import type { WidgetHost } from '../widget.js';

/** Fills the parts from a chosen suggestion, says so, and takes the person to the first part to check it. */
function fill(field: FieldView, host: WidgetHost, suggestion: AddressSuggestion): void {
  for (const [pointer, value] of addressAnswers(field, suggestion)) host.setValue(pointer, value);
  host.announce(host.messages.address.filled({ label: suggestion.label }));
  const first = field.children?.[0];
  if (first) host.focusLater(first.id);
}

/**
 * A postal address: its parts in a fieldset, each a field of its own (label, autocomplete
 * token, error). With an `AddressSearch` plugged into the form, a search box above them fills
 * them; the parts stay visible and editable, so typing by hand always works.
 */
export function renderAddress(field: FieldView, host: WidgetHost): TemplateResult {
  if (host.addressSearch) defineLater('guichet-address-search', () => import('./guichet-address-search.define.js'));
  const partOf = new Map([...addressFields(field)].map(([part, child]) => [child.pointer, part]));
  const search = host.addressSearch
    ? html`<guichet-address-search
        class="address-search"
        .inputId=${`${field.id}-search`}
        .search=${host.addressSearch}
        .messages=${host.messages}
        .choose=${(suggestion: AddressSuggestion) => {
          fill(field, host, suggestion);
        }}
      ></guichet-address-search>`
    : nothing;
  return fieldset(
    field,
    host.messages,
    html`${search}
      <div class="address">
        ${(field.children ?? []).map(
          (child) => html`<div class="address-part address-part--${partOf.get(child.pointer) ?? 'other'}">${host.renderField(child)}</div>`,
        )}
      </div>`,
  );
}
