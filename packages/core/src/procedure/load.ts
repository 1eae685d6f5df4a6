import type { ProcedureDocument, Step } from '../generated/procedure.js';
import { hasOwn, isObject } from '../json.js';
import { childPointer, isWithin, parentPointer, parsePointer } from '../pointer.js';
import { checkPrivacy } from '../privacy/check.js';
import { possibleFields } from '../schema/fields.js';
import { createRefResolver } from '../schema/refs.js';
import type { Dialect, SchemaObject } from '../schema/types.js';
import type { SchemaValidator } from '../validation/ajv.js';
import { partLoaded, validationPart, type ValidationParts } from '../validation/backend.js';
import { fingerprint, isPrecompiledValidator, precompiledSchemaValidator, type PrecompiledValidator } from '../validation/precompiled.js';
import { deriveDocument, defaultSteps } from './derive.js';
import { attachEngine, createEngine, engineOf, type Engine } from './engine.js';
import type { Procedure } from './model.js';
import { ProblemList } from './problems.js';
import { checkSchema, checkWithValidator, type SchemaCheck } from './schema-checks.js';

/** Options of `loadProcedure`. */
export interface LoadOptions {
  /**
   * A validator compiled ahead: one `guichet-compile` wrote from this very document (pages whose
   * CSP forbids `unsafe-eval`; the checks that need ajv were made when it was compiled), or any
   * `SchemaValidator`. One compiled from another version of the document is not used: the
   * procedure loads with the warning `validator-mismatch` and is compiled in the page.
   */
  validator?: SchemaValidator | PrecompiledValidator;
  /**
   * `now` (default): the data schema is compiled before `loadProcedure` returns, and a schema
   * that cannot compile is refused. `later`: on first use, so a form shows its questions first;
   * call `prepareProcedure` (after the first render) to compile it and learn of a refusal.
   */
  compile?: 'now' | 'later';
}

function validateDocument(input: unknown, problems: ProblemList): void {
  validationPart('ajv').checkProcedureFormat(input, problems);
}

const procedureKeys = ['schema', 'organisation', 'steps', 'fields', 'privacy', 'submission'];
const schemaKeys = ['properties', 'type', '$ref', 'allOf', 'anyOf', 'oneOf', 'items', '$defs', 'definitions'];

/**
 * True when the input is a procedure document rather than a bare JSON Schema: it has one of
 * the procedure's own properties and none of the structure of a schema. So a procedure that
 * forgets its `schema` is told so, instead of being read as a schema.
 */
function isProcedureDocument(input: Record<string, unknown>): boolean {
  return procedureKeys.some((key) => hasOwn(input, key)) && !schemaKeys.some((key) => hasOwn(input, key));
}

function checkSteps(steps: readonly Step[], fields: ReadonlySet<string>, problems: ProblemList): void {
  const ids = new Set<string>();
  const placed = new Map<string, string>();
  steps.forEach((step, s) => {
    // The procedure format's own check reports malformed steps; skip them here.
    if (!isObject(step) || !Array.isArray(step.items)) return;
    if (ids.has(step.id)) {
      problems.error(childPointer('/steps', s, 'id'), 'step-id-repeated', (m) => m.problem.stepIdRepeated({ id: step.id }));
    }
    ids.add(step.id);
    step.items.forEach((item, i) => {
      if (typeof item !== 'string') return;
      const at = childPointer('/steps', s, 'items', i);
      if (parsePointer(item).includes('*')) {
        problems.error(at, 'step-field-in-list', (m) => m.problem.stepFieldInList({ pointer: item }));
      } else if (!fields.has(item)) problems.error(at, 'step-field-unknown', (m) => m.problem.stepFieldUnknown({ pointer: item }));
      else if ([...placed.keys()].some((p) => isWithin(item, p) || isWithin(p, item))) {
        problems.error(at, 'step-field-repeated', (m) => m.problem.stepFieldRepeated({ pointer: item }));
      }
      placed.set(item, at);
    });
  });
  const items = [...placed.keys()];
  const split = (field: string): boolean => items.some((p) => p !== field && isWithin(p, field));
  const covered = (field: string): boolean => items.some((p) => isWithin(field, p));
  for (const field of fields) {
    if (parsePointer(field).includes('*') || covered(field) || split(field)) continue;
    // Reported where it goes missing: at the top, or beside a sibling placed on its own.
    const parent = parentPointer(field);
    if (parent === '' || (split(parent) && !covered(parent))) {
      problems.error('/steps', 'field-in-no-step', (m) => m.problem.fieldInNoStep({ pointer: field }));
    }
  }
}

