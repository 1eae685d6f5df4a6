// A web-dev-server middleware for browser tests: /compiled/<fixture>.validator.js is the
// validator of tests/fixtures/<fixture>.json compiled ahead, as guichet-compile writes it (with
// the built core: `npm run test:browser` builds it first).
import { readFileSync } from 'node:fs';

/** @type {import('@web/dev-server-core').Middleware} */
export async function compiledValidators(context, next) {
  const match = /^\/compiled\/([a-z0-9-]+)\.validator\.js$/.exec(context.path);
  if (!match) return next();
  const { compileValidator } = await import('../packages/core/dist/index.js');
  const procedure = readFileSync(new URL(`../tests/fixtures/${match[1]}.json`, import.meta.url), 'utf8');
  context.type = 'js';
  context.body = compileValidator(procedure);
}
