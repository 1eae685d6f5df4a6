// Browser tests: real Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { cjsVendor } from './scripts/wtr-cjs-vendor.mjs';

// The external corpus (../shared/corpus/external/) lies outside the served root: serve it at
// /corpus/<name>.json, with /corpus/index.json listing the files ({ files: [] } when it is absent).
const corpus = fileURLToPath(new URL('../shared/corpus/external/', import.meta.url));

/** @type {import('@web/dev-server-core').Middleware} */
async function corpusMiddleware(context, next) {
  const match = /^\/corpus\/([A-Za-z0-9._-]+\.json)$/.exec(context.path);
  if (!match) return next();
  const present = existsSync(corpus);
  const files = present ? readdirSync(corpus).filter((name) => name.endsWith('.json')).sort() : [];
  context.type = 'application/json';
  if (match[1] === 'index.json') {
    context.body = JSON.stringify({ folder: '../shared/corpus/external/', present, files });
  } else if (files.includes(match[1])) {
    context.body = readFileSync(`${corpus}${match[1]}`, 'utf8');
  } else {
    context.status = 404;
  }
}

export default {
  middleware: [corpusMiddleware],
  files: ['tests/**/*.test.ts', '!tests/core/**'],
  nodeResolve: { exportConditions: ['guichet-source', 'browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [cjsVendor(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } })],
};
