// ajv and ajv-formats, installed when this module is evaluated (a side effect: `@guichet/core`
// imports it at once, `@guichet/core/lite` when a procedure needs it). Data checks come with it.
import './checks-part.js';
import ajvModule from 'ajv';
import ajv2020Module from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import type { Ajv, ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { procedureSchema } from '../generated/procedure-schema.js';
import { addSchemaErrors } from '../procedure/schema-errors.js';
import type { Dialect } from '../schema/types.js';
import { ajvOptions, extraFormats, withoutDialect } from './ajv.js';
import { installValidationPart, type AjvBackend } from './backend.js';

let procedureFormat: ValidateFunction | undefined;
/** One ajv per dialect checks schemas against their meta-schema, compiled once per page or process. */
const metaCheckers = new Map<Dialect, Ajv | Ajv2020>();

export const ajvBackend: AjvBackend = {
  createAjv(dialect, checkSchemas) {
    const options = { ...ajvOptions, validateSchema: checkSchemas };
    // ajv and ajv-formats are CommonJS: a default import gives `module.exports`, whose
    // `default` is the class (or plugin) in Node's ESM interop and in browser bundles alike.
    const ajv = dialect === '2020-12' ? new ajv2020Module.default(options) : new ajvModule.default(options);
    formatsModule.default(ajv);
    for (const [name, validate] of Object.entries(extraFormats)) ajv.addFormat(name, { type: 'string', validate });
    return ajv;
  },
  checkProcedureFormat(input, problems) {
    procedureFormat ??= ajvBackend.createAjv('2020-12', true).compile(procedureSchema);
    if (!procedureFormat(input)) addSchemaErrors(problems, procedureFormat.errors ?? [], '', 'invalid-value');
  },
  checkMetaSchema(schema, dialect, base, problems) {
    let ajv = metaCheckers.get(dialect);
    if (!ajv) {
      ajv = ajvBackend.createAjv(dialect, true);
      metaCheckers.set(dialect, ajv);
    }
    if (!ajv.validateSchema(withoutDialect(schema))) addSchemaErrors(problems, ajv.errors ?? [], base, 'invalid-schema');
  },
};

installValidationPart('ajv', ajvBackend);
