import { defineElement } from '../../base/define.js';
import { GuichetAddressSearch } from './guichet-address-search.js';

defineElement('guichet-address-search', GuichetAddressSearch);

declare global {
  interface HTMLElementTagNameMap {
    'guichet-address-search': GuichetAddressSearch;
  }
}
