// Finds the Chromium (or Chrome) that browser tests and benchmarks drive.
// CHROME_PATH wins; else Debian's /usr/bin/chromium, then other usual places.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

/** The browser executable, or undefined when none is installed. */
export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

/** Flags for a headless run on a closed network (and as root, which needs --no-sandbox). */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
