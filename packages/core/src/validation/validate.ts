import { catalogue, type Locale, toLocale } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import { engineOf } from '../procedure/engine.js';
import { prepareProcedure } from '../procedure/load.js';
import type { Procedure } from '../procedure/model.js';
import { formatPointer, getAt, isWithin, parsePointer, setAt } from '../pointer.js';
import { dataDepth, MAX_DATA_DEPTH, minimiseData } from '../state/minimise.js';
import { labelOf, presentationKey, presentationOf } from '../state/presentation.js';
import { resolverAt, type ResolveAtPointer, type ResolvedSchema } from '../schema/resolve.js';
import type { RawError } from './ajv.js';
import { locateErrors, type LocatedError } from './errors.js';
import { fileErrors } from './files.js';
import { keywordMessage } from './messages.js';

/** A failed check on one field, with the message to show. */
export interface FieldError {
  /** JSON pointer of the field in the data. */
  pointer: string;
  /** The JSON Schema keyword that failed (`required`, `minLength`, `format`…). */
  keyword: string;
  /** What to do, in the requested language. */
  message: string;
}

/** Options of `validateData`. */
export interface ValidateOptions {
  /** `fr` (default) or `en`, or any language tag. */
  locale?: string;
  /** Only the errors inside these data pointers (the fields of a step)… */
  within?: readonly string[];
  /** …and the errors at exactly these ones (the questions that pick an alternative, shown on that step). */
  at?: readonly string[];
  /** The alternative the person picked, by data pointer: the errors of that one are shown, not "none fits". */
  choices?: Readonly<Record<string, number>>;
}

function isChoice(resolved: ResolvedSchema): boolean {
  const type = resolved.keywords.type;
  return (resolved.options !== undefined && resolved.options.length > 0) || type === 'boolean';
}

function rawErrors(procedure: Procedure, data: unknown): RawError[] {
  if (dataDepth(data) > MAX_DATA_DEPTH) {
    return [{ instancePath: '', schemaPath: '#', keyword: 'maxDepth', params: { limit: MAX_DATA_DEPTH } }];
  }
  try {
    return engineOf(procedure).validator.validate(data);
  } catch {
    // A recursive schema can still exhaust the stack on data nested just under the limit.
    return [{ instancePath: '', schemaPath: '#', keyword: 'maxDepth', params: { limit: MAX_DATA_DEPTH } }];
  }
}

/**
 * The errors of the data, moved onto the questions a person can answer: a required group
 * left empty (`/eleve` missing) is reported on its own required questions (`/eleve/nom`…),
 * found by validating a copy where the group is `{}`. Whether the data is valid is always
 * decided on the data itself; the copy only places the errors.
 */
function errorsOnQuestions(procedure: Procedure, data: unknown, choices: ValidateOptions['choices']): { errors: LocatedError[]; data: unknown } {
  const engine = engineOf(procedure);
  let errors = locateErrors(rawErrors(procedure, data), engine.scopes, choices);
  let shown = data;
  for (let pass = 0; pass < 4; pass++) {
    const at = resolverAt(engine, engine.root, shown, choices);
    const groups = errors.filter((error) => {
      if (error.keyword !== 'required' || getAt(shown, error.pointer) !== undefined) return false;
      const resolved = at(error.pointer);
      return resolved !== undefined && resolved.properties.size > 0 && resolved.required.size > 0;
    });
    if (groups.length === 0) break;
    const filled = groups.reduce((copy, group) => setAt(copy, group.pointer, {}), shown);
    const inner = locateErrors(rawErrors(procedure, filled), engine.scopes, choices);
    const replaced = groups.filter((group) => inner.some((e) => e.pointer !== group.pointer && isWithin(e.pointer, group.pointer)));
    if (replaced.length === 0) break;
    // Each group's error gives way to its questions' errors, in place, so the order stays the form's.
    errors = errors.flatMap((error) => {
      const group = replaced.find((g) => isWithin(error.pointer, g.pointer));
      if (!group) return [error];
      return error.pointer === group.pointer ? inner.filter((e) => e.pointer !== group.pointer && isWithin(e.pointer, group.pointer)) : [];
    });
    shown = filled;
  }
  return { errors, data: shown };
}

