// The validation backend: ajv, ajv-formats and redos-detector, installed when this module is
// evaluated (a side effect: `@guichet/core` imports it at once, `@guichet/core/lite` on demand).
import ajvModule from 'ajv';
import ajv2020Module from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { isSafePattern } from 'redos-detector';
import type { ValidateFunction } from 'ajv';
import { procedureSchema } from '../generated/procedure-schema.js';
import { extraFormats } from './ajv.js';
import { installValidationBackend, type ValidationBackend } from './backend.js';

let procedureFormat: ValidateFunction | undefined;

export const ajvBackend: ValidationBackend = {
  createAjv(dialect, checkSchemas) {
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
  },
  isSafePattern(pattern) {
    // The library's step budget decides; the timeout only bounds the wait on patterns whose
    // analysis does not count steps (`(a|a)*`), which are refused either way.
    return isSafePattern(pattern, { unicode: true, timeout: 1000 }).safe;
  },
  procedureFormatErrors(input) {
    procedureFormat ??= ajvBackend.createAjv('2020-12', true).compile(procedureSchema);
    return procedureFormat(input) ? [] : (procedureFormat.errors ?? []);
  },
};

installValidationBackend(ajvBackend);
