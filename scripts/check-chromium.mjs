// Exits with a clear message when no Chromium/Chrome is available for the browser tests.
import { findChromium } from './chromium.mjs';

const path = findChromium();
if (!path) {
  console.error(`No Chromium or Chrome found for the browser tests.
Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROME_PATH at a Chrome/Chromium executable:   CHROME_PATH=/path/to/chrome npm test`);
  process.exit(1);
}
console.log(`Browser tests run in ${path}`);
