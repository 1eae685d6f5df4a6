// Single-file bundles. Each package's own ESM + .d.ts output comes from `tsc -b` (run by
// `npm run build` first); rollup then bundles those outputs with their dependencies inlined,
// for pages and servers that load one file without a bundler.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** One self-contained, minified ES module. */
function bundle(input, file) {
  return {
    input,
    output: { file, format: 'es', sourcemap: true },
    plugins: [nodeResolve({ browser: true }), commonjs(), json({ compact: true }), terser({ ecma: 2020, module: true })],
  };
}

export default [
  bundle('packages/core/dist/index.js', 'packages/core/dist/guichet-core.bundle.js'),
  // <guichet-form> with Lit and the validator inlined: a commune needs only this file.
  bundle('packages/form/dist/guichet-form/guichet-form.define.js', 'packages/form/dist/guichet-form.js'),
];
