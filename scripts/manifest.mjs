// Generates packages/form/custom-elements.json from the elements' JSDoc with the
// custom-elements-manifest analyzer. With --check, fails when the committed one is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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
if (check) {
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync(join(target, 'custom-elements.json'), 'utf8');
  rmSync(outdir, { recursive: true, force: true });
  if (fresh !== committed) {
    console.error(`${target}/custom-elements.json is stale: run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
}
