// A web-dev-server plugin that serves the CommonJS modules core imports (ajv, ajv-formats)
// as ES modules for browser tests. They are bundled together by esbuild, once, so that
// ajv-formats and ajv share one copy of ajv's code generator, as they do in the real bundle.
import { build } from 'esbuild';

const packages = { ajv: 'ajv', 'ajv/dist/2020.js': 'ajv2020', 'ajv-formats': 'ajvFormats', 'ajv/dist/standalone/index.js': 'ajvStandalone' };
/** Modules imported for their named exports: specifier → the names. */
const named = { 'ajv-formats/dist/formats.js': ['fullFormats'] };
const prefix = '/__cjs-vendor__/';
let bundle;

async function vendorBundle() {
  bundle ??= build({
    stdin: {
      contents: Object.entries(packages)
        .map(([specifier, name]) => `export { default as ${name} } from '${specifier}';`)
        .concat(Object.entries(named).map(([specifier, names]) => `export { ${names.join(', ')} } from '${specifier}';`))
        .join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** The plugin: bare imports of those packages resolve to one virtual ES module each. */
export function cjsVendor() {
  return {
    name: 'guichet-cjs-vendor',
    resolveImport({ source }) {
      if (named[source]) return `${prefix}named/${encodeURIComponent(source)}.js`;
      const name = packages[source];
      return name ? `${prefix}${name}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      if (context.path === `${prefix}bundle.js`) return { body: await vendorBundle(), type: 'js' };
      if (context.path.startsWith(`${prefix}named/`)) {
        const names = named[decodeURIComponent(context.path.slice(`${prefix}named/`.length, -'.js'.length))] ?? [];
        return { body: `export { ${names.join(', ')} } from '${prefix}bundle.js';\n`, type: 'js' };
      }
      const name = context.path.slice(prefix.length, -'.js'.length);
      return { body: `import { ${name} } from '${prefix}bundle.js';\nexport default ${name};\n`, type: 'js' };
    },
  };
}
