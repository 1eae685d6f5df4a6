/** Deep equality of answers, for choices whose values may be numbers, booleans or objects. */
export function jsonEqualValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
