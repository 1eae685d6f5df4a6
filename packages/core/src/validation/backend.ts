import type { Ajv } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { Procedure } from '../procedure/model.js';
import type { ProblemList } from '../procedure/problems.js';
import type { Dialect, SchemaObject } from '../schema/types.js';
import type { FieldError, ValidateOptions } from './validate.js';

/**
 * What core needs from the libraries that check data and patterns: ajv (with ajv-formats) and
 * redos-detector. They are most of Guichet's weight, so a page can show a form before loading
 * them: `@guichet/core` installs them at once, `@guichet/core/lite` when `loadValidator()` is
 * called. Nothing that needs them runs before (see `loadProcedure`'s `compile: 'later'`).
 */
export interface ValidationBackend {
  /** An ajv for a dialect, with every format Guichet knows. */
  createAjv(dialect: Dialect, checkSchemas: boolean): Ajv | Ajv2020;
  /** Whether redos-detector proves a pattern (compiled with the `u` flag) safe within its budget. */
  isSafePattern(pattern: string): boolean;
  /** Adds what a procedure document breaks of the procedure format (schemas/procedure.schema.json). */
  checkProcedureFormat(input: unknown, problems: ProblemList): void;
  /** Adds what a data schema breaks of its dialect's meta-schema, under `base`. */
  checkMetaSchema(schema: SchemaObject, dialect: Dialect, base: string, problems: ProblemList): void;
  /** `validateData`, with its messages: validation waits for the validator, so they travel with it. */
  validateData(procedure: Procedure, data: unknown, options: ValidateOptions): FieldError[];
}

let installed: ValidationBackend | undefined;

/** Installs the backend (the first one installed stays). */
export function installValidationBackend(backend: ValidationBackend): void {
  installed ??= backend;
}

/** Whether the backend is installed: data can be validated and schemas compiled. */
export function validatorLoaded(): boolean {
  return installed !== undefined;
}

/** The installed backend; throws when none is (with `@guichet/core/lite`, await `loadValidator()` first). */
export function validationBackend(): ValidationBackend {
  if (!installed) throw new Error('Guichet: the validator is not loaded yet: await loadValidator() from @guichet/core/lite first.');
  return installed;
}
