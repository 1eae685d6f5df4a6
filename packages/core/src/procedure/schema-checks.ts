import { hasOwn, isObject } from '../json.js';
import { childPointer, getAt } from '../pointer.js';
import { detectDialect } from '../schema/dialect.js';
import { createRefResolver, findRefCycles, type RefResolver } from '../schema/refs.js';
import type { Dialect, SchemaObject } from '../schema/types.js';
import { MAX_SCHEMA_DEPTH, MAX_SCHEMA_NODES, walkSchema } from '../schema/walk.js';
import { knownFormats } from '../validation/ajv.js';
import { validationPart } from '../validation/backend.js';
import { ProblemList } from './problems.js';

type PatternVerdict = 'safe' | 'invalid' | 'unsafe';
const patternVerdicts = new Map<string, PatternVerdict>();

/**
 * Whether a `pattern` is a valid regular expression (with the `u` flag, as ajv compiles
 * it) that redos-detector proves safe from catastrophic backtracking. A pattern it proves
 * unsafe, and one it cannot prove safe within its budget (`^(a|a)*$` is never settled), is
 * refused: no procedure may freeze a citizen's browser. Patterns people write for French data
 * (`^[0-9]{5}$`, `^\d{2}/\d{2}/\d{4}$`) are proven safe in milliseconds.
 */
export function checkPattern(pattern: string): PatternVerdict {
  let verdict = patternVerdicts.get(pattern);
  if (verdict) return verdict;
  try {
    new RegExp(pattern, 'u');
    verdict = validationPart('patterns').isSafePattern(pattern) ? 'safe' : 'unsafe';
  } catch {
    verdict = 'invalid';
  }
  patternVerdicts.set(pattern, verdict);
  return verdict;
}

/** Refuses the `pattern`s and `patternProperties` names of a subschema that are invalid or not proven safe. */
function checkPatterns(node: SchemaObject, pointer: string, problems: ProblemList): void {
  const patterns: Array<[string, string]> = [];
  if (typeof node.pattern === 'string') patterns.push([node.pattern, childPointer(pointer, 'pattern')]);
  if (isObject(node.patternProperties)) {
    for (const key of Object.keys(node.patternProperties)) patterns.push([key, childPointer(pointer, 'patternProperties', key)]);
  }
  for (const [pattern, at] of patterns) {
    const verdict = checkPattern(pattern);
    if (verdict === 'invalid') problems.error(at, 'pattern-invalid', (m) => m.problem.patternInvalid({ pattern }));
    if (verdict === 'unsafe') problems.error(at, 'pattern-unsafe', (m) => m.problem.patternUnsafe({ pattern }));
  }
}

function checkNode(node: SchemaObject, pointer: string, dialect: Dialect, formats: Set<string>, problems: ProblemList, patterns: boolean): void {
  for (const keyword of ['$dynamicRef', '$recursiveRef'] as const) {
    if (keyword in node) {
      const advice = keyword === '$dynamicRef' ? 'dynamicRef' : 'recursiveRef';
      problems.error(childPointer(pointer, keyword), 'unsupported-keyword', (m) =>
        m.problem.unsupportedKeyword({ keyword, advice: m.unsupported[advice] }),
      );
    }
  }
  for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum']) {
    if (typeof node[keyword] === 'boolean') {
      problems.error(childPointer(pointer, keyword), 'unsupported-keyword', (m) =>
        m.problem.unsupportedKeyword({ keyword, advice: m.unsupported.booleanExclusive }),
      );
    }
  }
  if (dialect === '2020-12' && Array.isArray(node.items)) {
    problems.error(childPointer(pointer, 'items'), 'unsupported-keyword', (m) =>
      m.problem.unsupportedKeyword({ keyword: 'items', advice: m.unsupported.tupleItems2020 }),
    );
  }
  // ajv skips these entries without a word, so the server would never check what they say.
  for (const keyword of ['properties', 'patternProperties', 'dependencies', 'dependentSchemas', 'dependentRequired']) {
    const map = node[keyword];
    if (isObject(map) && hasOwn(map, '__proto__')) {
      problems.error(childPointer(pointer, keyword, '__proto__'), 'reserved-name', (m) => m.problem.reservedName({ name: '__proto__' }));
    }
  }
  if (patterns) checkPatterns(node, pointer, problems);
  const format = node.format;
  if (typeof format === 'string' && !formats.has(format)) {
    problems.warn(childPointer(pointer, 'format'), 'unknown-format', (m) => m.problem.unknownFormat({ format }));
  }
}

