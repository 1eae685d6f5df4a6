import { stepSummaries, type FormState } from './form-state.js';

/** Where the person stands with a step: answered, being answered, or still ahead. */
export type StepStatus = 'done' | 'current' | 'upcoming';

/** One step of the list of steps: only the steps the current answers show are listed. */
export interface StepListItem {
  id: string;
  /** Index in `procedure.steps` (what `goToStep` takes). */
  index: number;
  /** Its number in the list, from 1, counting only the steps shown. */
  number: number;
  title: string;
  status: StepStatus;
  /** Whether the person may go back to it: a step already answered, never one ahead (it would skip the checks). */
  reachable: boolean;
}

/**
 * The list of the steps shown for the current answers, with where the person stands. On the
 * review page every step is done and can be reopened.
 * @example stepList(state).map((s) => `${s.number}. ${s.title} ${s.status}`)
 */
export function stepList(state: FormState, options: { reviewing?: boolean } = {}): StepListItem[] {
  const reviewing = options.reviewing ?? false;
  return stepSummaries(state)
    .filter((step) => step.visible)
    .map((step, position): StepListItem => {
      const status: StepStatus = reviewing || step.index < state.step ? 'done' : step.index === state.step ? 'current' : 'upcoming';
      return { id: step.id, index: step.index, number: position + 1, title: step.title, status, reachable: status === 'done' };
    });
}
