// `npm run bench`: builds the production bundles, then measures <guichet-form> against a
// hand-written vanilla-DOM form (the floor) in headless Chromium, interleaved run by run, and
// prints a table of medians, ratios and targets (written too to bench-results/latest.json).
// RUNS (default 7) sets the number of runs. Figures, not a test: it fails only when a
// measured form is wrong (a missing input, error or answer), never because it is slow.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { bundleSizes } from './sizes.mjs';
import { median, quantile } from './stats.mjs';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.RUNS ?? 7);
const impls = ['floor', 'guichet'];
const KiB = 1024;

const executable = findChromium();
if (!executable) {
  console.error('npm run bench needs Chromium: sudo apt-get install -y chromium (or set CHROME_PATH).');
  process.exit(1);
}

console.log('Building the production bundles…');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const mounts = [
  ['/form/', 'packages/form/dist/'],
  ['/bench/', 'scripts/bench/'],
];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };
const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
  const file = mount ? resolve(root, mount[1], pathname.slice(mount[0].length)) : undefined;
  const body = file && file.startsWith(resolve(root, mount[1])) ? await readFile(file).catch(() => undefined) : undefined;
  if (!body) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  response.end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const pageUrl = (impl, extra = '') => `${origin}/bench/page.html?impl=${impl}${extra}`;

const browser = await puppeteer.launch({ executablePath: executable, args: [...chromiumArgs, '--js-flags=--expose-gc'] });

