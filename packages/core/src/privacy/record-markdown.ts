import type { ProcessingRecord } from './record.js';
import { recordLayout, type RecordBlock } from './record-layout.js';

/**
 * A procedure's text as Markdown text: every character Markdown (or the HTML it allows) could read
 * as markup is escaped with a backslash, line breaks become spaces, and a text that would start a
 * list, a quote or a heading at the start of a line is escaped too. So `<script>` stays text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/gu, ' ')
    .replace(/[\\`*_[\]<>#|~&]/gu, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/u, '$1\\$2');
}

function blockLines(block: RecordBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escapeMarkdown(block.text)];
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item)}`);
    case 'lines':
      // Two spaces at the end of a line: a line break in Markdown.
      return block.lines.map((line, i) => `${escapeMarkdown(line)}${i < block.lines.length - 1 ? '  ' : ''}`);
    case 'categories':
      return block.items.flatMap((category) => [
        `- **${escapeMarkdown(category.name)}**`,
        ...category.fields.map((field) => `  - ${escapeMarkdown(field.label)} — ${escapeMarkdown(field.pointer)}`),
      ]);
    case 'fields':
      return [`**${escapeMarkdown(block.title)}**`, '', ...block.fields.map((field) => `- ${escapeMarkdown(field.label)} — ${escapeMarkdown(field.pointer)}`)];
    case 'todo':
      return [`> **${escapeMarkdown(block.label)}**`, '>', ...block.items.map((item) => `> - ${escapeMarkdown(item)}`)];
  }
}

/**
 * The record of processing as a Markdown page for the DPO (CommonMark): a heading per part of
 * Art. 30, and « À compléter par la commune » as a quoted list where the procedure cannot say.
 * Every text from the procedure is escaped: a label such as `<script>` is shown, never run.
 * Guichet's own words (headings, markers) are in `lang`, by default the record's language.
 * @example recordToMarkdown(recordOfProcessing(procedure, 'fr')) // '# Registre des activités de traitement\n\n## Démarche en ligne…'
 */
export function recordToMarkdown(record: ProcessingRecord, lang?: string): string {
  const layout = recordLayout(record, lang);
  const lines = [`# ${escapeMarkdown(layout.title)}`, '', `## ${escapeMarkdown(layout.name)}`, ''];
  for (const paragraph of layout.intro) lines.push(escapeMarkdown(paragraph), '');
  layout.sections.forEach((section, i) => {
    lines.push(`### ${i + 1}. ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) lines.push(...blockLines(block), '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
