// Sizes of the built <guichet-form> bundle and of the chunks it loads: raw, gzip -9, brotli.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = 'packages/form/dist';

/** Raw, gzip -9 and brotli (quality 11) sizes of some bytes, in bytes. */
export function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The static imports of an ES module's code (what loads before it runs), by relative path. */
function staticImports(code) {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)].map((m) => m[1]);
}

/**
 * The entry and its chunks: what loads before the first render (the entry and its static
 * imports) and everything it may load (dynamic imports too).
 */
export function bundleSizes() {
  const entry = join(dist, 'guichet-form.js');
  // The chunks rollup writes beside the entry (guichet-form-validator-<hash>.js).
  const chunks = readdirSync(dist)
    .filter((f) => /^guichet-form-.+\.js$/.test(f))
    .map((f) => join(dist, f));
  const before = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    for (const relative of staticImports(readFileSync(file, 'utf8'))) {
      const target = join(file, '..', relative);
      if (!before.has(target)) {
        before.add(target);
        queue.push(target);
      }
    }
  }
  const files = [entry, ...chunks].map((file) => ({ file, ...sizesOf(readFileSync(file)) }));
  // Each file travels compressed on its own: a total is the sum of the files' sizes.
  const total = (list) =>
    list.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, beforeFirstRender: total(files.filter((f) => before.has(f.file))), whole: total(files) };
}
