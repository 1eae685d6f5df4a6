// Custom Elements Manifest of <guichet-form> (read by `node scripts/manifest.mjs`).
// packagejson: false, because packages/form/package.json already names its manifest.
export default {
  globs: ['packages/form/src/**/*.ts'],
  outdir: 'packages/form',
  litelement: true,
  packagejson: false,
};
