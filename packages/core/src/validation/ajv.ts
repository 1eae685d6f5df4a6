import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { frenchFormats, type FrenchFormatName } from '../formats/index.js';
import { copyObject } from '../json.js';
import { escapeToken, parsePointer } from '../pointer.js';
import type { Dialect, SchemaObject } from '../schema/types.js';
import { validationPart } from './backend.js';

/** One failed check, as ajv reports it: `instancePath` is a JSON pointer into the data. */
export type RawError = Pick<ErrorObject, 'instancePath' | 'schemaPath' | 'keyword' | 'params'>;

/**
 * Checks data against one procedure's schema. The ajv implementation compiles at run time;
 * a precompiled implementation (for pages whose CSP forbids `unsafe-eval`) fits the same shape.
 */
export interface SchemaValidator {
  /** Every error of `data` against the whole schema; empty when valid. */
  validate(data: unknown): RawError[];
  /** Whether `data` satisfies the subschema at `schemaPointer` (an `if`, a branch of `oneOf`). */
  test(schemaPointer: string, data: unknown): boolean;
}

/** The errors of a compiled check, as core reads them (the rest of ajv's error objects is left). */
export function rawErrorsOf(errors: readonly RawError[] | null | undefined): RawError[] {
  return (errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({ instancePath, schemaPath, keyword, params }));
}

/** Formats Guichet knows besides ajv-formats': the French ones and RJSF's `data-url` for files. */
export const extraFormats: Record<string, (value: string) => boolean> = {
  ...(Object.fromEntries(
    Object.entries(frenchFormats).map(([name, check]) => [name, (value: string) => check(value).valid]),
  ) as Record<FrenchFormatName, (value: string) => boolean>),
  'data-url': (value) => /^data:[a-z0-9!#$&^_.+-]*\/?[a-z0-9!#$&^_.+-]*(;[^;,]*)*,/i.test(value),
};

/**
 * ajv's options, the same in the page and when compiling ahead (`compileValidator`): every
 * error (a form shows them all), no ajv messages (core words its own, in French and English).
 */
export const ajvOptions = {
  allErrors: true,
  strict: false,
  ownProperties: true,
  messages: false,
  logger: false as const,
  validateFormats: true,
};

/**
 * Builds an ajv instance for a dialect, with every format Guichet knows (through the
 * validation backend: see backend.ts). `checkSchemas: false` skips checking schemas against
 * the meta-schema (which compiles it): for schemas `loadProcedure` has already checked.
 */
export function createAjv(dialect: Dialect, checkSchemas = true): Ajv | Ajv2020 {
  return validationPart('ajv').createAjv(dialect, checkSchemas);
}

/** The formats of ajv-formats (its "full" mode), which ajv-backend.ts adds to every ajv. */
export const ajvFormats: readonly string[] = [
  'date', 'time', 'date-time', 'iso-time', 'iso-date-time', 'duration', 'uri', 'uri-reference', 'uri-template', 'url',
  'email', 'hostname', 'ipv4', 'ipv6', 'regex', 'uuid', 'json-pointer', 'json-pointer-uri-fragment', 'relative-json-pointer',
  'byte', 'int32', 'int64', 'float', 'double', 'password', 'binary',
];

/** The format names a schema can use and have checked (known without loading ajv). */
export function knownFormats(): Set<string> {
  return new Set([...ajvFormats, ...Object.keys(extraFormats)]);
}

const SCHEMA_KEY = 'guichet:procedure';

/** The key under which ajv knows a procedure's schema: its `$id`, else Guichet's own. */
export function schemaKey(schema: SchemaObject): string {
  return typeof schema.$id === 'string' ? schema.$id.replace(/#$/, '') : SCHEMA_KEY;
}

/** The ajv reference of the subschema at `schemaPointer` of the schema known as `base`. */
export function schemaRef(base: string, schemaPointer: string): string {
  return `${base}#${parsePointer(schemaPointer).map((t) => '/' + encodeURIComponent(escapeToken(t))).join('')}`;
}

/** Adds a procedure's schema to an ajv, under `schemaKey(schema)`. */
export function ajvWithSchema<A extends Ajv | Ajv2020>(ajv: A, schema: SchemaObject): A {
  ajv.addSchema(withoutDialect(schema), schemaKey(schema) === SCHEMA_KEY ? SCHEMA_KEY : undefined);
  return ajv;
}

/**
 * The root schema without its `$schema`: the dialect is chosen by the ajv class, and ajv
 * refuses meta-schema URIs it has not loaded (such as http://json-schema.org/schema#).
 */
export function withoutDialect(schema: SchemaObject): SchemaObject {
  const copy = copyObject(schema);
  delete copy.$schema;
  return copy;
}

/**
 * An ajv validator that builds ajv and compiles the schema only when first needed: a form
 * renders its first questions without paying for it (a few hundred milliseconds for a
 * schema of 1,000 questions). `prepare()` compiles the whole schema now, and throws what
 * ajv throws when it cannot; a condition (`test`) that cannot compile is false.
 */
export function lazyAjvValidator(schema: SchemaObject, dialect: Dialect): SchemaValidator & { prepare(): void } {
  const base = schemaKey(schema);
  let ajv: Ajv | Ajv2020 | undefined;
  // loadProcedure has checked the schema against its meta-schema: ajv need not again.
  const instance = (): Ajv | Ajv2020 => (ajv ??= ajvWithSchema(createAjv(dialect, false), schema));
  let whole: ValidateFunction | undefined;
  const compiled = (): ValidateFunction => (whole ??= instance().getSchema(base) as ValidateFunction);
  const parts = new Map<string, ValidateFunction | undefined>();
  return {
    prepare() {
      // One run, so that the engine compiles ajv's code now (when the page is idle) rather than
      // on the person's first Continue: for 200 questions, ajv writes some 150 KB of code.
      compiled()({});
    },
    validate(data) {
      const check = compiled();
      return check(data) ? [] : rawErrorsOf(check.errors);
    },
    test(schemaPointer, data) {
      let part = parts.get(schemaPointer);
      if (!parts.has(schemaPointer)) {
        try {
          part = instance().getSchema(schemaRef(base, schemaPointer));
        } catch {
          // The whole schema's compilation (prepare) reports the cause; a condition that cannot compile is false.
          part = undefined;
        }
        parts.set(schemaPointer, part);
      }
      return part ? part(data) : false;
    },
  };
}
