// Custom Elements Manifest of <guichet-form> (read by `node scripts/manifest.mjs`).
// packagejson: false, because packages/form/package.json already names its manifest.
export default {
  globs: ['packages/form/src/**/*.ts'],
  // The conformance suite (@guichet/form/testing) is for tests: no element, not part of the manifest.
  exclude: ['packages/form/src/testing/**'],
  outdir: 'packages/form',
  litelement: true,
  packagejson: false,
};
