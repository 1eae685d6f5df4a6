import { literal, type StaticValue } from 'lit/static-html.js';

const tags: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading levels of a form whose top heading has `level` (the host page's outline decides it). */
export interface HeadingLevels {
  /** The procedure's title, the confirmation and the refusal. */
  top: StaticValue;
  /** The title of the step or of the review page. */
  step: StaticValue;
  /** Headings inside a step: the error summary, section headings, the review's step titles. */
  section: StaticValue;
  /** Headings under those: the sections of the privacy notice. */
  subsection: StaticValue;
}

/** The tag of a heading level, kept within h1–h6. */
function tag(level: number): StaticValue {
  return tags[Math.min(Math.max(Math.trunc(level), 1), 6) - 1] as StaticValue;
}

/**
 * Heading tags that continue the host page's outline: the title at `level` (2 by default, under
 * the page's h1), the step one below it, or at `level` itself when the title is hidden.
 */
export function headingLevels(level: number, titleShown: boolean): HeadingLevels {
  const top = Number.isFinite(level) ? Math.min(Math.max(Math.trunc(level), 1), 6) : 2;
  const step = titleShown ? top + 1 : top;
  return { top: tag(top), step: tag(step), section: tag(step + 1), subsection: tag(step + 2) };
}
