import { fail, pass, type FormatCheck } from './format-check.js';

// Country calling codes of France and its overseas territories, with the number of digits that
// follow them (ITU-T E.164 national numbering plans). +269 is the Comoros': Mayotte moved to +262 in 2007.
const COUNTRY_CODES: readonly (readonly [code: string, digits: number])[] = [
  ['33', 9], // Metropolitan France
  ['262', 9], // La Réunion, Mayotte
  ['590', 9], // Guadeloupe, Saint-Barthélemy, Saint-Martin
  ['594', 9], // French Guiana
  ['596', 9], // Martinique
  ['508', 6], // Saint-Pierre-et-Miquelon
  ['681', 6], // Wallis-et-Futuna
  ['687', 6], // New Caledonia
  ['689', 8], // French Polynesia (8 digits since 2014)
];

/**
 * Checks a French phone number. Accepted, with spaces, dots or hyphens anywhere between digits:
 * - national form: 10 digits `0X XX XX XX XX`, X from 1 to 9 (overseas departments included: 0262…, 0690…);
 * - international form, `+` or `00` then a country code and the digits after it, without the trunk 0:
 *   +33 (9 digits, `+33 (0)1…` accepted too), +262, +590, +594, +596 (9 digits), +689 (8 digits),
 *   +508, +681, +687 (6 digits).
 * Other country codes are `unknown-prefix`; `+33 01…` (a 0 without parentheses) is `length`.
 * @example checkFrPhone('+33 (0)1 42 76 40 40') // { valid: true }
 */
export function checkFrPhone(value: string): FormatCheck {
  // Checkers also receive unvalidated JSON data from plain JavaScript callers.
  if (typeof value !== 'string') return fail('characters');
  const phone = value.replace(/[\s.-]/g, '');
  if (!/^[0-9+()]*$/.test(phone)) return fail('characters');

  let rest: string;
  if (phone.startsWith('+')) rest = phone.slice(1);
  else if (phone.startsWith('00')) rest = phone.slice(2);
  else return checkNational(phone);

  // Only one "(0)" may remain besides digits; where it stands is checked once the country code is known.
  if (!/^[0-9]*$/.test(rest.replace('(0)', ''))) return fail('characters');
  const country = COUNTRY_CODES.find(([code]) => rest.startsWith(code));
  if (country === undefined) return rest.length < 3 ? fail('length') : fail('unknown-prefix');
  const [code, digits] = country;
  let national = rest.slice(code.length);
  // The trunk 0 in parentheses is a common way to show both forms at once: +33 (0)1 42 76 40 40.
  if (national.startsWith('(0)')) national = national.slice(3);
  if (national.includes('(')) return fail('characters');
  if (national.length !== digits) return fail('length');
  return national.startsWith('0') ? fail('unknown-prefix') : pass();
}

function checkNational(phone: string): FormatCheck {
  if (!/^[0-9]*$/.test(phone)) return fail('characters');
  if (phone.length !== 10) return fail('length');
  return /^0[1-9]/.test(phone) ? pass() : fail('unknown-prefix');
}
