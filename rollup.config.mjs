// Bundles for pages without a bundler. Each package's own ESM + .d.ts output comes from `tsc -b`
// (run by `npm run build` first); rollup then bundles those outputs with their dependencies.
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Minifies the CSS of our `css\`…\`` templates (terser leaves template text alone): comments
 * out, whitespace collapsed. Our styles hold no string whose spaces matter (no `content:`).
 */
const minifyCss = {
  name: 'guichet-minify-css',
  transform(code, id) {
    if (!/packages\/form\/dist\/.+\.js$/.test(id)) return null;
    // `css \`…\`` as tsc writes it; the text may hold escaped backticks.
    const minified = code.replace(/\bcss\s*`((?:[^`\\]|\\.)*)`/g, (_, text) => {
      const css = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .trim();
      return `css\`${css}\``;
    });
    return { code: minified, map: null };
  },
};

const plugins = () => [nodeResolve({ browser: true }), commonjs(), json({ compact: true }), terser({ ecma: 2020, module: true })];

/**
 * The form's bundle takes `@guichet/core/lite`, whose `loadValidator()` imports the validator
 * (ajv, ajv-formats, redos-detector) as a chunk of its own, fetched once the form is shown.
 */
const coreLite = {
  name: 'guichet-core-lite',
  resolveId(source) {
    return source === '@guichet/core' ? fileURLToPath(new URL('packages/core/dist/lite.js', import.meta.url)) : null;
  },
};

const formDist = fileURLToPath(new URL('packages/form/dist/', import.meta.url));

/** Removes the chunks of earlier builds (their names carry a hash), so dist/ holds only what the entry loads. */
const cleanChunks = {
  name: 'guichet-clean-chunks',
  buildStart() {
    for (const file of readdirSync(formDist)) if (/^guichet-form-.+\.js(\.map)?$/.test(file)) rmSync(formDist + file);
  },
};

export default [
  // @guichet/core in one file, validator included: for servers and pages that load one file.
  {
    input: 'packages/core/dist/index.js',
    output: { file: 'packages/core/dist/guichet-core.bundle.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  // <guichet-form>: a commune loads guichet-form.js, which fetches the validator chunk beside it
  // (guichet-form-validator-*.js) after the first render. Host both files in the same folder.
  {
    // The BAN address search is a file of its own: only the pages that opt in load it.
    input: { 'guichet-form': 'packages/form/dist/guichet-form/guichet-form.define.js', 'guichet-form-ban': 'packages/form/dist/address/ban.js' },
    // The validator chunk imports what it shares with the form from guichet-form.js itself.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'packages/form/dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // The validator, and the elements a widget defines when it first shows them.
      chunkFileNames: (chunk) => (chunk.name.includes('ajv-backend') ? 'guichet-form-validator-[hash].js' : 'guichet-form-[name]-[hash].js'),
    },
    plugins: [cleanChunks, coreLite, minifyCss, ...plugins()],
  },
];
