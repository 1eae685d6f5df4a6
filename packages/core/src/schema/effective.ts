import { engineOf } from '../procedure/engine.js';
import type { Procedure } from '../procedure/model.js';
import { resolveAt, type ResolvedSchema } from './resolve.js';

/**
 * The schema of the field at a data pointer as the current data makes it: conditions
 * applied (`if/then/else`, `dependentSchemas`, `dependencies`, `allOf`, `oneOf`/`anyOf` with
 * `const` discriminants). Undefined when no field is there for this data.
 * @example effectiveSchema(procedure, { aUnChien: true }).properties.has('nomDuChien') // true
 */
export function effectiveSchema(procedure: Procedure, data: unknown, pointer = ''): ResolvedSchema | undefined {
  const engine = engineOf(procedure);
  return resolveAt(engine, engine.root, data, pointer);
}
