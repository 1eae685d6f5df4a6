// Generates packages/core/src/generated/procedure.ts from schemas/procedure.schema.json.
// With --check, fails (exit 1) when the committed file is stale instead of writing it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { compile } from 'json-schema-to-typescript';

const schemaPath = 'schemas/procedure.schema.json';
const outPath = 'packages/core/src/generated/procedure.ts';
const schemaOutPath = 'packages/core/src/generated/procedure-schema.ts';
const check = process.argv.includes('--check');

const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
const banner = `/* Generated from ${schemaPath} by \`npm run generate\`. Do not edit. */`;
const source = await compile(schema, 'Procedure', {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: true, printWidth: 100 },
});

// The schema itself, as a module, so that core validates procedures without reading files.
const schemaSource = `${banner}

/** The JSON Schema of the procedure format (schemas/procedure.schema.json). */
export const procedureSchema = ${JSON.stringify(schema, null, 2)} as const;
`;

const outputs = [
  [outPath, source],
  [schemaOutPath, schemaSource],
];
let stale = false;
for (const [path, text] of outputs) {
  if (check) {
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(`${path} is stale: run \`npm run generate\` and commit the result.`);
      stale = true;
    }
  } else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    console.log(`Wrote ${path}.`);
  }
}
if (stale) process.exit(1);
if (check) console.log('Generated files are up to date.');
