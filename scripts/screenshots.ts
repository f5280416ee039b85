/**
 * Regenerates the screenshots from the built extension in headless Chromium:
 * `npm run build && npx tsx scripts/screenshots.ts`.
 *
 * docs/popover.png and docs/popup.png (the README's) and, under
 * docs/screenshots/, the popover, the popup (list, incident, map) and the
 * options page in three variants: light, dark, and with the browser in Korean.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, startServer, type FixtureServer } from '../tests/e2e/harness';
import { driverPage } from '../tests/e2e/chromium-driver';
import { pointOf, waitForHighlights, waitForPopover } from '../tests/e2e/helpers';

const OUT = 'docs/screenshots';
type Variant = 'light' | 'dark' | 'ko';

async function shoot(page: Page, name: string, variant: Variant, fullPage = false): Promise<void> {
  // Let fonts and layout settle after the last change.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${OUT}/${name}-${variant}.png`, fullPage });
}

async function article(context: BrowserContext, server: FixtureServer, variant: Variant): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: variant === 'dark' ? 'dark' : 'light' });
  await page.setViewportSize({ width: 1000, height: 820 });
  if (variant === 'ko') {
    await page.goto(`${server.origin}/ko-2024-goseong-staff-sergeant.html`);
    await waitForHighlights(driverPage(page), 3);
    const p = await pointOf(driverPage(page), 'article p', '귀순');
    await page.mouse.move(p.x, p.y);
  } else {
    await page.goto(`${server.origin}/count-error-sokcho-family.html`);
    await waitForHighlights(driverPage(page), 3);
    const p = await pointOf(driverPage(page), 'article', 'NLL');
    await page.mouse.move(p.x, p.y);
  }
  await waitForPopover(driverPage(page));
  return page;
}

async function extensionPage(
  context: BrowserContext,
  extensionId: string,
  path: string,
  variant: Variant,
  size: { width: number; height: number },
): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: variant === 'dark' ? 'dark' : 'light' });
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${extensionId}/src/${path}/index.html`);
  return page;
}

async function variant(server: FixtureServer, v: Variant): Promise<void> {
  const ext = await launchWithExtension(v === 'ko' ? { language: 'ko' } : {});
  try {
    const page = await article(ext.context, server, v);
    await shoot(page, 'popover', v);
    if (v === 'light') await page.screenshot({ path: 'docs/popover.png' });

    const popup = await extensionPage(ext.context, ext.extensionId, 'popup', v, { width: 400, height: 600 });
    // The popup asks the active tab: make the article active, then reload the popup.
    await page.bringToFront();
    await popup.reload();
    await popup.locator('.result').first().waitFor();
    const search = popup.getByRole('searchbox');
    await search.fill('JSA');
    await shoot(popup, 'popup', v);
    if (v === 'light') await popup.screenshot({ path: 'docs/popup.png' });
    await search.fill(v === 'ko' ? '오청성' : 'Oh Chong Song');
    await popup.locator('.result').first().click();
    await popup.locator('.detail .map').waitFor();
    await shoot(popup, 'popup-incident', v);
    await popup.locator('.detail .link').first().click();
    await search.fill('');
    await popup.locator('.view-switch button').nth(1).click();
    await popup.locator('.incidents-map').waitFor();
    // The whole page: the map and, below it, the chart.
    await shoot(popup, 'popup-map', v, true);

    const options = await extensionPage(ext.context, ext.extensionId, 'options', v, { width: 760, height: 620 });
    await options.locator('form.settings').waitFor();
    await shoot(options, 'options', v);
  } finally {
    await ext.close();
  }
}

mkdirSync(OUT, { recursive: true });
const server = await startServer();
try {
  for (const v of ['light', 'dark', 'ko'] as const) await variant(server, v);
} finally {
  await server.close();
}
