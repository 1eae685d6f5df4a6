import { currentStep, type FormState, type StepView } from './form-state.js';

/** The data pointers of the questions a step shows, the questions inside its groups and lists included. */
export function shownPointers(step: StepView): Set<string> {
  const found = new Set<string>();
  const visit = (items: ReadonlyArray<StepView['items'][number]>): void => {
    for (const item of items) {
      if (item.kind !== 'field') continue;
      found.add(item.pointer);
      if (item.children) visit(item.children);
    }
  };
  visit(step.items);
  return found;
}

/**
 * How many questions of the current step an answer made appear and disappear (a condition,
 * an alternative), for the form to say it to screen readers.
 * @example questionChanges(state, setValue(state, '/chien', true)) // { added: 1, removed: 0 }
 */
export function questionChanges(before: FormState, after: FormState): { added: number; removed: number } {
  const shownBefore = shownPointers(currentStep(before));
  const shownAfter = shownPointers(currentStep(after));
  return {
    added: [...shownAfter].filter((p) => !shownBefore.has(p)).length,
    removed: [...shownBefore].filter((p) => !shownAfter.has(p)).length,
  };
}
