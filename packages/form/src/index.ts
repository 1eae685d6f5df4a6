/**
 * @guichet/form: `<guichet-form>`, an accessible, multi-step form for a Guichet procedure or a
 * JSON Schema. Import `@guichet/form/define` (or the single-file bundle) to define the element.
 * @packageDocumentation
 */
export { GuichetForm } from './guichet-form/guichet-form.js';
export { GuichetElement } from './base/guichet-element.js';
export { GuichetCombobox } from './widgets/combobox/guichet-combobox.js';
export { GuichetAddressSearch } from './widgets/address/guichet-address-search.js';
export { banAddressSearch, banSuggestions, type BanOptions } from './address/ban.js';
export type { AddressSearch } from './address/address-search.js';
export type { AddressSuggestion } from '@guichet/core';
export { registerWidget } from './widgets/registry.js';
export type { Widget, WidgetHost } from './widgets/widget.js';
export { describedBy, errorMessage, fieldset, fieldWrapper, hint, label, labelledField, optionalMark } from './widgets/parts.js';
export type { GuichetChangeDetail, GuichetChangeEvent } from './events/guichet-change.js';
export type { GuichetStepChangeDetail, GuichetStepChangeEvent } from './events/guichet-step-change.js';
export type { GuichetInvalidDetail, GuichetInvalidEvent } from './events/guichet-invalid.js';
export type { GuichetSubmitDetail, GuichetSubmitEvent } from './events/guichet-submit.js';
export type { GuichetSubmittedDetail, GuichetSubmittedEvent } from './events/guichet-submitted.js';
export type { GuichetErrorDetail, GuichetErrorEvent } from './events/guichet-error.js';
