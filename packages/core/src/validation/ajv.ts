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

/** Builds an ajv instance for a dialect, with every format Guichet knows. */
export function createAjv(dialect: Dialect): Ajv | Ajv2020 {
  const options = {
    allErrors: true,
    strict: false,
    ownProperties: true,
    logger: false as const,
    validateFormats: true,
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
  const base = typeof schema.$id === 'string' ? schema.$id.replace(/#$/, '') : SCHEMA_KEY;
  ajv.addSchema(withoutDialect(schema), base === SCHEMA_KEY ? SCHEMA_KEY : undefined);
  const whole = ajv.getSchema(base) as ValidateFunction;
  const parts = new Map<string, ValidateFunction | undefined>();
  return {
    validate(data) {
      return whole(data) ? [] : (whole.errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({
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
        part = ajv.getSchema(`${base}#${fragment}`);
        parts.set(schemaPointer, part);
      }
      return part ? part(data) : false;
    },
  };
}
