// Small text helpers shared by the notice and the record: procedure texts are sentences written by
// people, and are put inside Guichet's own sentences.

const finalMark = /[.!?…]$/u;

/** A text as a sentence of its own: with its final full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || finalMark.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A text as part of a longer sentence: without its final full stop. */
export function asClause(text: string): string {
  return text.trim().replace(/\s*\.$/u, '');
}

/**
 * The canonical form of a text that is hashed: Unicode NFC (the same letters typed on another
 * system give the same bytes), `\n` line ends, no spaces at the end of a line.
 */
export function canonicalText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[^\S\n]+$/gmu, '');
}
