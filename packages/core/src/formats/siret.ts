import { fail, pass, type FormatCheck } from './format-check.js';
import { isLuhnValid } from './luhn.js';

const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/**
 * Checks a SIRET (establishment number): 14 digits, spaces allowed, Luhn key on the SIREN
 * and on the whole number, except La Poste's establishments (sum of digits multiple of 5).
 * @example checkSiret('217 500 016 00019') // { valid: true }
 */
export function checkSiret(value: string): FormatCheck {
  // Checkers also receive unvalidated JSON data from plain JavaScript callers.
  if (typeof value !== 'string') return fail('characters');
  const digits = value.replace(/\s/g, '');
  if (!/^[0-9]*$/.test(digits)) return fail('characters');
  if (digits.length !== 14) return fail('length');
  if (!isLuhnValid(digits.slice(0, 9))) return fail('checksum');
  if (digits.startsWith(LA_POSTE_SIREN)) {
    // INSEE numbers La Poste's many establishments without a Luhn key: their digits add up to
    // a multiple of 5 instead. The head office kept a Luhn key, and its digits add up to 26.
    return digits === LA_POSTE_HEAD_OFFICE || digitSum(digits) % 5 === 0 ? pass() : fail('checksum');
  }
  return isLuhnValid(digits) ? pass() : fail('checksum');
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}
