// Takes the README's screenshots of the demo form in headless Chromium, at a phone and a
// desktop width, before and after a refused step, then inside a commune's CMS-themed page at
// 320 px and on a desktop: `node scripts/screenshots.mjs` (after a build).
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const port = 8790;
const server = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));
await mkdir('docs/screenshots', { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const [name, width] of [['phone', 390], ['desktop', 1100]]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:${port}/formulaire.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('guichet-form')?.shadowRoot?.querySelector('form'));
    await page.screenshot({ path: `docs/screenshots/form-${name}.png`, fullPage: true });
    await page.evaluate(() => document.querySelector('guichet-form').next());
    await page.waitForFunction(() => document.querySelector('guichet-form').shadowRoot.querySelector('.error-summary'));
    await page.screenshot({ path: `docs/screenshots/form-${name}-errors.png`, fullPage: true });
    await page.close();
  }
  for (const [name, width] of [['320', 320], ['desktop', 1100]]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:${port}/mairie-exemple.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('guichet-form')?.shadowRoot?.querySelector('form'));
    await page.evaluate(() => document.querySelector('guichet-form').next());
    await page.waitForFunction(() => document.querySelector('guichet-form').shadowRoot.querySelector('.error-summary'));
    await page.screenshot({ path: `docs/screenshots/cms-theme-${name}.png`, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log('Wrote docs/screenshots/form-{phone,desktop}{,-errors}.png and cms-theme-{320,desktop}.png');
