// Builds the packages when their bundles are missing (a fresh clone): the browser tests load
// the built <guichet-form> bundle as a commune's page does. `npm run build` rebuilds them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('packages/form/dist/guichet-form.js')) {
  console.log('The bundles are not built yet: npm run build (about 30 seconds)…');
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
