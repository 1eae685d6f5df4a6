import { html, type TemplateResult } from 'lit';

/** The ids of a combobox's popup and of its options, from the id of its input. */
export function listboxIds(inputId: string): { listbox: string; option: (index: number) => string } {
  return { listbox: `${inputId}-listbox`, option: (index) => `${inputId}-option-${String(index)}` };
}

/**
 * The popup of a WAI-ARIA APG combobox: a listbox whose active option the input points at
 * with `aria-activedescendant`. Pressing an option picks it without blurring the input. Used
 * by `<guichet-combobox>` and `<guichet-address-search>`.
 */
export function renderListbox<T extends { label: string }>(p: {
  inputId: string;
  /** The listbox's accessible name. */
  label: string;
  items: readonly T[];
  /** The index of the active option, -1 for none. */
  active: number;
  expanded: boolean;
  pick: (item: T) => void;
}): TemplateResult {
  const ids = listboxIds(p.inputId);
  return html`<ul class="listbox" id=${ids.listbox} role="listbox" aria-label=${p.label} ?hidden=${!p.expanded}>
    ${p.items.map(
      (item, i) => html`<li
        class="listbox-option ${i === p.active ? 'listbox-option--active' : ''}"
        id=${ids.option(i)}
        role="option"
        aria-selected=${i === p.active ? 'true' : 'false'}
        @mousedown=${(event: Event) => {
          // Keep the focus in the input: a click must not blur it first.
          event.preventDefault();
          p.pick(item);
        }}
      >
        ${item.label}
      </li>`,
    )}
  </ul>`;
}
