import { isObject } from '../json.js';
import type { Procedure } from '../procedure/model.js';
import { walkSchema } from './walk.js';

const testedKeywords = ['if', 'oneOf', 'anyOf', 'dependentSchemas'] as const;

/**
 * Whether showing the questions of a procedure may test data against a subschema (`if`,
 * alternatives, schema dependencies), which needs the validator: a page loading core without
 * it (`@guichet/core/lite`) waits for `loadValidator()` before showing such a procedure, and
 * shows the others at once.
 * @example needsValidatorToShow(loadProcedure({ type: 'object', properties: { a: {} } })) // false
 */
export function needsValidatorToShow(procedure: Procedure): boolean {
  let found = false;
  walkSchema(procedure.schema, ({ node }) => {
    found ||= testedKeywords.some((keyword) => keyword in node) || (isObject(node.dependencies) && Object.values(node.dependencies).some(isObject));
  });
  return found;
}
