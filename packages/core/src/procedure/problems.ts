import { bilingual, type Catalogue } from '../i18n/index.js';
import { childPointer, parsePointer } from '../pointer.js';
import type { RawError } from '../validation/ajv.js';
import { locateErrors } from '../validation/errors.js';
import { definitionMessage } from '../validation/messages.js';
import { ProcedureError, type Problem, type ProblemCode } from './problem.js';

/** Collects problems while a procedure is checked. */
export class ProblemList {
  readonly items: Problem[] = [];

  /** Adds an error. */
  error(pointer: string, code: ProblemCode, pick: (messages: Catalogue) => string): void {
    this.items.push({ pointer, code, message: bilingual(pick), severity: 'error' });
  }

  /** Adds a warning. */
  warn(pointer: string, code: ProblemCode, pick: (messages: Catalogue) => string): void {
    this.items.push({ pointer, code, message: bilingual(pick), severity: 'warning' });
  }

  /** The errors found so far. */
  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === 'error');
  }

  /** The warnings found so far. */
  get warnings(): Problem[] {
    return this.items.filter((p) => p.severity === 'warning');
  }

  /** The error that refuses the definition, with every problem found. */
  refusal(): ProcedureError {
    return new ProcedureError(this.errors, this.warnings);
  }

  /**
   * Adds the errors of a JSON Schema check of a definition (the procedure format, or the
   * JSON Schema meta-schema), one per location, under `base`.
   */
  addSchemaErrors(raw: readonly RawError[], base: string, code: 'invalid-value' | 'invalid-schema'): void {
    for (const error of locateErrors(raw)) {
      const pointer = base + error.pointer;
      const name = parsePointer(error.pointer).pop() ?? '';
      if (error.keyword === 'required') {
        this.error(pointer, 'missing-property', (m) => m.problem.missingProperty({ property: name }));
      } else if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') {
        const property = error.params.additionalProperty;
        this.error(childPointer(pointer, property), 'unknown-property', (m) => m.problem.unknownProperty({ property }));
      } else {
        const detail = (m: Catalogue): string => definitionMessage(m, error.keyword, error.params);
        this.error(pointer, code, (m) =>
          code === 'invalid-schema'
            ? m.problem.invalidSchema({ name, detail: detail(m) })
            : m.problem.invalidValue({ name, detail: detail(m) }),
        );
      }
    }
  }
}