/**
 * Where a field stands in the form: the step item holding it, then the position of each of
 * its properties in the schema (array items by index). Compared token by token.
 */
function formPosition(at: ResolveAtPointer, orders: Map<ResolvedSchema, Map<string, number>>, pointer: string, within: readonly string[] | undefined): number[] {
  const item = within ? within.findIndex((p) => isWithin(pointer, p)) : 0;
  const tokens = parsePointer(pointer);
  const position = [item < 0 ? Infinity : item];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const parent = at(formatPointer(tokens.slice(0, i)));
    let order = parent ? orders.get(parent) : undefined;
    if (parent && !order) {
      order = new Map([...parent.properties.keys()].map((key, index) => [key, index]));
      orders.set(parent, order);
    }
    position.push(order?.get(token) ?? (/^[0-9]+$/.test(token) ? Number(token) : Infinity));
  }
  return position;
}

function compareFormPositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Validates answers against the procedure, after removing the answers to questions that
 * are not shown: one error per field, on the field itself, with its message (the
 * procedure's own for that field and keyword, else the catalogue's).
 * @example validateData(procedure, {}, { locale: 'en' }) // [{ pointer: '/nom', keyword: 'required', message: 'Enter “Nom”' }]
 */
export function validateData(procedure: Procedure, data: unknown, options: ValidateOptions = {}): FieldError[] {
  // A procedure loaded with `compile: 'later'` is compiled now; one that cannot be is refused (ProcedureError).
  prepareProcedure(procedure);
  const locale: Locale = toLocale(options.locale);
  const messages = catalogue(locale);
  const minimal = minimiseData(procedure, data);
  const within = options.within;
  const engine = engineOf(procedure);
  const located = errorsOnQuestions(procedure, minimal, options.choices);
  const shown = located.data;
  const files = fileErrors(procedure.document.fields, shown, (pointer) => getAt(shown, pointer));
  const errors = [...located.errors, ...files.filter((f) => !located.errors.some((e) => e.pointer === f.pointer))];
  // In the order of the questions on the page, as GOV.UK's error summary lists them (ajv
  // reports an object's missing `required` answers before its properties' other errors).
  const at = resolverAt(engine, engine.root, shown, options.choices);
  const orders = new Map<ResolvedSchema, Map<string, number>>();
  const positions = new Map(errors.map((error) => [error, formPosition(at, orders, error.pointer, within)]));
  return errors
    .filter((error) => !within || within.some((pointer) => isWithin(error.pointer, pointer)) || options.at?.includes(error.pointer) === true)
    .sort((a, b) => compareFormPositions(positions.get(a) ?? [], positions.get(b) ?? []))
    .map((error) => {
      const presentation = presentationOf(procedure, presentationKey(shown, error.pointer));
      const custom = presentation?.errorMessages?.[error.keyword];
      const resolved = at(error.pointer);
      const label = labelOf(presentation, resolved, error.pointer, locale);
      // A box the person must tick (`const: true`) says so, rather than "the only answer is true".
      const mustTick = resolved?.constant?.value === true && (error.keyword === 'const' || error.keyword === 'required');
      // A question answered by choosing (radios, a list, yes/no) asks for an answer, not for typing.
      const choice = error.keyword === 'required' && !mustTick && resolved !== undefined && isChoice(resolved);
      // Alternatives none of which is picked yet: the person has a question to answer first.
      const unpicked = (error.keyword === 'oneOf' || error.keyword === 'anyOf') && resolved?.alternatives !== undefined && resolved.alternative === undefined;
      const optionLabel = (value: unknown): string =>
        localize(presentation?.options?.[String(value)], locale) ?? (typeof value === 'string' ? value : JSON.stringify(value));
      const message =
        localize(custom, locale) ??
        (mustTick ? messages.error.mustTick({ label }) : undefined) ??
        (choice ? messages.error.requiredChoice({ label }) : undefined) ??
        (unpicked ? messages.error.requiredChoice({ label: error.pointer === '' ? messages.alternative.question() : label }) : undefined) ??
        keywordMessage(messages, error.keyword, error.params, label, getAt(shown, error.pointer), optionLabel);
      return { pointer: error.pointer, keyword: error.keyword, message };
    });
}
