import type { ProcessingRecord } from './record.js';
import { recordLayout, type RecordBlock } from './record-layout.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A text escaped for HTML content and attribute values: `<script>` comes out as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => entities[c] ?? c);
}

// Printable and readable without anything else: system fonts, no image, no script. The policy
// below forbids every script and every load, should a text ever escape its escaping.
const styles = `
body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1e1e1e; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.35rem; margin-top: 0; font-weight: 600; }
h3 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td ul { margin: 0; padding-left: 1.2rem; }
code { font-size: 0.85em; color: #555; }
.todo { border-left: 0.3rem solid #b34700; background: #fff4e5; padding: 0.5rem 1rem; margin: 1rem 0; }
.todo strong { color: #8a3700; }
.count { font-weight: 600; }
@media print { body { margin: 0; max-width: none; } .todo { break-inside: avoid; } }
`;

function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

function field(label: string, pointer: string): string {
  return `${escapeHtml(label)} <code>${escapeHtml(pointer)}</code>`;
}

function blockHtml(block: RecordBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list':
      return list(block.items);
    case 'lines':
      return `<p>${block.lines.map(escapeHtml).join('<br>')}</p>`;
    case 'categories':
      return [
        '<table>',
        `<thead><tr><th scope="col">${escapeHtml(block.header[0])}</th><th scope="col">${escapeHtml(block.header[1])}</th></tr></thead>`,
        '<tbody>',
        ...block.items.map(
          (category) =>
            `<tr><th scope="row">${escapeHtml(category.name)}</th><td><ul>${category.fields.map((f) => `<li>${field(f.label, f.pointer)}</li>`).join('')}</ul></td></tr>`,
        ),
        '</tbody>',
        '</table>',
      ].join('\n');
    case 'fields':
      return `<p><strong>${escapeHtml(block.title)}</strong></p>\n<ul>${block.fields.map((f) => `<li>${field(f.label, f.pointer)}</li>`).join('')}</ul>`;
    case 'todo':
      return `<div class="todo"><p><strong>${escapeHtml(block.label)}</strong></p>${list(block.items)}</div>`;
  }
}

/**
 * The record of processing as a complete HTML page for the DPO: readable on screen, printable,
 * with a heading per part of Art. 30 and the points « À compléter par la commune » boxed. Every
 * text is escaped, and the page's Content-Security-Policy forbids scripts and any load: a hostile
 * procedure text comes out as text. Guichet's own words are in `lang`, by default the record's.
 * @example writeFileSync('registre.html', recordToHtml(recordOfProcessing(procedure, 'fr')))
 */
export function recordToHtml(record: ProcessingRecord, lang?: string): string {
  const layout = recordLayout(record, lang);
  const body = layout.sections.map(
    (section, i) => `<section>\n<h3>${i + 1}. ${escapeHtml(section.heading)}</h3>\n${section.blocks.map(blockHtml).join('\n')}\n</section>`,
  );
  const [intro = '', count = ''] = layout.intro;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(layout.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${layout.title} — ${layout.name}`)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(layout.title)}</h1>`,
    `<h2>${escapeHtml(layout.name)}</h2>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p class="count">${escapeHtml(count)}</p>`,
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
