// Generates packages/form/custom-elements.json from the elements' JSDoc with the
// custom-elements-manifest analyzer. With --check, fails when the committed one is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const target = 'packages/form';
const check = process.argv.includes('--check');
// The analyzer takes --outdir relative to the working directory: check into .cache/ (ignored).
const outdir = check ? '.cache/cem-check' : target;
const { status } = spawnSync(
  'npx',
  ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'],
  { stdio: 'inherit' },
);
if (status !== 0) process.exit(status ?? 1);

// The analyzer lists modules in the order its file search returns them, which varies between
// runs: sort them by path so the file, and the check, depend only on the sources.
const file = join(outdir, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

if (check) {
  const committed = readFileSync(join(target, 'custom-elements.json'), 'utf8');
  rmSync(outdir, { recursive: true, force: true });
  if (fresh !== committed) {
    console.error(`${target}/custom-elements.json is stale: run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} else {
  writeFileSync(file, fresh);
}
