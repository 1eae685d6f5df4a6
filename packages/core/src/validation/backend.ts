import type { Ajv } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { Procedure } from '../procedure/model.js';
import type { ProblemList } from '../procedure/problems.js';
import type { Dialect, SchemaObject } from '../schema/types.js';
import type { FieldError, ValidateOptions } from './validate.js';

/**
 * How data is checked and errors are worded: needed by every form that validates, whether its
 * validator is compiled in the page (ajv) or was compiled when the procedure was published.
 */
export interface DataChecks {
  /** `validateData`, with its messages. */
  validateData(procedure: Procedure, data: unknown, options: ValidateOptions): FieldError[];
  /** What a precompiled validator's code imports (ajv's runtime helpers, the formats), by module id. */
  runtime(id: string): unknown;
}

/** ajv with ajv-formats: compiles schemas in the page, and checks procedures and schemas. */
export interface AjvBackend {
  /** An ajv for a dialect, with every format Guichet knows. */
  createAjv(dialect: Dialect, checkSchemas: boolean): Ajv | Ajv2020;
  /** Adds what a procedure document breaks of the procedure format (schemas/procedure.schema.json). */
  checkProcedureFormat(input: unknown, problems: ProblemList): void;
  /** Adds what a data schema breaks of its dialect's meta-schema, under `base`. */
  checkMetaSchema(schema: SchemaObject, dialect: Dialect, base: string, problems: ProblemList): void;
}

/** redos-detector: only a schema with patterns needs it. */
export interface PatternBackend {
  /** Whether redos-detector proves a pattern (compiled with the `u` flag) safe within its budget. */
  isSafePattern(pattern: string): boolean;
}

/**
 * The three parts of the validation backend, most of Guichet's weight, so a page shows a form
 * before loading them: `@guichet/core` installs them at once, `@guichet/core/lite` when
 * `loadValidator()` is called, and only the parts the procedure needs. Nothing that needs them
 * runs before (see `loadProcedure`'s `compile: 'later'`).
 */
export interface ValidationParts {
  checks: DataChecks;
  ajv: AjvBackend;
  patterns: PatternBackend;
}

const installed: Partial<ValidationParts> = {};

/** Installs one part of the backend (the first one installed stays). */
export function installValidationPart<K extends keyof ValidationParts>(part: K, backend: ValidationParts[K]): void {
  installed[part] ??= backend;
}

/** Whether a part is installed. */
export function partLoaded(part: keyof ValidationParts): boolean {
  return installed[part] !== undefined;
}

/** An installed part; throws when it is not (with `@guichet/core/lite`, await `loadValidator()` first). */
export function validationPart<K extends keyof ValidationParts>(part: K): ValidationParts[K] {
  const backend = installed[part];
  if (!backend) throw new Error(`Guichet: the validator (${part}) is not loaded yet: await loadValidator() from @guichet/core/lite first.`);
  return backend;
}
