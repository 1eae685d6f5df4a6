import { fail, pass, type FormatCheck } from './format-check.js';
import { isLuhnValid } from './luhn.js';

/**
 * Checks a SIREN (company number): 9 digits, spaces allowed, Luhn key.
 * @example checkSiren('217 500 016') // { valid: true }
 */
export function checkSiren(value: string): FormatCheck {
  // Checkers also receive unvalidated JSON data from plain JavaScript callers.
  if (typeof value !== 'string') return fail('characters');
  const digits = value.replace(/\s/g, '');
  if (!/^[0-9]*$/.test(digits)) return fail('characters');
  if (digits.length !== 9) return fail('length');
  return isLuhnValid(digits) ? pass() : fail('checksum');
}
