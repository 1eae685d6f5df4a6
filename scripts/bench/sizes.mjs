// Sizes of the built <guichet-form> bundle and of the chunks it loads, by what a page needs:
// raw, gzip -9, brotli. Each file travels compressed on its own: a total is the sum of its files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { compileValidator } from '../../packages/core/dist/index.js';
import { flatSchema } from './schema.js';

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

/** The files and their static imports, transitively. */
function withStaticImports(files) {
  const found = new Set(files);
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop();
    for (const relative of staticImports(readFileSync(file, 'utf8'))) {
      const target = join(file, '..', relative);
      if (!found.has(target)) {
        found.add(target);
        queue.push(target);
      }
    }
  }
  return [...found];
}

const add = (list) => list.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/**
 * What a page loads, by case: before the first render (a French page: the entry and its static
 * imports); to validate with ajv in the page, for a schema without and with patterns; with a
 * validator compiled ahead for the bench's schema of 50 and 200 questions (no ajv, no
 * redos-detector: the strict CSP path); and every file.
 */
export function bundleSizes() {
  const entry = join(dist, 'guichet-form.js');
  const chunks = readdirSync(dist).filter((f) => /^guichet-form-.+\.js$/.test(f)).map((f) => join(dist, f));
  const files = [entry, ...chunks].map((file) => ({ file, ...sizesOf(readFileSync(file)) }));
  const chunk = (part) => {
    const found = chunks.find((file) => file.includes(`guichet-form-${part}-`));
    if (!found) throw new Error(`bench: no ${part} chunk in ${dist}: has the build changed?`);
    return found;
  };
  const loaded = (...names) => add(files.filter((f) => withStaticImports([entry, ...names]).includes(f.file)));
  const compiled = (n) => ({ file: `validator compiled ahead, N = ${n}`, ...sizesOf(Buffer.from(compileValidator(flatSchema(n)))) });
  const ahead = (n) => add([loaded(chunk('checks-part')), compiled(n)]);
  return {
    files: [...files, compiled(50), compiled(200)],
    beforeFirstRender: loaded(),
    runtimeValidation: loaded(chunk('checks-part'), chunk('validator')),
    runtimeValidationWithPatterns: loaded(chunk('checks-part'), chunk('validator'), chunk('pattern-part')),
    compiledAheadLibrary: loaded(chunk('checks-part')),
    compiledAhead50: ahead(50),
    compiledAhead200: ahead(200),
    english: sizesOf(readFileSync(chunk('en-part'))),
    whole: add(files),
  };
}
