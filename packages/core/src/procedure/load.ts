import type { ValidateFunction } from 'ajv';
import type { ProcedureDocument, Step } from '../generated/procedure.js';
import { procedureSchema } from '../generated/procedure-schema.js';
import { hasOwn, isObject } from '../json.js';
import { childPointer, isWithin } from '../pointer.js';
import { possibleFields } from '../schema/fields.js';
import { createRefResolver } from '../schema/refs.js';
import type { SchemaObject } from '../schema/types.js';
import { createAjv, type SchemaValidator } from '../validation/ajv.js';
import { deriveDocument, defaultSteps } from './derive.js';
import { attachEngine, createEngine } from './engine.js';
import type { Procedure } from './model.js';
import { ProcedureError } from './problem.js';
import { ProblemList } from './problems.js';
import { checkSchema } from './schema-checks.js';

/** Options of `loadProcedure`. */
export interface LoadOptions {
  /** A precompiled validator for the data schema (pages whose CSP forbids `unsafe-eval`). */
  validator?: SchemaValidator;
}

let checkDocument: ValidateFunction | undefined;

function validateDocument(input: unknown, problems: ProblemList): void {
  checkDocument ??= createAjv('2020-12').compile(procedureSchema);
  if (!checkDocument(input)) problems.addSchemaErrors(checkDocument.errors ?? [], '', 'invalid-value');
}

/** True when the input looks like a procedure document rather than a bare JSON Schema. */
function isProcedureDocument(input: Record<string, unknown>): boolean {
  return hasOwn(input, 'schema') && !hasOwn(input, 'properties') && !hasOwn(input, 'type') && !hasOwn(input, '$ref');
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
      if (!fields.has(item)) problems.error(at, 'step-field-unknown', (m) => m.problem.stepFieldUnknown({ pointer: item }));
      else if ([...placed.keys()].some((p) => isWithin(item, p) || isWithin(p, item))) {
        problems.error(at, 'step-field-repeated', (m) => m.problem.stepFieldRepeated({ pointer: item }));
      }
      placed.set(item, at);
    });
  });
  for (const field of fields) {
    if (field.split('/').length !== 2) continue;
    if (![...placed.keys()].some((p) => isWithin(p, field))) {
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
  if (!isObject(parsed)) throw new ProcedureError(problems.errors);

  const derived = !isProcedureDocument(parsed);
  if (!derived) validateDocument(parsed, problems);
  const schema = derived ? parsed : parsed.schema;
  const dialect = checkSchema(schema, derived ? '' : '/schema', problems);
  if (!dialect) throw new ProcedureError(problems.errors);

  const dataSchema = schema as SchemaObject;
  const document = derived ? deriveDocument(dataSchema) : (parsed as unknown as ProcedureDocument);
  const fields = possibleFields(dataSchema, createRefResolver(dataSchema));
  const steps = Array.isArray(document.steps) ? document.steps : defaultSteps(document.title, fields);
  if (!derived) {
    checkSteps(steps, new Set(fields), problems);
    checkPresentation(document, new Set(fields), problems);
    if (!document.privacy) problems.warn('', 'privacy-missing', (m) => m.problem.privacyMissing());
  }
  if (problems.errors.length > 0) throw new ProcedureError(problems.errors);

  let engine;
  try {
    engine = createEngine({ schema: dataSchema, dialect }, options.validator);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.error(derived ? '' : '/schema', 'compile-failed', (m) => m.problem.compileFailed({ detail }));
    throw new ProcedureError(problems.errors);
  }
  const procedure: Procedure = Object.freeze({
    document,
    schema: dataSchema,
    dialect,
    derived,
    steps,
    warnings: problems.items.filter((p) => p.severity === 'warning'),
  });
  attachEngine(procedure, engine);
  return procedure;
}
