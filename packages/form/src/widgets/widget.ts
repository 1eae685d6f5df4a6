import type { Catalogue, FieldView, Tester } from '@guichet/core';
import type { TemplateResult } from 'lit';
import type { AddressSearch } from '../address/address-search.js';

/** What a widget may ask of the form that renders it. */
export interface WidgetHost {
  /** The texts of the form's language. */
  messages: Catalogue;
  /** Records the person's answer at a data pointer (an intent: core owns the rules). */
  setValue(pointer: string, value: unknown): void;
  /** Records which alternative the person picked at a data pointer (`oneOf`/`anyOf` without `const`). */
  chooseAlternative(pointer: string, index: number): void;
  /** Renders a child field (for groups), with the widget the registry picks for it. */
  renderField(field: FieldView): TemplateResult;
  /** Says something politely to screen readers (an item added or removed). */
  announce(text: string): void;
  /** Moves the focus to the element with this id once the form has rendered. */
  focusLater(id: string): void;
  /** The data pointer of the item whose removal waits for confirmation, if any. */
  confirming: string | undefined;
  /** Asks (a pointer) or stops asking (undefined) to confirm a removal. */
  confirm(pointer: string | undefined): void;
  /** The address search service the integrator plugged in, if any (none by default). */
  addressSearch?: AddressSearch;
}

/** A widget: a name, a tester that ranks it for a field, and a template. */
export interface Widget {
  name: string;
  tester: Tester;
  render: (field: FieldView, host: WidgetHost) => TemplateResult;
}
