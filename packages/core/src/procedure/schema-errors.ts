import type { Catalogue } from '../i18n/index.js';
import { childPointer, parsePointer } from '../pointer.js';
import type { RawError } from '../validation/ajv.js';
import { locateErrors } from '../validation/errors.js';
import { definitionMessage } from '../validation/messages.js';
import type { ProblemList } from './problems.js';

/**
 * Adds the errors of a JSON Schema check of a definition (the procedure format, or the
 * JSON Schema meta-schema), one per location, under `base`.
 */
export function addSchemaErrors(problems: ProblemList, raw: readonly RawError[], base: string, code: 'invalid-value' | 'invalid-schema'): void {
  for (const error of locateErrors(raw)) {
    const pointer = base + error.pointer;
    const name = parsePointer(error.pointer).pop() ?? '';
    if (error.keyword === 'required') {
      problems.error(pointer, 'missing-property', (m) => m.problem.missingProperty({ property: name }));
    } else if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') {
      const property = error.params.additionalProperty;
      problems.error(childPointer(pointer, property), 'unknown-property', (m) => m.problem.unknownProperty({ property }));
    } else {
      const detail = (m: Catalogue): string => definitionMessage(m, error.keyword, error.params);
      problems.error(pointer, code, (m) =>
        code === 'invalid-schema'
          ? m.problem.invalidSchema({ name, detail: detail(m) })
          : m.problem.invalidValue({ name, detail: detail(m) }),
      );
    }
  }
}
