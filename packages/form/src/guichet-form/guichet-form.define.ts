import { defineElement } from '../base/define.js';
import { GuichetForm } from './guichet-form.js';

defineElement('guichet-form', GuichetForm);

declare global {
  interface HTMLElementTagNameMap {
    'guichet-form': GuichetForm;
  }
}
