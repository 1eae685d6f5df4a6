import { fail, pass, type FormatCheck } from './format-check.js';

/**
 * Checks a French postal code: 5 digits whose department part exists (01–95, including
 * 20 for Corsica; 971–978 and 986–988 overseas); surrounding spaces are ignored.
 * @example checkFrPostalCode('20200') // { valid: true }
 */
export function checkFrPostalCode(value: string): FormatCheck {
  // Checkers also receive unvalidated JSON data from plain JavaScript callers.
  if (typeof value !== 'string') return fail('characters');
  const code = value.trim();
  if (!/^[0-9]*$/.test(code)) return fail('characters');
  if (code.length !== 5) return fail('length');
  return hasKnownDepartment(code) ? pass() : fail('unknown-prefix');
}

function hasKnownDepartment(code: string): boolean {
  const department = Number(code.slice(0, 2));
  if (department >= 1 && department <= 95) return true;
  const overseas = Number(code.slice(0, 3));
  // 971–976: Guadeloupe (with Saint-Barthélemy and Saint-Martin, 97133 and 97150), Martinique, French
  // Guiana, La Réunion, Saint-Pierre-et-Miquelon, Mayotte; 977 and 978 are the INSEE codes of
  // Saint-Barthélemy and Saint-Martin, accepted too. 986 Wallis-et-Futuna, 987 French Polynesia,
  // 988 New Caledonia. 980 (Monaco) is not French.
  return (overseas >= 971 && overseas <= 978) || (overseas >= 986 && overseas <= 988);
}
