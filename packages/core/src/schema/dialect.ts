import type { Dialect, SchemaObject } from './types.js';
import { walkSchema } from './walk.js';

const draft07 = /^https?:\/\/json-schema\.org\/(draft-0[467]\/)?schema#?$/;
const draft2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
const only2020 = ['$defs', 'prefixItems', 'dependentSchemas', 'dependentRequired', 'unevaluatedProperties', 'unevaluatedItems', '$anchor'];

/**
 * The dialect a schema is written in: its `$schema` when it names draft-07 (draft-04 and
 * draft-06 are read as draft-07) or 2020-12; without `$schema`, 2020-12 when it uses, at
 * any depth, a keyword only 2020-12 has, else draft-07. Undefined for any other `$schema`.
 * @example detectDialect({ $defs: {} }) // '2020-12'
 */
export function detectDialect(schema: SchemaObject): Dialect | undefined {
  const uri = schema.$schema;
  if (typeof uri === 'string') {
    if (draft2020.test(uri)) return '2020-12';
    if (draft07.test(uri)) return 'draft-07';
    return undefined;
  }
  let uses2020 = false;
  walkSchema(schema, ({ node }) => {
    uses2020 ||= only2020.some((keyword) => keyword in node);
  });
  return uses2020 ? '2020-12' : 'draft-07';
}
