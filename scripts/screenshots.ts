/**
 * Regenerates docs/popover.png and docs/popup.png from the built extension in
 * headless Chromium: `npm run build && npx tsx scripts/screenshots.ts`.
 * `npx tsx scripts/screenshots.ts firefox /tmp/shots` takes the same pictures
 * in Firefox, into another folder.
 */
import { join } from 'node:path';
import { BROWSERS, launchBrowser, type BrowserName } from '../tests/e2e/driver';
import { startServer } from '../tests/e2e/harness';
import { hover, openPopupFor, waitForHighlights } from '../tests/e2e/helpers';

const [name = 'chromium', out = 'docs'] = process.argv.slice(2);
if (!BROWSERS.includes(name as BrowserName)) throw new Error(`browser must be one of ${BROWSERS.join(', ')}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const server = await startServer();
const browser = await launchBrowser(name as BrowserName);
try {
  const page = await browser.open(`${server.origin}/seed-2022-south-korean-soldier.html`);
  await page.resize(1000, 820);
  await waitForHighlights(page, 8);
  await hover(page, 'h1', 'defection');
  while ((await page.ui.count('.pop')) === 0) await sleep(100);
  await sleep(200);
  await page.screenshot(join(out, 'popover.png'));

  const popup = await openPopupFor(browser, page);
  await popup.resize(400, 600);
  await popup.fill({ role: 'searchbox', name: 'Search incidents' }, 'JSA');
  await sleep(300);
  await popup.screenshot(join(out, 'popup.png'));
} finally {
  await browser.close();
  await server.close();
}
