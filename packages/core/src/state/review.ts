import { catalogue } from '../i18n/index.js';
import { jsonEqual } from '../json.js';
import { formatNumber } from '../i18n/plural.js';
import type { Catalogue } from '../i18n/index.js';
import { currentStep, goToStep, stepSummaries, type FormState } from './form-state.js';
import type { FieldView } from './views.js';

/** One answer of the review page ("Vérifiez vos réponses"). */
export interface ReviewRow {
  pointer: string;
  /** The id of the question's input, for its "Modifier" link. */
  id: string;
  label: string;
  /** The answer as the person reads it: option labels, Oui/Non, dates as 14/07/2024. */
  value: string;
}

/** The answers of one step, with the index its "Modifier" links go back to. */
export interface ReviewStep {
  index: number;
  id: string;
  title: string;
  rows: ReviewRow[];
}

/**
 * An answer as the person reads it: option labels, Oui/Non, numbers and dates written the
 * French way, « Non renseigné » when empty. The review page and read-only values use it.
 * @example answerText(field, catalogue('fr')) // 'Passeport'
 */
export function answerText(field: FieldView, messages: Catalogue): string {
  const value = field.value;
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return messages.form.notAnswered();
  }
  const option = (v: unknown): string =>
    field.options?.find((o) => jsonEqual(o.value, v))?.label ?? (typeof v === 'string' ? v : JSON.stringify(v));
  if (Array.isArray(value)) return value.map(option).join(', ');
  if (field.options && field.options.length > 0) return option(value);
  if (typeof value === 'boolean') return value ? messages.yes() : messages.no();
  if (typeof value === 'number') return formatNumber(messages.locale, value);
  if (field.constraints.format === 'date' && typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function rowsOf(fields: readonly FieldView[], messages: Catalogue, prefix = ''): ReviewRow[] {
  return fields.flatMap((field): ReviewRow[] => {
    if (field.fallback || field.widget === 'content') return [];
    const label = prefix ? messages.form.itemQuestion({ item: prefix, label: field.label }) : field.label;
    if (field.widget === 'group' || field.widget === 'address') return rowsOf(field.children ?? [], messages, prefix);
    if (field.widget === 'repeater') {
      const items = field.children ?? [];
      if (items.length === 0) return [{ pointer: field.pointer, id: field.id, label, value: messages.form.notAnswered() }];
      return items.flatMap((item) => rowsOf(item.children ?? [], messages, item.label));
    }
    return [{ pointer: field.pointer, id: field.id, label, value: answerText(field, messages) }];
  });
}

/**
 * The review page: every step shown for these answers, each answer as text with the id of
 * its question for the "Modifier" link.
 * @example reviewSteps(state)[0].rows[0] // { pointer: '/nom', id: 'g-nom', label: 'Nom', value: 'Dupont' }
 */
export function reviewSteps(state: FormState): ReviewStep[] {
  const messages = catalogue(state.locale);
  return stepSummaries(state)
    .filter((step) => step.visible)
    .map((step) => {
      const view = currentStep(goToStep(state, step.index));
      const fields = view.items.filter((item): item is FieldView => item.kind === 'field');
      return { index: step.index, id: step.id, title: step.title, rows: rowsOf(fields, messages) };
    });
}