/** A fresh page of an implementation, its harness ready. */
async function open(impl, context = browser) {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${impl}: ${error.message}`));
  await page.goto(pageUrl(impl), { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  return page;
}

/** Fails the run when a form is wrong: a faster wrong form is not a result. */
function expectEqual(what, actual, expected) {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}

/** The JS heap in use after a forced garbage collection, in bytes. */
async function heapAfterGc(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

const measures = {
  /** Cold page load to N = 50 rendered: a new profile (no cache), navigation start to the next frame. */
  async load(impl) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    await page.goto(pageUrl(impl, '&load=50'), { waitUntil: 'load' });
    const loaded = await page.waitForFunction(() => window.bench?.loaded).then((handle) => handle.jsonValue());
    await context.close();
    expectEqual(`${impl} load: questions`, loaded.questions, 50);
    return loaded.time;
  },
  async render(impl, n) {
    const page = await open(impl);
    const result = await page.evaluate((count) => window.bench.render(count), n);
    await page.close();
    expectEqual(`${impl} render ${n}: questions`, result.questions, n);
    return result;
  },
  /** Submit with nothing answered at N = 200, a second after the first render: every required question (a third) shows its error. */
  async validate(impl) {
    const page = await open(impl);
    await page.evaluate(() => window.bench.render(200));
    await page.evaluate(() => window.bench.idle());
    const result = await page.evaluate(() => window.bench.validate());
    await page.close();
    expectEqual(`${impl} validate: error messages`, result.errors, Math.ceil(200 / 3));
    return result.time;
  },
  /** 20 characters typed into the first of 1,000 fields: each key's time to the next frame. */
  async typing(impl) {
    const page = await open(impl);
    await page.evaluate(() => window.bench.render(1000));
    await page.evaluate(() => window.bench.startTyping());
    const text = 'Dupont-Lefebvre Anna';
    for (const char of text) {
      await page.keyboard.type(char);
      await new Promise((done) => setTimeout(done, 40));
    }
    await page.keyboard.press('Tab');
    await new Promise((done) => setTimeout(done, 100));
    const latencies = await page.evaluate(() => window.bench.latencies);
    const answer = await page.evaluate(() => window.bench.firstAnswer());
    await page.close();
    expectEqual(`${impl} typing: keys measured`, latencies.length, text.length);
    expectEqual(`${impl} typing: the answer`, answer, text);
    return latencies;
  },
  /** JS heap growth from rendering N = 1,000 and the idle work after it, both measured after a forced GC. */
  async heap(impl) {
    const page = await open(impl);
    const before = await heapAfterGc(page);
    await page.evaluate(() => window.bench.render(1000));
    await page.evaluate(() => window.bench.idle());
    const after = await heapAfterGc(page);
    await page.close();
    return after - before;
  },
};

const samples = Object.fromEntries(impls.map((impl) => [impl, { load: [], render50: [], render200: [], render1000: [], validate: [], keys: [], heap: [] }]));
for (let run = 0; run < runs; run++) {
  process.stdout.write(`Run ${run + 1} of ${runs}…\r`);
  // Interleaved, and the order swapped each run, so a noisy moment hits both forms alike.
  const order = run % 2 === 0 ? impls : [...impls].reverse();
  for (const impl of order) {
    const s = samples[impl];
    s.load.push(await measures.load(impl));
    for (const n of [50, 200, 1000]) {
      const { inputs, frame } = await measures.render(impl, n);
      s[`render${n}`].push({ inputs, frame });
    }
    s.validate.push(await measures.validate(impl));
    s.keys.push(...(await measures.typing(impl)));
    s.heap.push(await measures.heap(impl));
  }
}
await browser.close();
server.close();

const sizes = bundleSizes();
const figure = (impl) => {
  const s = samples[impl];
  return {
    load50: median(s.load),
    render50Inputs: median(s.render50.map((r) => r.inputs)),
    render50Frame: median(s.render50.map((r) => r.frame)),
    render200Inputs: median(s.render200.map((r) => r.inputs)),
    render200Frame: median(s.render200.map((r) => r.frame)),
    render1000Inputs: median(s.render1000.map((r) => r.inputs)),
    render1000Frame: median(s.render1000.map((r) => r.frame)),
    validate200: median(s.validate),
    keyMedian: median(s.keys),
    keyP95: quantile(s.keys, 0.95),
    heap1000: median(s.heap),
  };
};
const results = { guichet: figure('guichet'), floor: figure('floor') };

const rows = [
  ['page load, N = 50 (ms)', 'load50', 2],
  ['first render N = 50: inputs in DOM (ms)', 'render50Inputs'],
  ['first render N = 50: next frame (ms)', 'render50Frame'],
  ['first render N = 200: inputs in DOM (ms)', 'render200Inputs'],
  ['first render N = 200: next frame (ms)', 'render200Frame', 1.3],
  ['first render N = 1,000: inputs in DOM (ms)', 'render1000Inputs'],
  ['first render N = 1,000: next frame (ms)', 'render1000Frame', 1.3],
  ['validate on submit, N = 200 (ms)', 'validate200', 2],
  ['keystroke to next frame, N = 1,000, median (ms)', 'keyMedian', 1.5],
  ['keystroke to next frame, N = 1,000, p95 (ms)', 'keyP95', undefined, 25],
  ['JS heap growth, N = 1,000 (KiB)', 'heap1000', 5],
];
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const table = rows.map(([label, key, ratioTarget, absoluteTarget]) => {
  const scale = key === 'heap1000' ? 1 / KiB : 1;
  const g = results.guichet[key] * scale;
  const f = results.floor[key] * scale;
  const ratio = g / f;
  const target = ratioTarget !== undefined ? `≤ ${ratioTarget}× floor` : absoluteTarget !== undefined ? `≤ ${absoluteTarget} ms` : '';
  const met = ratioTarget !== undefined ? ratio <= ratioTarget : absoluteTarget !== undefined ? g <= absoluteTarget : undefined;
  return { figure: label, guichet: g.toFixed(1), floor: f.toFixed(1), ratio: `${ratio.toFixed(2)}×`, target, verdict: met === undefined ? '' : verdict(met) };
});
const size = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const sizeRows = [
  { figure: 'JS before the first render (gzip -9)', value: size(sizes.beforeFirstRender.gzip), target: '≤ 40 KiB', verdict: verdict(sizes.beforeFirstRender.gzip <= 40 * KiB) },
  { figure: 'with runtime validation (ajv), schema without patterns (gzip -9)', value: size(sizes.runtimeValidation.gzip), target: '≤ 90 KiB', verdict: verdict(sizes.runtimeValidation.gzip <= 90 * KiB) },
  { figure: 'with runtime validation, schema with patterns (+ redos-detector)', value: size(sizes.runtimeValidationWithPatterns.gzip), target: '≤ 90 KiB', verdict: verdict(sizes.runtimeValidationWithPatterns.gzip <= 90 * KiB) },
  { figure: 'with a validator compiled ahead: the library (strict CSP path)', value: size(sizes.compiledAheadLibrary.gzip), target: '≤ 45 KiB', verdict: verdict(sizes.compiledAheadLibrary.gzip <= 45 * KiB) },
  { figure: 'with a validator compiled ahead, + its validator, N = 50', value: size(sizes.compiledAhead50.gzip), target: '≤ 45 KiB', verdict: verdict(sizes.compiledAhead50.gzip <= 45 * KiB) },
  { figure: 'with a validator compiled ahead, N = 200', value: size(sizes.compiledAhead200.gzip), target: '', verdict: '' },
  { figure: 'English catalogue (pages in English only)', value: size(sizes.english.gzip), target: '', verdict: '' },
  { figure: 'every file, gzip -9 / brotli / raw', value: `${size(sizes.whole.gzip)} / ${size(sizes.whole.brotli)} / ${size(sizes.whole.raw)}`, target: '', verdict: '' },
];

console.log(`\n<guichet-form> against the hand-written floor: medians of ${runs} interleaved runs, Chromium ${await browserVersion()}\n`);
console.table(table);
console.table(sizeRows);
console.table(sizes.files.map((f) => ({ file: f.file, raw: size(f.raw), gzip: size(f.gzip), brotli: size(f.brotli) })));

await mkdir(join(root, 'bench-results'), { recursive: true });
const report = { date: new Date().toISOString(), runs, chromium: await browserVersion(), results, table, sizes, sizeRows, samples };
await writeFile(join(root, 'bench-results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('Wrote bench-results/latest.json');

async function browserVersion() {
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8' });
  return (result.stdout ?? '').trim().replace(/^Chromium\s*/, '');
}
