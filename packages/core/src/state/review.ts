import { catalogue } from '../i18n/index.js';
import { jsonEqual } from '../json.js';
import { formatNumber } from '../i18n/plural.js';
import type { Catalogue } from '../i18n/index.js';
import { currentStep, goToStep, stepSummaries, type FormState } from './form-state.js';
import { readFileAnswer } from '../validation/file-answer.js';
import { identifierText, isIdentifierFormat } from './input-text.js';
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
    field.options?.find((o) => jsonEqual(o.value, v))?.label ?? (typeof v === 'string' ? stringText(field, v, messages) : JSON.stringify(v));
  if (Array.isArray(value)) return value.map(option).join(', ');
  if (field.options && field.options.length > 0) return option(value);
  if (typeof value === 'boolean') return value ? messages.yes() : messages.no();
  if (typeof value === 'number') return formatNumber(messages.locale, value);
  if (typeof value === 'string') return stringText(field, value, messages);
  return JSON.stringify(value);
}

/** A string answer as written on paper: dates as 14/07/2024, times as 14:30, identifiers grouped, a file by its name. */
function stringText(field: FieldView, value: string, messages: Catalogue): string {
  const format = field.constraints.format;
  // The wall-clock time the person typed, before the offset the form added.
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (format === 'date' && date) return `${date[3] ?? ''}/${date[2] ?? ''}/${date[1] ?? ''}`;
  if (format === 'date-time' && date?.[4] !== undefined) {
    return messages.form.dateAt({ date: `${date[3] ?? ''}/${date[2] ?? ''}/${date[1] ?? ''}`, time: `${date[4]}:${date[5] ?? ''}` });
  }
  const time = /^(\d{2}):(\d{2})/.exec(value);
  if (format === 'time' && time) return `${time[1] ?? ''}:${time[2] ?? ''}`;
  if (isIdentifierFormat(format)) return identifierText(format, value);
  const file = field.widget === 'file' ? readFileAnswer(value) : undefined;
  if (file) return file.name;
  return value;
}

function rowsOf(fields: readonly FieldView[], messages: Catalogue, prefix = ''): ReviewRow[] {
  return fields.flatMap((field): ReviewRow[] => {
    if (field.fallback || field.widget === 'content') return [];
    const label = prefix ? messages.form.itemQuestion({ item: prefix, label: field.label }) : field.label;
    if (field.widget === 'group' || field.widget === 'address') return rowsOf(field.children ?? [], messages, prefix);
    if (field.widget === 'alternatives') {
      // The alternative picked, then its answers (a value alternative's answer is its own row).
      const picked = field.options?.find((o) => o.value === field.alternative)?.label ?? messages.form.notAnswered();
      return [{ pointer: field.pointer, id: field.id, label, value: picked }, ...rowsOf(field.children ?? [], messages, prefix)];
    }
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
