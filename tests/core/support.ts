// Shared helpers of core's Node tests: fixtures, problems of a refused procedure, field views.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { loadProcedure, ProcedureError, type FieldView, type Problem, type StepView } from '../../packages/core/src/index.js';

/** A fresh copy of a JSON fixture of tests/fixtures (each test may change its copy). */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** The music school enrolment procedure: steps, presentation, a condition, a repeatable group. */
export function musicSchool(): Record<string, unknown> {
  return fixture('procedure-inscription-ecole-musique.json');
}

/** The problems of a definition that `loadProcedure` must refuse; fails when it loads or throws anything else. */
export function problemsOf(input: unknown): readonly Problem[] {
  try {
    loadProcedure(input);
  } catch (error) {
    assert.ok(error instanceof ProcedureError, `expected a ProcedureError, got ${String(error)}`);
    return error.problems;
  }
  return assert.fail('expected loadProcedure to refuse the definition');
}

/** Problems as `[pointer, code]` pairs, for deep-equal assertions. */
export function located(problems: readonly Problem[]): Array<[string, string]> {
  return problems.map((p) => [p.pointer, p.code]);
}

/** A problem says where (a pointer), what (a code) and how to fix it, in French and in English. */
export function assertExplained(problem: Problem): void {
  const where = `${problem.code} at ${JSON.stringify(problem.pointer)}`;
  assert.equal(typeof problem.pointer, 'string', where);
  assert.ok(problem.pointer === '' || problem.pointer.startsWith('/'), `${where}: a JSON pointer`);
  assert.ok(problem.message.fr.trim().length > 0, `${where}: French message`);
  assert.ok(problem.message.en.trim().length > 0, `${where}: English message`);
  assert.notEqual(problem.message.fr, problem.message.en, `${where}: the two languages differ`);
  assert.ok(problem.severity === 'error' || problem.severity === 'warning', where);
}

/** Every field view of a step, children included, in document order. */
export function allFields(items: StepView['items'] | readonly FieldView[]): FieldView[] {
  const found: FieldView[] = [];
  const visit = (list: ReadonlyArray<StepView['items'][number]>): void => {
    for (const item of list) {
      if (item.kind !== 'field') continue;
      found.push(item);
      if (item.children) visit(item.children);
    }
  };
  visit(items);
  return found;
}

/** The field view at a data pointer in a step (children included); fails when it is not shown. */
export function fieldIn(step: StepView, pointer: string): FieldView {
  const view = allFields(step.items).find((f) => f.pointer === pointer);
  assert.ok(view, `no field ${pointer} in step ${step.id}: ${allFields(step.items).map((f) => f.pointer).join(', ')}`);
  return view;
}

/** The data pointers of the fields a step shows at its top level. */
export function shownPointers(step: StepView): string[] {
  return step.items.flatMap((item) => (item.kind === 'field' ? [item.pointer] : []));
}
