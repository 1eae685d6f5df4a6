/**
 * True when `digits` is a non-empty string of ASCII digits whose Luhn (mod 10) sum is a multiple of 10.
 * @example isLuhnValid('732829320') // true
 */
export function isLuhnValid(digits: string): boolean {
  if (digits.length === 0) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights alternate 1, 2, 1… starting from the rightmost digit.
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
