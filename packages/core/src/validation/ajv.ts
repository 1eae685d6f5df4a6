import ajvModule, { type Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajv2020Module, { type Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { frenchFormats, type FrenchFormatName } from '../formats/index.js';
import { copyObject } from '../json.js';
import { escapeToken, parsePointer } from '../pointer.js';
import type { Dialect, SchemaObject } from '../schema/types.js';

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

/** Formats Guichet knows besides ajv-formats': the French ones and RJSF's `data-url` for files. */
export const extraFormats: Record<string, (value: string) => boolean> = {
  ...(Object.fromEntries(
    Object.entries(frenchFormats).map(([name, check]) => [name, (value: string) => check(value).valid]),
  ) as Record<FrenchFormatName, (value: string) => boolean>),
  'data-url': (value) => /^data:[a-z0-9!#$&^_.+-]*\/?[a-z0-9!#$&^_.+-]*(;[^;,]*)*,/i.test(value),
};

/**
 * Builds an ajv instance for a dialect, with every format Guichet knows. `checkSchemas: false`
 * skips checking schemas against the meta-schema (which compiles it): for schemas
 * `loadProcedure` has already checked.
 */
export function createAjv(dialect: Dialect, checkSchemas = true): Ajv | Ajv2020 {
  const options = {
    allErrors: true,
    strict: false,
    ownProperties: true,
    logger: false as const,
    validateFormats: true,
    validateSchema: checkSchemas,
  };
  // ajv and ajv-formats are CommonJS: a default import gives `module.exports`, whose
  // `default` is the class (or plugin) in Node's ESM interop and in browser bundles alike.
  const ajv = dialect === '2020-12' ? new ajv2020Module.default(options) : new ajvModule.default(options);
  formatsModule.default(ajv);
  for (const [name, validate] of Object.entries(extraFormats)) ajv.addFormat(name, { type: 'string', validate });
  return ajv;
}

/** The format names a schema can use and have checked. */
export function knownFormats(ajv: Ajv | Ajv2020): Set<string> {
  return new Set(Object.keys(ajv.formats));
}

const SCHEMA_KEY = 'guichet:procedure';

/**
 * The root schema without its `$schema`: the dialect is chosen by the ajv class, and ajv
 * refuses meta-schema URIs it has not loaded (such as http://json-schema.org/schema#).
 */
export function withoutDialect(schema: SchemaObject): SchemaObject {
  const copy = copyObject(schema);
  delete copy.$schema;
  return copy;
}

/** Compiles a schema with ajv. Throws what ajv throws when the schema cannot compile. */
export function createAjvValidator(schema: SchemaObject, dialect: Dialect, ajv: Ajv | Ajv2020 = createAjv(dialect)): SchemaValidator {
  const validator = lazyAjvValidator(schema, dialect, () => ajv);
  validator.prepare();
  return validator;
}

/**
 * An ajv validator that builds ajv and compiles the schema only when first needed: a form
 * renders its first questions without paying for it (a few hundred milliseconds for a
 * schema of 1,000 questions). `prepare()` compiles the whole schema now, and throws what
 * ajv throws when it cannot; a condition (`test`) that cannot compile is false.
 */
export function lazyAjvValidator(
  schema: SchemaObject,
  dialect: Dialect,
  create: () => Ajv | Ajv2020 = () => createAjv(dialect, false),
): SchemaValidator & { prepare(): void } {
  const base = typeof schema.$id === 'string' ? schema.$id.replace(/#$/, '') : SCHEMA_KEY;
  let ajv: Ajv | Ajv2020 | undefined;
  const instance = (): Ajv | Ajv2020 => {
    if (!ajv) {
      const created = create();
      created.addSchema(withoutDialect(schema), base === SCHEMA_KEY ? SCHEMA_KEY : undefined);
      ajv = created;
    }
    return ajv;
  };
  let whole: ValidateFunction | undefined;
  const compiled = (): ValidateFunction => (whole ??= instance().getSchema(base) as ValidateFunction);
  const parts = new Map<string, ValidateFunction | undefined>();
  return {
    prepare() {
      compiled();
    },
    validate(data) {
      const check = compiled();
      return check(data) ? [] : (check.errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({
        instancePath,
        schemaPath,
        keyword,
        params,
      }));
    },
    test(schemaPointer, data) {
      let part = parts.get(schemaPointer);
      if (!parts.has(schemaPointer)) {
        const fragment = parsePointer(schemaPointer).map((t) => '/' + encodeURIComponent(escapeToken(t))).join('');
        try {
          part = instance().getSchema(`${base}#${fragment}`);
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
