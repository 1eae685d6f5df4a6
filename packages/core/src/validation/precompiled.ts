import { isObject } from '../json.js';
import { rawErrorsOf, type RawError, type SchemaValidator } from './ajv.js';
import { validationPart } from './backend.js';

/** The module id under which a precompiled validator's code finds the formats. */
export const FORMATS_MODULE = 'guichet:formats';

/** The version of the precompiled validators' contract; `guichet-compile` writes it. */
export const PRECOMPILED_FORMAT = 'guichet-validator/1';

/** One compiled check, as ajv's standalone code defines it. */
export type CompiledCheck = ((data: unknown) => boolean) & { errors?: RawError[] | null };

/**
 * A validator compiled when the procedure was published (`guichet-compile`, or
 * `compileValidator` of `@guichet/core`): plain code, without `eval` or `new Function`, for
 * pages whose Content-Security-Policy forbids `unsafe-eval`. The checks that need ajv and
 * redos-detector (the procedure format, the meta-schema, the patterns' safety) were made when
 * it was compiled, so the page loads neither.
 */
export interface PrecompiledValidator {
  format: typeof PRECOMPILED_FORMAT;
  /** `fingerprint()` of the procedure (or bare schema) it was compiled from. */
  fingerprint: string;
  /** Builds the checks with the runtime Guichet provides (ajv's helpers, the formats), by schema pointer. */
  create(require: (id: string) => unknown): { whole: CompiledCheck; parts: Record<string, CompiledCheck> };
}

/** Whether a value (a module's default export, say) is a precompiled validator. */
export function isPrecompiledValidator(value: unknown): value is PrecompiledValidator {
  return isObject(value) && value.format === PRECOMPILED_FORMAT && typeof value.fingerprint === 'string' && typeof value.create === 'function';
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A fingerprint of a procedure document (or bare schema), the same whatever the order of its
 * keys: a precompiled validator is used only for the document it was compiled from. It detects
 * a document changed without compiling again; it is not a cryptographic hash.
 */
export function fingerprint(document: unknown): string {
  const text = canonicalJson(document);
  // cyrb53 (public domain): two 32-bit multiplicative hashes, 53 bits together.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The `SchemaValidator` of a precompiled validator. Its checks are built on first use, with the
 * runtime of the data checks (loaded by `loadValidator`). A condition it has no check for
 * (ajv could not compile it) is false, as in the page.
 */
export function precompiledSchemaValidator(precompiled: PrecompiledValidator): SchemaValidator & { prepare(): void } {
  let built: ReturnType<PrecompiledValidator['create']> | undefined;
  const checks = (): NonNullable<typeof built> => (built ??= precompiled.create((id) => validationPart('checks').runtime(id)));
  return {
    prepare() {
      // One run, so that the engine compiles the code now rather than on the first Continue.
      checks().whole({});
    },
    validate(data) {
      const whole = checks().whole;
      return whole(data) ? [] : rawErrorsOf(whole.errors);
    },
    test(schemaPointer, data) {
      const parts = checks().parts;
      return Object.prototype.hasOwnProperty.call(parts, schemaPointer) ? (parts[schemaPointer] as CompiledCheck)(data) : false;
    },
  };
}
