import { defineElement } from '../base/define.js';
import { GuichetForm } from './guichet-form.js';

defineElement('guichet-form', GuichetForm);

// The single-file bundle is built from this module: a CMS page imports the BAN search from it.
export { banAddressSearch } from '../address/ban.js';

declare global {
  interface HTMLElementTagNameMap {
    'guichet-form': GuichetForm;
  }
}
