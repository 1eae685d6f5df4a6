import { fail, pass, type FormatCheck } from './format-check.js';

/**
 * Checks a NIR (French social security number): 13 characters and a 2-digit key, spaces allowed.
 * Sex 1–4, 7 or 8; month 01–12, 20–42 or 50–99; department 01–99, 2A or 2B (a or b accepted);
 * key = 97 − (number mod 97), where 2A counts as 19 and 2B as 18.
 * @example checkNir('2 69 05 2A 004 123 14') // { valid: true }
 */
export function checkNir(value: string): FormatCheck {
  // Checkers also receive unvalidated JSON data from plain JavaScript callers.
  if (typeof value !== 'string') return fail('characters');
  const compact = value.replace(/\s/g, '');
  // Digits only, except the second character of the department (2A, 2B for Corsica). Tested
  // before toUpperCase(), which would map some non-ASCII letters to ASCII ones.
  for (let i = 0; i < compact.length; i++) {
    const code = compact.charCodeAt(i);
    if (isDigit(code)) continue;
    if (i === 6 && (code === 65 || code === 66 || code === 97 || code === 98)) continue;
    return fail('characters');
  }
  const nir = compact.toUpperCase();
  if (nir.length !== 15) return fail('length');

  const sex = nir.charAt(0);
  const month = Number(nir.slice(3, 5));
  const department = nir.slice(5, 7);
  const corsica = department === '2A' || department === '2B';
  if (!'123478'.includes(sex)) return fail('unknown-prefix');
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return fail('unknown-prefix');
  if (department === '00' || (!corsica && !isDigit(department.charCodeAt(1)))) return fail('unknown-prefix');

  const key = Number(nir.slice(13));
  if (key < 1 || key > 97) return fail('checksum');
  const number = nir.slice(0, 5) + (department === '2A' ? '19' : department === '2B' ? '18' : department) + nir.slice(7, 13);
  return 97 - mod97(number) === key ? pass() : fail('checksum');
}

function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i++) remainder = (remainder * 10 + digits.charCodeAt(i) - 48) % 97;
  return remainder;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