function checkPresentation(document: ProcedureDocument, fields: ReadonlySet<string>, problems: ProblemList): void {
  for (const key of Object.keys(isObject(document.fields) ? document.fields : {})) {
    if (!fields.has(key)) {
      problems.error(childPointer('/fields', key), 'presentation-unknown', (m) => m.problem.presentationUnknown({ pointer: key }));
    }
  }
}

function parseInput(input: unknown, problems: ProblemList): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.error('', 'not-json', (m) => m.problem.notJson({ detail }));
    return undefined;
  }
}

/**
 * Runs what compiles code (ajv: the procedure format, the meta-schema, the schema). What it
 * throws is a `compile-failed` problem; a page whose CSP forbids `eval` gets `compile-forbidden`.
 */
function compiling(at: string, problems: ProblemList, run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof EvalError) problems.error(at, 'compile-forbidden', (m) => m.problem.compileForbidden());
    else {
      const detail = error instanceof Error ? error.message : String(error);
      problems.error(at, 'compile-failed', (m) => m.problem.compileFailed({ detail }));
    }
    throw problems.refusal();
  }
}

function compileOrRefuse(engine: Engine, derived: boolean, problems: ProblemList): void {
  compiling(derived ? '' : '/schema', problems, () => {
    engine.prepare();
  });
}

/** What is left to check of a procedure loaded with `compile: 'later'`, besides compiling it. */
interface Deferred {
  /** The procedure format (deferred only while ajv is not loaded). */
  document: boolean;
  /** The schema's meta-schema. */
  meta: boolean;
  /** The schema's patterns (deferred only while redos-detector is not loaded, and only when it has some). */
  patterns: boolean;
}
const unprepared = new WeakMap<Procedure, Deferred>();
/** The procedures whose validator was compiled ahead: they need neither ajv nor redos-detector. */
const compiledAhead = new WeakSet<Procedure>();

/**
 * The parts of the validation backend a procedure still needs: the data checks always; ajv
 * unless its validator was compiled ahead; redos-detector while its patterns are unchecked.
 */
export function validatorNeeds(procedure: Procedure): Array<keyof ValidationParts> {
  const deferred = unprepared.get(procedure);
  const needs: Array<keyof ValidationParts> = ['checks'];
  if (!compiledAhead.has(procedure) || deferred?.document === true || deferred?.meta === true) needs.push('ajv');
  if (deferred?.patterns === true) needs.push('patterns');
  return needs;
}

/**
 * Whether the parts of the validator a procedure needs are loaded (always with `@guichet/core`);
 * without a procedure, whether every part is.
 */
export function validatorLoaded(procedure?: Procedure): boolean {
  const needs: Array<keyof ValidationParts> = procedure ? validatorNeeds(procedure) : ['checks', 'ajv', 'patterns'];
  return needs.every(partLoaded);
}

/**
 * Finishes what `loadProcedure(…, { compile: 'later' })` left: checks the data schema against
 * its meta-schema and compiles it (nothing to do otherwise, or the second time). Throws the
 * `ProcedureError` `loadProcedure` would have thrown (`invalid-schema`, `compile-failed`).
 * @example prepareProcedure(loadProcedure(schema, { compile: 'later' }))
 */
