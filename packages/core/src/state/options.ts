import type { OptionView } from './views.js';

/** Lowercase, without accents or extra spaces: « Évreux » and « evreux » match. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The options whose label contains what was typed, ignoring case and accents; those that
 * start with it come first. Every option when nothing is typed.
 * @example filterOptions(communes, 'sain') // Saint-Aubin…, then …-Sainte-…
 */
export function filterOptions(options: readonly OptionView[], query: string): OptionView[] {
  const wanted = fold(query);
  if (wanted === '') return [...options];
  const starts: OptionView[] = [];
  const contains: OptionView[] = [];
  for (const option of options) {
    const label = fold(option.label);
    if (label.startsWith(wanted)) starts.push(option);
    else if (label.includes(wanted)) contains.push(option);
  }
  return [...starts, ...contains];
}
