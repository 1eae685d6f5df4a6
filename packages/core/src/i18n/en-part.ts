// The English catalogue, installed when this module is evaluated (a side effect: `@guichet/core`
// imports it at once, `@guichet/core/lite` when `loadLocale('en')` is called).
import { en } from './en.js';
import { installCatalogue } from './index.js';

installCatalogue('en', en);