/** Checks a schema against its dialect's meta-schema. */
function checkMeta(schema: SchemaObject, dialect: Dialect, base: string, problems: ProblemList): void {
  validationPart('ajv').checkMetaSchema(schema, dialect, base, problems);
}

/**
 * The checks that need the validation backend, which `checkSchema` can leave for later: the
 * meta-schema (ajv), and the patterns (redos-detector). Adds problems under `base`.
 */
export function checkWithValidator(schema: SchemaObject, dialect: Dialect, base: string, problems: ProblemList, later: { meta: boolean; patterns: boolean }): void {
  if (later.meta) checkMeta(schema, dialect, base, problems);
  if (!later.patterns) return;
  walkSchema(schema, ({ node, pointer }) => {
    checkPatterns(node, base + pointer, problems);
  });
}

/** What `checkSchema` found: the dialect when the schema can be compiled, whether it has patterns, its references. */
export interface SchemaCheck {
  dialect: Dialect | undefined;
  hasPatterns: boolean;
  /** The schema's reference resolver, for the loader to use again (absent when the schema is not an object). */
  resolver?: RefResolver;
}

/**
 * Checks a data schema and adds its problems under `base` (its pointer in the input), in one
 * walk of it. `later` leaves checks that need the validation backend to `checkWithValidator`:
 * the meta-schema (compiling it costs most of a page's first load) and, when `later.patterns`,
 * the patterns.
 */
export function checkSchema(
  schema: unknown,
  base: string,
  problems: ProblemList,
  later: { meta: boolean; patterns: boolean } = { meta: false, patterns: false },
): SchemaCheck {
  const refused = { dialect: undefined, hasPatterns: false };
  if (!isObject(schema)) {
    problems.error(base, 'schema-not-object', (m) => m.problem.schemaNotObject());
    return refused;
  }
  const dialect = detectDialect(schema);
  if (!dialect) {
    const uri = String(schema.$schema);
    problems.error(childPointer(base, '$schema'), 'unsupported-dialect', (m) => m.problem.unsupportedDialect({ uri }));
    return refused;
  }
  const before = problems.errors.length;
  const formats = knownFormats();
  const resolver = createRefResolver(schema);
  // Found in the same walk that checks the limits, and reported only within them.
  const found = new ProblemList();
  let hasPatterns = false;
  let hasRefs = false;
  const limit = walkSchema(schema, ({ node, pointer }) => {
    checkNode(node, base + pointer, dialect, formats, found, !later.patterns);
    hasPatterns ||= typeof node.pattern === 'string' || isObject(node.patternProperties);
    if (typeof node.$ref !== 'string') return;
    hasRefs = true;
    const ref = node.$ref;
    const target = resolver.resolve(ref);
    const at = base + childPointer(pointer, '$ref');
    if (target.kind === 'external') found.error(at, 'ref-external', (m) => m.problem.refExternal({ ref }));
    if (target.kind === 'missing') found.error(at, 'ref-missing', (m) => m.problem.refMissing({ ref }));
  });
  if (limit) {
    const at = base + limit.pointer;
    if (limit.limit === 'depth') problems.error(at, 'too-deep', (m) => m.problem.tooDeep({ limit: MAX_SCHEMA_DEPTH }));
    else problems.error(at, 'too-large', (m) => m.problem.tooLarge({ limit: MAX_SCHEMA_NODES }));
    return refused;
  }
  if (!later.meta) checkMeta(schema, dialect, base, problems);
  problems.items.push(...found.items);
  // Without a `$ref`, no cycle.
  for (const at of hasRefs ? findRefCycles(schema, resolver) : []) {
    const ref = String(getAt(schema, at));
    problems.error(base + at, 'ref-cycle', (m) => m.problem.refCycle({ ref }));
  }
  const root = schema.type;
  if (root !== undefined && root !== 'object' && !(Array.isArray(root) && root.includes('object'))) {
    problems.error(childPointer(base, 'type'), 'schema-not-object', (m) => m.problem.schemaNotObject());
  }
  return { dialect: problems.errors.length === before ? dialect : undefined, hasPatterns, resolver };
}
