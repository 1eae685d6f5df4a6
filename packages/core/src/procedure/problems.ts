import { bilingual, type Catalogue } from '../i18n/index.js';
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
}
