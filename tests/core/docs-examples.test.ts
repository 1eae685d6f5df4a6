// Keeps the documentation honest: every example procedure in docs/examples/ and every complete
// JSON example in docs/procedure-format.md must load with the current core, so the docs cannot
// drift from the code.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import {
  loadProcedure,
  MAX_DATA_DEPTH,
  MAX_SCHEMA_DEPTH,
  MAX_SCHEMA_NODES,
  ProcedureError,
  validateSubmission,
  type Procedure,
} from '../../packages/core/src/index.js';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const examplesDir = `${docs}examples/`;
const formatPage = `${docs}procedure-format.md`;

/** Loads a procedure, turning a ProcedureError into an assertion message that lists every problem. */
function load(input: unknown, where: string): Procedure {
  try {
    return loadProcedure(input);
  } catch (error) {
    if (error instanceof ProcedureError) {
      const list = error.problems.map((p) => `  ${p.pointer || '/'} [${p.code}] ${p.message.en}`).join('\n');
      assert.fail(`${where} is refused:\n${list}`);
    }
    throw error;
  }
}

function warningsOf(procedure: Procedure): string[] {
  return procedure.warnings.map((w) => `${w.pointer || '/'} [${w.code}] ${w.message.en}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Block {
  line: number;
  text: string;
}

/** The ```json fenced blocks of a Markdown text, with the line each starts on. */
function jsonBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```json\s*$/.test(lines[i] ?? '')) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? '')) end++;
    assert.ok(end < lines.length, `the \`\`\`json block at line ${start} of procedure-format.md is not closed`);
    blocks.push({ line: start, text: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

const exampleFiles = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

const markdown = readFileSync(formatPage, 'utf8');
const blocks = jsonBlocks(markdown).map((block) => {
  let value: unknown;
  try {
    value = JSON.parse(block.text) as unknown;
  } catch (error) {
    value = error instanceof Error ? error : new Error(String(error));
  }
  return { ...block, value };
});
/** A complete procedure: `id` and `schema` at the top level. */
const procedures = blocks.filter((b) => isObject(b.value) && 'id' in b.value && 'schema' in b.value);
/** A data schema shown on its own (conditional questions…): an object schema without `id`. */
const bareSchemas = blocks.filter((b) => isObject(b.value) && !('id' in b.value) && b.value.type === 'object');

describe('docs/examples', () => {
  it('has at least one example', () => {
    assert.ok(exampleFiles.length > 0, 'docs/examples/ holds no .json file');
  });

  for (const name of exampleFiles) {
    it(`${name} loads without errors or warnings`, () => {
      const text = readFileSync(`${examplesDir}${name}`, 'utf8');
      const procedure = load(text, `docs/examples/${name}`);
      assert.equal(procedure.derived, false, `${name} is read as a bare JSON Schema, not as a procedure`);
      assert.deepEqual(warningsOf(procedure), []);
      assert.equal(`${procedure.document.id}.json`, name, 'the file is named after the procedure id');
    });
  }
});

describe('docs/procedure-format.md', () => {
  it('has only valid JSON in its ```json blocks', () => {
    for (const block of blocks) {
      assert.ok(!(block.value instanceof Error), `line ${block.line}: ${String(block.value)}`);
    }
  });

  it('shows complete procedures and data schemas (the extraction finds them)', () => {
    assert.ok(procedures.length >= 2, `only ${procedures.length} complete procedure(s) found`);
    assert.ok(bareSchemas.length >= 5, `only ${bareSchemas.length} data schema(s) found`);
  });

  for (const block of procedures) {
    const id = isObject(block.value) ? String(block.value.id) : '?';
    it(`the procedure "${id}" at line ${block.line} loads`, () => {
      const procedure = load(block.value, `the procedure at line ${block.line}`);
      assert.equal(procedure.derived, false);
      // A short example may leave out `privacy` (the page says so); nothing else may be warned about.
      assert.deepEqual(
        warningsOf(procedure).filter((w) => !w.includes('[privacy-missing]')),
        [],
      );
    });
  }

  for (const block of bareSchemas) {
    it(`the data schema at line ${block.line} loads`, () => {
      const procedure = load(block.value, `the data schema at line ${block.line}`);
      assert.equal(procedure.derived, true);
      assert.deepEqual(warningsOf(procedure), []);
    });
  }

  it('lists every problem code of core, with the right severity, and no other', () => {
    const problemSource = readFileSync(new URL('../../packages/core/src/procedure/problem.ts', import.meta.url), 'utf8');
    const union = /export type ProblemCode =([^;]*);/.exec(problemSource)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1] as string);
    assert.ok(codes.length > 10, 'ProblemCode not found in problem.ts');
    // The codes core reports with `.warn(…)`, read from its sources.
    const sources = readdirSync(new URL('../../packages/core/src/', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts'))
      .map((path) => readFileSync(new URL(`../../packages/core/src/${path}`, import.meta.url), 'utf8'))
      .join('\n');
    const warned = new Set(
      [...sources.matchAll(/\.warn\(([\s\S]*?)\)\s*;/g)].flatMap((m) =>
        [...(m[1] ?? '').matchAll(/'([a-z-]+)'/g)].map((q) => q[1] as string).filter((code) => codes.includes(code)),
      ),
    );
    const table = new Map(
      [...markdown.matchAll(/^\| `([a-z-]+)` \| (error|\*\*warning\*\*) \|/gm)].map((m) => [m[1] as string, m[2] === 'error' ? 'error' : 'warning']),
    );
    assert.deepEqual([...table.keys()].sort(), [...codes].sort(), 'the table of problem codes differs from ProblemCode');
    for (const code of codes) {
      assert.equal(table.get(code), warned.has(code) ? 'warning' : 'error', `the severity of ${code}`);
    }
  });

  it('gives the limits their values in the code', () => {
    const limits = { MAX_SCHEMA_DEPTH, MAX_SCHEMA_NODES, MAX_DATA_DEPTH };
    for (const [name, value] of Object.entries(limits)) {
      const row = `| \`${name}\` | **${value.toLocaleString('en-GB')}** |`;
      assert.ok(markdown.includes(row), `procedure-format.md should have the row ${row}`);
    }
  });

  it('shows each example of docs/examples exactly as the file has it', () => {
    for (const name of exampleFiles) {
      const file: unknown = JSON.parse(readFileSync(`${examplesDir}${name}`, 'utf8'));
      const id = isObject(file) ? file.id : undefined;
      const shown = procedures.filter((b) => isObject(b.value) && b.value.id === id);
      assert.equal(shown.length, 1, `${name} should appear once in procedure-format.md`);
      assert.deepEqual(shown[0]?.value, file, `the example "${String(id)}" in procedure-format.md differs from ${name}`);
    }
  });
});

describe('the music school example behaves as the page says', () => {
  const procedure = load(readFileSync(`${examplesDir}inscription-ecole-musique.json`, 'utf8'), 'the music school example');
  const common = {
    adresse: { ligne1: '5 rue des Lilas', codePostal: '44000', commune: 'Saint-Aubin-sur-Loire' },
    email: 'claire.martin@example.fr',
    telephone: '06 12 34 56 78',
  };

  it('accepts a minor learning an instrument, with an authorised person and a proof of address', () => {
    const data = {
      ...common,
      eleve: { prenom: 'Léa', nom: 'Martin', dateNaissance: '2016-03-27' },
      mineur: true,
      responsable: { prenom: 'Claire', nom: 'Martin', lien: 'parent' },
      personnesAutorisees: [{ prenom: 'Paul', nom: 'Durand', telephone: '+33 6 98 76 54 32' }],
      cursus: 'instrument',
      instrument: 'violon',
      niveau: 'debutant',
      habiteCommune: true,
      justificatifDomicile: 'data:application/pdf;base64,JVBERi0xLjQK',
      quotientFamilial: 850,
    };
    const verdict = validateSubmission(procedure, { data });
    assert.deepEqual(verdict.errors, []);
    assert.deepEqual(verdict.data, data);
  });

  it('drops the answers to hidden questions of an adult in the choir', () => {
    const data = {
      ...common,
      eleve: { prenom: 'Jean', nom: 'Petit', dateNaissance: '1970-01-15' },
      mineur: false,
      cursus: 'chorale',
      habiteCommune: false,
    };
    const typedThenHidden = {
      responsable: { prenom: 'X' },
      personnesAutorisees: [],
      instrument: 'piano',
      niveau: 'cycle-1',
      justificatifDomicile: 'data:,x',
    };
    const verdict = validateSubmission(procedure, { data: { ...data, ...typedThenHidden } });
    assert.deepEqual(verdict.errors, []);
    assert.deepEqual(verdict.data, data);
  });

  it('requires the parent or guardian of a minor and the instrument of the instrument course', () => {
    const verdict = validateSubmission(procedure, {
      data: {
        ...common,
        eleve: { prenom: 'Léa', nom: 'Martin', dateNaissance: '2016-03-27' },
        mineur: true,
        cursus: 'instrument',
        habiteCommune: false,
      },
    });
    assert.deepEqual(
      verdict.errors.map((e) => `${e.pointer} ${e.keyword}`).sort(),
      ['/instrument required', '/niveau required', '/responsable/lien required', '/responsable/nom required', '/responsable/prenom required'],
    );
  });
});