export function prepareProcedure(procedure: Procedure): void {
  const deferred = unprepared.get(procedure);
  if (!deferred) return;
  const problems = new ProblemList();
  const base = procedure.derived ? '' : '/schema';
  compiling(base, problems, () => {
    if (deferred.document) validateDocument(procedure.document, problems);
    checkWithValidator(procedure.schema, procedure.dialect, base, problems, deferred);
  });
  if (problems.errors.length > 0) throw problems.refusal();
  compileOrRefuse(engineOf(procedure), procedure.derived, problems);
  unprepared.delete(procedure);
}

/**
 * Checks and loads a procedure definition, or a bare JSON Schema (draft-07 or 2020-12) for
 * which a one-step procedure is derived. The input may be the parsed JSON or its text.
 * Throws a `ProcedureError` listing every problem at once, each with its JSON pointer and
 * a message in French and English.
 * @example
 * const procedure = loadProcedure({ type: 'object', properties: { nom: { type: 'string', title: 'Nom' } } });
 * procedure.steps[0].items // ['/nom']
 */
export function loadProcedure(input: unknown, options: LoadOptions = {}): Procedure {
  const problems = new ProblemList();
  const parsed = parseInput(input, problems);
  if (parsed !== undefined && !isObject(parsed)) problems.error('', 'not-object', (m) => m.problem.notObject());
  if (!isObject(parsed)) throw problems.refusal();

  const derived = !isProcedureDocument(parsed);
  const later = options.compile === 'later';
  const precompiled = isPrecompiledValidator(options.validator) ? options.validator : undefined;
  // A validator compiled from this very document: what needs ajv and redos-detector was checked then.
  const ahead = precompiled !== undefined && precompiled.fingerprint === fingerprint(parsed);
  if (precompiled && !ahead) problems.warn('', 'validator-mismatch', (m) => m.problem.validatorMismatch());
  // Compiling later leaves the schema's meta-schema check for prepareProcedure; and, until they
  // are loaded (@guichet/core/lite), the format's check (ajv) and the patterns (redos-detector).
  const deferred: Deferred = {
    document: !ahead && later && !derived && !partLoaded('ajv'),
    meta: !ahead && later,
    patterns: !ahead && later && !partLoaded('patterns'),
  };
  const schema = derived ? parsed : parsed.schema;
  // A procedure without `schema` is already reported by the format's check.
  const checks = { meta: ahead || deferred.meta, patterns: ahead || deferred.patterns };
  let checked: SchemaCheck | undefined;
  compiling(derived ? '' : '/schema', problems, () => {
    if (!derived && !ahead && !deferred.document) validateDocument(parsed, problems);
    checked = derived || schema !== undefined ? checkSchema(schema, derived ? '' : '/schema', problems, checks) : undefined;
  });
  const dialect: Dialect | undefined = checked?.dialect;
  if (!isObject(schema)) throw problems.refusal();
  deferred.patterns &&= checked?.hasPatterns === true;

  // Steps and presentation are checked even when the schema has errors: every problem at once.
  const document = derived ? deriveDocument(schema) : (parsed as unknown as ProcedureDocument);
  const resolver = checked?.resolver ?? createRefResolver(schema);
  const fields = possibleFields(schema, resolver);
  const steps = Array.isArray(document.steps) ? document.steps : defaultSteps(document.title, fields);
  if (!derived) {
    checkSteps(steps, new Set(fields), problems);
    checkPresentation(document, new Set(fields), problems);
    checkPrivacy(document, problems);
  }
  if (!dialect || problems.errors.length > 0) throw problems.refusal();
  const dataSchema: SchemaObject = schema;

  const validator = ahead ? precompiledSchemaValidator(precompiled) : precompiled ? undefined : (options.validator as SchemaValidator | undefined);
  const engine = createEngine({ schema: dataSchema, dialect }, validator, resolver);
  if (!later) compileOrRefuse(engine, derived, problems);
  const procedure: Procedure = Object.freeze({
    document,
    schema: dataSchema,
    dialect,
    derived,
    steps,
    warnings: problems.warnings,
  });
  attachEngine(procedure, engine);
  if (ahead) compiledAhead.add(procedure);
  if (later) unprepared.set(procedure, deferred);
  return procedure;
}
