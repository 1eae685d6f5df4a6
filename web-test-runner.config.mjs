// Browser tests: real Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { cjsVendor } from './scripts/wtr-cjs-vendor.mjs';

export default {
  files: ['tests/**/*.test.ts', '!tests/core/**'],
  nodeResolve: { exportConditions: ['guichet-source', 'browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [cjsVendor(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } })],
};
