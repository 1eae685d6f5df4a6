import { defineElement } from '../../base/define.js';
import { GuichetCombobox } from './guichet-combobox.js';

defineElement('guichet-combobox', GuichetCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'guichet-combobox': GuichetCombobox;
  }
}
