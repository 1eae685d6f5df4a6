// Storybook for <guichet-form>: its states, every built-in widget and the test fixtures.
// `npm run storybook` serves it on port 6006; `npm run build-storybook` writes storybook-static/.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // The axe panel: the same checks the browser tests run, on every story and state.
  addons: ['@storybook/addon-a11y'],
  core: {
    // A commune's project makes no call to a third party, and neither does its tooling.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: {
        // Our packages' exports list `guichet-source` first: stories run from the TypeScript
        // source, as the tests do, so no `npm run build` is needed before Storybook.
        conditions: ['guichet-source', ...defaultClientConditions],
      },
      optimizeDeps: {
        // ajv and ajv-formats are CommonJS; pre-bundling turns them into ES modules the
        // browser can import (the scan may miss them, since core is linked source, not a dependency).
        // The build does not pre-bundle: rollup's CommonJS plugin reads the same files.
        include: ['ajv', 'ajv/dist/2020.js', 'ajv-formats'],
      },
      build: {
        // The preview carries axe and Storybook's runtime (about 1 MB): a tool's, not a page's.
        chunkSizeWarningLimit: 1500,
      },
      esbuild: {
        // Our Lit decorators are TypeScript's legacy ones (tsconfig.base.json). Vite reads each
        // file's nearest tsconfig; these win over it, so no file is ever compiled otherwise,
        // which would leave reactive properties shadowed by class fields that never update.
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      },
    }),
};

export default config;
