// Browser tests: real Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { cjsVendor } from './scripts/wtr-cjs-vendor.mjs';
import { compiledValidators } from './scripts/wtr-compiled-validators.mjs';

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

// A stand-in for the Base Adresse Nationale at /test-ban/search/?q=…&limit=…: a GeoJSON
// FeatureCollection shaped like api-adresse.data.gouv.fr's, filtered by the words of q.
const banFeatures = [
  { label: '8 Boulevard du Port 80000 Amiens', name: '8 Boulevard du Port', housenumber: '8', street: 'Boulevard du Port', postcode: '80000', city: 'Amiens', citycode: '80021', type: 'housenumber', coordinates: [2.290084, 49.897443] },
  { label: '8 Rue du Port 44000 Nantes', name: '8 Rue du Port', housenumber: '8', street: 'Rue du Port', postcode: '44000', city: 'Nantes', citycode: '44109', type: 'housenumber', coordinates: [-1.5536, 47.2184] },
  { label: 'Rue du Port 56100 Lorient', name: 'Rue du Port', street: 'Rue du Port', postcode: '56100', city: 'Lorient', citycode: '56121', type: 'street', coordinates: [-3.3652, 47.7486] },
  { label: 'Saint-Aubin-sur-Loire', name: 'Saint-Aubin-sur-Loire', postcode: '71140', city: 'Saint-Aubin-sur-Loire', citycode: '71389', type: 'municipality', coordinates: [3.8547, 46.5761] },
];
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** @type {import('@web/dev-server-core').Middleware} */
async function banMiddleware(context, next) {
  if (context.path !== '/test-ban/search/') return next();
  const q = String(context.query.q ?? '');
  const limit = Number(context.query.limit ?? 5);
  const words = fold(q).split(/\s+/).filter(Boolean);
  const features = banFeatures
    .filter((f) => words.every((word) => fold(f.label).includes(word)))
    .slice(0, limit)
    .map(({ coordinates, ...properties }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { ...properties, score: 0.9, id: `${properties.citycode}_test` } }));
  context.type = 'application/json';
  context.body = JSON.stringify({ type: 'FeatureCollection', version: 'draft', features, attribution: 'BAN', licence: 'ETALAB-2.0', query: q, limit });
}

// A receiver of submissions at /test-receiver/<run>/…, that honours Idempotency-Key as
// docs/submission-protocol.md asks: one dossier per key, the same answer to each attempt of it.
// POST /test-receiver/<run>/busy?times=N answers 503 (Retry-After: 0) to a key's first N attempts;
// POST /test-receiver/<run>/lost?times=N records the dossier but answers 500 N times, as when the
// answer is lost on the way back; GET /test-receiver/<run>/dossiers lists the run's dossiers.
const receiverRuns = new Map();

/** @type {import('@web/dev-server-core').Middleware} */
async function receiverMiddleware(context, next) {
  const match = /^\/test-receiver\/([a-z0-9-]+)\/(busy|lost|dossiers)$/.exec(context.path);
  if (!match) return next();
  const [, run, mode] = match;
  if (!receiverRuns.has(run)) receiverRuns.set(run, { dossiers: new Map(), attempts: new Map() });
  const state = receiverRuns.get(run);
  context.type = 'application/json';
  if (mode === 'dossiers') {
    context.body = JSON.stringify([...state.dossiers.entries()].map(([key, dossier]) => ({ key, ...dossier })));
    return;
  }
  let body = '';
  for await (const chunk of context.req) body += chunk;
  const key = context.get('Idempotency-Key');
  const attempt = (state.attempts.get(key) ?? 0) + 1;
  state.attempts.set(key, attempt);
  const times = Number(context.query.times ?? 0);
  if (!key) {
    context.status = 400;
  } else if (mode === 'busy' && attempt <= times) {
    context.status = 503;
    context.set('Retry-After', '0');
  } else {
    const known = state.dossiers.get(key);
    if (known && known.body !== body) {
      context.status = 422;
      context.body = JSON.stringify({ errors: [{ pointer: '', message: 'Idempotency-Key reused with other answers.' }] });
      return;
    }
    const dossier = known ?? { reference: `D-${state.dossiers.size + 1}`, body, attempts: 0 };
    dossier.attempts = attempt;
    state.dossiers.set(key, dossier);
    context.status = mode === 'lost' && attempt <= times ? 500 : 201;
    context.body = JSON.stringify({ reference: dossier.reference });
  }
}

export default {
  middleware: [corpusMiddleware, banMiddleware, receiverMiddleware, compiledValidators],
  files: ['tests/**/*.test.ts', '!tests/core/**'],
  nodeResolve: { exportConditions: ['guichet-source', 'browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [cjsVendor(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } })],
};
