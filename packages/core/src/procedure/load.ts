import type { ProcedureDocument, Step } from '../generated/procedure.js';
import { hasOwn, isObject } from '../json.js';
import { childPointer, isWithin, parentPointer, parsePointer } from '../pointer.js';
import { possibleFields } from '../schema/fields.js';
import { createRefResolver } from '../schema/refs.js';
import type { SchemaObject } from '../schema/types.js';
import type { SchemaValidator } from '../validation/ajv.js';
import { validationBackend, validatorLoaded } from '../validation/backend.js';
import { deriveDocument, defaultSteps } from './derive.js';
import { attachEngine, createEngine, engineOf, type Engine } from './engine.js';
import type { Procedure } from './model.js';
import { ProblemList } from './problems.js';
import { checkSchema, checkWithValidator } from './schema-checks.js';

/** Options of `loadProcedure`. */
export interface LoadOptions {
  /** A precompiled validator for the data schema (pages whose CSP forbids `unsafe-eval`). */
  validator?: SchemaValidator;
  /**
   * `now` (default): the data schema is compiled before `loadProcedure` returns, and a schema
   * that cannot compile is refused. `later`: on first use, so a form shows its questions first;
   * call `prepareProcedure` (after the first render) to compile it and learn of a refusal.
   */
  compile?: 'now' | 'later';
}

function validateDocument(input: unknown, problems: ProblemList): void {
  validationBackend().checkProcedureFormat(input, problems);
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

function compileOrRefuse(engine: Engine, derived: boolean, problems: ProblemList): void {
  try {
    engine.prepare();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.error(derived ? '' : '/schema', 'compile-failed', (m) => m.problem.compileFailed({ detail }));
    throw problems.refusal();
  }
}

/** What is left to check of a procedure loaded with `compile: 'later'`: always its schema's meta-schema and its compilation. */
interface Deferred {
  /** The procedure format (deferred only while the validation backend is not loaded). */
  document: boolean;
  /** The schema's patterns (idem). */
  patterns: boolean;
}
const unprepared = new WeakMap<Procedure, Deferred>();

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
  if (deferred.document) validateDocument(procedure.document, problems);
  checkWithValidator(procedure.schema, procedure.dialect, procedure.derived ? '' : '/schema', problems, deferred.patterns);
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
  // Compiling later leaves the schema's meta-schema check for prepareProcedure; and, until the
  // validation backend is loaded (@guichet/core/lite), the format's check and the patterns.
  const deferred: Deferred = { document: later && !derived && !validatorLoaded(), patterns: later && !validatorLoaded() };
  if (!derived && !deferred.document) validateDocument(parsed, problems);
  const schema = derived ? parsed : parsed.schema;
  // A procedure without `schema` is already reported by the format's check.
  const dialect = derived || schema !== undefined ? checkSchema(schema, derived ? '' : '/schema', problems, { meta: later, patterns: deferred.patterns }) : undefined;
  if (!isObject(schema)) throw problems.refusal();

  // Steps and presentation are checked even when the schema has errors: every problem at once.
  const document = derived ? deriveDocument(schema) : (parsed as unknown as ProcedureDocument);
  const fields = possibleFields(schema, createRefResolver(schema));
  const steps = Array.isArray(document.steps) ? document.steps : defaultSteps(document.title, fields);
  if (!derived) {
    checkSteps(steps, new Set(fields), problems);
    checkPresentation(document, new Set(fields), problems);
    if (!document.privacy) problems.warn('', 'privacy-missing', (m) => m.problem.privacyMissing());
  }
  if (!dialect || problems.errors.length > 0) throw problems.refusal();
  const dataSchema: SchemaObject = schema;

  const engine = createEngine({ schema: dataSchema, dialect }, options.validator);
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
  if (later) unprepared.set(procedure, deferred);
  return procedure;
}
