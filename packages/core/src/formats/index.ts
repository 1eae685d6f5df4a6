import type { FormatChecker } from './format-check.js';
import { checkFrPhone } from './fr-phone.js';
import { checkFrPostalCode } from './fr-postal-code.js';
import { checkIban } from './iban.js';
import { checkNir } from './nir.js';
import { checkSiren } from './siren.js';
import { checkSiret } from './siret.js';

export type { FormatCheck, FormatChecker, FormatProblem } from './format-check.js';
export { checkFrPhone, checkFrPostalCode, checkIban, checkNir, checkSiren, checkSiret };

/** Name of a French administrative format, as used in a schema's `format` keyword. */
export type FrenchFormatName = 'fr-postal-code' | 'fr-phone' | 'siren' | 'siret' | 'iban' | 'nir';

/**
 * The checker of each French administrative format, by name.
 * @example frenchFormats.siret('356 000 000 00048') // { valid: true }
 */
export const frenchFormats: Readonly<Record<FrenchFormatName, FormatChecker>> = Object.freeze({
  'fr-postal-code': checkFrPostalCode,
  'fr-phone': checkFrPhone,
  siren: checkSiren,
  siret: checkSiret,
  iban: checkIban,
  nir: checkNir,
});

/**
 * True when `name` is one of the French administrative formats.
 * @example isFrenchFormat('siret') // true
 */
export function isFrenchFormat(name: string): name is FrenchFormatName {
  return Object.prototype.hasOwnProperty.call(frenchFormats, name);
}
