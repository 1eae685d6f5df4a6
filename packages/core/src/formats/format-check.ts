/** What is wrong with a value, so that a message can tell the citizen what to fix. */
export type FormatProblem = 'characters' | 'length' | 'checksum' | 'unknown-prefix' | 'unknown-country';

/** Verdict of a format checker: valid, or the first problem found (characters, length, prefix or country, checksum). */
export type FormatCheck = { valid: true } | { valid: false; problem: FormatProblem };

/** A format checker: never throws, runs in time linear in the length of `value`. */
export type FormatChecker = (value: string) => FormatCheck;

/**
 * Builds a passing verdict; shared by the checkers of this folder.
 * @example pass() // { valid: true }
 */
export function pass(): FormatCheck {
  return { valid: true };
}

/**
 * Builds a failing verdict; shared by the checkers of this folder.
 * @example fail('length') // { valid: false, problem: 'length' }
 */
export function fail(problem: FormatProblem): FormatCheck {
  return { valid: false, problem };
}
