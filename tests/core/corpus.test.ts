// Runs core over the external conformance corpus (../shared/corpus/external/*.json: RJSF and
// JSON Forms samples, data·inclusion schemas), which nobody on this project wrote. Each schema
// either loads or is refused with explained problems; a loaded one renders every step with a
// label and an id on every field, and validates, without throwing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import {
  createFormState,
  currentStep,
  getAt,
  goToStep,
  loadProcedure,
  ProcedureError,
  validateAll,
  type Procedure,
  type StepView,
} from '../../packages/core/src/index.js';
import { allFields, assertExplained } from './support.js';

interface CorpusFile {
  name: string;
  source: string;
  license: string;
  schema: unknown;
  uiSchema?: unknown;
  formData?: unknown;
}

const folder = fileURLToPath(new URL('../../../shared/corpus/external/', import.meta.url));
const present = existsSync(folder);
const names = present ? readdirSync(folder).filter((name) => name.endsWith('.json')).sort() : [];

function read(name: string): CorpusFile {
  return JSON.parse(readFileSync(`${folder}${name}`, 'utf8')) as CorpusFile;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every step of a procedure as the form shows it for some data (one page when it has no step). */
function everyStep(procedure: Procedure, data: unknown): StepView[] {
  const state = createFormState(procedure, { data });
  if (procedure.steps.length === 0) return [currentStep(state)];
  return procedure.steps.map((_, i) => currentStep(goToStep(state, i)));
}

/** A local `$ref` target, read here without core's resolver. */
function target(root: unknown, ref: string): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node = root;
  for (const token of decodeURIComponent(ref.slice(2)).split('/')) {
    const name = token.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) && Object.prototype.hasOwnProperty.call(node, name) ? node[name] : undefined;
  }
  return node;
}

/**
 * The title the raw schema gives the field at a data pointer, following `properties`, `items`
 * and local `$ref`s only (a title beside a `$ref` wins, as in RJSF). Undefined when the field
 * comes from elsewhere (allOf, then, a branch) or has no title.
 */
function rawTitle(root: unknown, pointer: string): string | undefined {
  let node = root;
  const titleOf = (value: unknown): string | undefined => {
    for (let hops = 0; isObject(value) && hops < 16; hops++) {
      if (typeof value.title === 'string' && value.title.trim() !== '') return value.title;
      if (typeof value.$ref !== 'string') return undefined;
      value = target(root, value.$ref);
    }
    return undefined;
  };
  const deref = (value: unknown): unknown => {
    for (let hops = 0; isObject(value) && typeof value.$ref === 'string' && hops < 16; hops++) value = target(root, value.$ref);
    return value;
  };
  for (const token of pointer.split('/').slice(1)) {
    const here = deref(node);
    if (!isObject(here)) return undefined;
    if (/^(0|[1-9][0-9]*)$/.test(token) && isObject(here.items)) node = here.items;
    else if (isObject(here.properties) && Object.prototype.hasOwnProperty.call(here.properties, token)) node = here.properties[token];
    else return undefined;
  }
  return pointer === '' ? undefined : titleOf(node);
}

/** What the corpus run found, for the summary printed at the end. */
const refusedFiles: string[] = [];
const fallbackFiles: string[] = [];
let titledFields = 0;

describe('external corpus', { skip: present ? false : `no corpus at ${folder} (it sits beside the repository in CI)` }, () => {
  it('should find schemas to check', () => {
    assert.ok(names.length > 0);
  });

  for (const name of names) {
    const file = read(name);

    it(`should load ${name} and render it, or refuse it with explained problems`, (t) => {
      let procedure: Procedure;
      try {
        procedure = loadProcedure(file.schema);
      } catch (error) {
        assert.ok(error instanceof ProcedureError, `${name} threw ${String(error)}`);
        assert.ok(error.problems.length > 0);
        error.problems.forEach(assertExplained);
        const why = error.problems.map((p) => `${p.code} at ${p.pointer || '/'}`).join('; ');
        refusedFiles.push(`${name}: ${why}`);
        t.diagnostic(`refused: ${why}`);
        return;
      }
      procedure.warnings.forEach(assertExplained);

      const data = isObject(file.formData) ? file.formData : undefined;
      const steps = everyStep(procedure, data);
      const fields = steps.flatMap((step) => allFields(step.items));
      for (const field of fields) {
        const where = `${name} ${field.pointer || '(root)'}`;
        assert.ok(field.label.trim().length > 0, `${where}: empty label`);
        assert.match(field.id, /^[A-Za-z][A-Za-z0-9_.-]*$/, `${where}: id`);
        const title = rawTitle(file.schema, field.pointer);
        if (title !== undefined) {
          titledFields++;
          // An item of a repeatable group is numbered after its title: "Inner list 2".
          if (field.key.endsWith('/*')) assert.match(field.label, new RegExp(`^${escapeRegExp(title)} \\d+$`), where);
          else assert.equal(field.label, title, `${where}: the schema's title is the label`);
        }
        if (data && field.pointer !== '') assert.deepEqual(field.value, getAt(data, field.pointer), `${where}: shows the formData`);
        if (field.widget === 'fallback') assert.ok((field.fallback ?? '').length > 0, `${where}: a fallback says why`);
      }
      const ids = fields.map((f) => f.id);
      assert.equal(new Set(ids).size, ids.length, `${name}: field ids are unique`);
      for (const step of steps) assert.ok(step.title.length > 0 && step.position.length > 0, `${name}: step ${step.id}`);
      assert.ok(
        fields.length > 0 || steps.every((s) => s.items.length === 0),
        `${name}: a step shows something or nothing at all`,
      );

      const validated = validateAll(createFormState(procedure, { data }));
      for (const error of validated.errors) assert.ok(error.message.length > 0, `${name} ${error.pointer}: message`);

      const fallbacks = fields.filter((f) => f.widget === 'fallback').map((f) => f.pointer || '(root)');
      if (fallbacks.length > 0) {
        const shown = fallbacks.length > 6 ? [...fallbacks.slice(0, 6), `… ${fallbacks.length - 6} more`] : fallbacks;
        fallbackFiles.push(`${name}: ${shown.join(', ')}`);
        t.diagnostic(`fallbacks: ${shown.join(', ')}`);
      }
    });
  }

  it('should sum up which schemas are refused and which show fallbacks', (t) => {
    t.diagnostic(`${names.length} files, ${refusedFiles.length} refused, ${fallbackFiles.length} with fallbacks, ${titledFields} titled fields checked`);
    for (const line of refusedFiles) t.diagnostic(`refused  ${line}`);
    for (const line of fallbackFiles) t.diagnostic(`fallback ${line}`);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
