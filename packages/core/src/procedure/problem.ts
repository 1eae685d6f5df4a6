import type { Bilingual } from '../i18n/index.js';

/** What kind of problem a procedure definition has. */
export type ProblemCode =
  | 'not-json'
  | 'not-object'
  | 'missing-property'
  | 'unknown-property'
  | 'invalid-value'
  | 'schema-not-object'
  | 'invalid-schema'
  | 'unsupported-dialect'
  | 'unsupported-keyword'
  | 'reserved-name'
  | 'ref-external'
  | 'ref-missing'
  | 'ref-cycle'
  | 'too-deep'
  | 'too-large'
  | 'pattern-invalid'
  | 'pattern-unsafe'
  | 'unknown-format'
  | 'step-field-unknown'
  | 'step-field-in-list'
  | 'step-field-repeated'
  | 'step-id-repeated'
  | 'field-in-no-step'
  | 'presentation-unknown'
  | 'privacy-missing'
  | 'validator-mismatch'
  | 'compile-forbidden'
  | 'dpo-missing'
  | 'contact-unreachable'
  | 'recipients-missing'
  | 'retention-undescribed'
  | 'purpose-id-repeated'
  | 'main-purpose-missing'
  | 'consent-not-optional'
  | 'legitimate-interest-public-body'
  | 'special-category-basis-missing'
  | 'legal-reference-missing'
  | 'compile-failed';

/**
 * One thing wrong with a procedure definition: where (a JSON pointer into the document
 * given to `loadProcedure`) and what to change, in French and in English.
 */
export interface Problem {
  pointer: string;
  code: ProblemCode;
  message: Bilingual;
  /** `error` refuses the procedure; `warning` is reported (the builder shows it) but loads. */
  severity: 'error' | 'warning';
}

/** Thrown by `loadProcedure` with every problem of the definition at once. */
export class ProcedureError extends Error {
  /** Every error found, each with its pointer and its message in French and English. */
  readonly problems: readonly Problem[];
  /** The warnings found beside them (what the builder also shows). */
  readonly warnings: readonly Problem[];

  constructor(problems: readonly Problem[], warnings: readonly Problem[] = []) {
    const shown = problems.slice(0, 5).map((p) => `${p.pointer || '/'}: ${p.message.en}`);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`Invalid procedure (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}${more}`);
    this.name = 'ProcedureError';
    this.problems = problems;
    this.warnings = warnings;
  }
}
