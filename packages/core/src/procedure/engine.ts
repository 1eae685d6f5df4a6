import { createBranchScopes, createRefResolver, type BranchScopes, type RefResolver } from '../schema/refs.js';
import type { Located, ResolveContext } from '../schema/resolve.js';
import { lazyAjvValidator, type SchemaValidator } from '../validation/ajv.js';
import type { Procedure } from './model.js';

/** What core keeps beside each loaded procedure: its references and its compiled validator. */
export interface Engine extends ResolveContext {
  resolver: RefResolver;
  validator: SchemaValidator;
  root: Located;
  /** Which branch of a `oneOf`/`anyOf` an error belongs to, through `$ref`s. */
  scopes: BranchScopes;
  /** Compiles the validator now if it is compiled on demand; throws what the compiler throws. */
  prepare(): void;
}

const engines = new WeakMap<Procedure, Engine>();

/** Builds the engine of a schema; the validator may be a precompiled one (`prepare` builds it, if it has one), the resolver the loader's. */
export function createEngine(
  procedure: Pick<Procedure, 'schema' | 'dialect'>,
  validator?: SchemaValidator & { prepare?(): void },
  resolver: RefResolver = createRefResolver(procedure.schema),
): Engine {
  // ajv compiles on demand (`prepare`).
  const checker = validator ?? lazyAjvValidator(procedure.schema, procedure.dialect);
  return {
    resolver,
    validator: checker,
    prepare: () => {
      checker.prepare?.();
    },
    scopes: createBranchScopes(procedure.schema, resolver),
    root: { node: procedure.schema, pointer: '' },
    test: (pointer, data) => checker.test(pointer, data),
  };
}

/** Remembers the engine of a procedure built by `loadProcedure`. */
export function attachEngine(procedure: Procedure, engine: Engine): void {
  engines.set(procedure, engine);
}

/**
 * The engine of a procedure. A procedure that did not come from `loadProcedure` (a copy sent
 * through `postMessage`, say) gets one built on first use.
 */
export function engineOf(procedure: Procedure): Engine {
  let engine = engines.get(procedure);
  if (!engine) {
    engine = createEngine(procedure);
    engines.set(procedure, engine);
  }
  return engine;
}
