/**
 * Regenerates docs/popover.png and docs/popup.png from the built extension in
 * headless Chromium: `npm run build && npx tsx scripts/screenshots.ts`.
 */
import { launchWithExtension, pointOf, startServer, waitForHighlights, waitForPopover } from '../tests/e2e/harness';

const server = await startServer();
const ext = await launchWithExtension();
try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 820 });
  await page.goto(`${server.origin}/seed-2022-south-korean-soldier.html`);
  await waitForHighlights(page, 8);
  const p = await pointOf(page, 'h1', 'defection');
  await page.mouse.move(p.x, p.y);
  await waitForPopover(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/popover.png' });

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
  await page.bringToFront();
  await popup.reload();
  await popup.getByRole('searchbox', { name: 'Search incidents' }).fill('JSA');
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: 'docs/popup.png' });
} finally {
  await ext.close();
  await server.close();
}
