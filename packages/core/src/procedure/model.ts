import type { ProcedureDocument, Step } from '../generated/procedure.js';
import type { Dialect, SchemaObject } from '../schema/types.js';
import type { Problem } from './problem.js';

/** A procedure accepted by `loadProcedure`: checked, normalised, ready for the form. */
export interface Procedure {
  /** The definition (derived from the schema when a bare JSON Schema was given). */
  readonly document: ProcedureDocument;
  /** The data schema. */
  readonly schema: SchemaObject;
  /** The JSON Schema version the data schema is read with. */
  readonly dialect: Dialect;
  /** True when the input was a bare JSON Schema and the rest was derived. */
  readonly derived: boolean;
  /** The steps, in order (one step holding every question when the definition has none). */
  readonly steps: readonly Step[];
  /** What does not stop the procedure but should be fixed (unknown formats, missing privacy mentions…). */
  readonly warnings: readonly Problem[];
}
