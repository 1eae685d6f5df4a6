import { fullFormats } from 'ajv-formats/dist/formats.js';
import { jsonEqual } from '../json.js';
import { extraFormats } from './ajv.js';
import { FORMATS_MODULE } from './precompiled.js';

/** Every format a precompiled validator may use: ajv-formats' (full mode) and Guichet's own. */
const formats: Record<string, unknown> = { ...fullFormats, ...Object.fromEntries(Object.entries(extraFormats).map(([name, validate]) => [name, { type: 'string', validate }])) };

/**
 * What the code of a precompiled validator imports, by the module id ajv's standalone code
 * names: ajv's runtime helpers, in their JSON meaning (a string's length in code points, deep
 * equality of JSON values), and the formats.
 * Throws on any other id: a validator compiled by another tool is refused, not half run.
 */
export function precompiledRuntime(id: string): unknown {
  switch (id) {
    case 'ajv/dist/runtime/ucs2length':
      return { default: (text: string) => Array.from(text).length };
    case 'ajv/dist/runtime/equal':
      return { default: jsonEqual };
    case FORMATS_MODULE:
      return formats;
    default:
      throw new Error(`Guichet: a precompiled validator asks for "${id}", which Guichet does not provide: compile it again with guichet-compile.`);
  }
}
