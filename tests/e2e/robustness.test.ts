import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STALL_PROBE, highlightedTexts, launchWithExtension, pageState, pointOf, popover, startServer, waitForHighlights, type ExtensionBrowser, type FixtureServer } from './harness';

let server: FixtureServer;
let ext: ExtensionBrowser;
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  ext.context.on('weberror', (e) => errors.push(String(e.error())));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a live blog adding 50 nodes a second for 10 seconds', () => {
  let page: Page;
  const url = () => server.origin + '/live-blog.html';

  beforeAll(async () => {
    page = await ext.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript(STALL_PROBE);
    await page.goto(url());
    await waitForHighlights(page, 1);
  });

  it('stays responsive and highlights what arrives', async () => {
    // Newest entries first, like a live blog; 5 entries every 100 ms.
    await page.evaluate(`new Promise((resolve) => {
      let n = 0;
      const timer = setInterval(() => {
        const feed = document.getElementById('feed');
        for (let i = 0; i < 5; i++, n++) {
          const p = document.createElement('p');
          p.textContent = 'Update ' + n + ': officials say the defector crossed near Panmunjom.';
          feed.prepend(p);
        }
        if (n >= 500) { clearInterval(timer); resolve(); }
      }, 100);
    })`);
    await expect.poll(async () => (await pageState(ext, page)).mentions, { timeout: 10_000 }).toBeGreaterThanOrEqual(1 + 500 * 2);
    const texts = await highlightedTexts(page);
    expect(texts).toContain('Panmunjom');
    const worstStall = (await page.evaluate('Math.max(0, ...window.__stalls.map((s) => s.ms))')) as number;
    expect(worstStall).toBeLessThan(200);
  }, 30_000);

  it('forgets removed and replaced nodes without errors or leftovers', async () => {
    await page.evaluate(`document.getElementById('feed').replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Feed reset: no defector news.' }))`);
    // What is left: the headline's "DMZ" and the reset notice's "defector".
    await expect.poll(async () => (await pageState(ext, page)).mentions, { timeout: 5000 }).toBe(2);
    expect((await highlightedTexts(page)).sort()).toEqual(['DMZ', 'defector']);
    expect(errors).toEqual([]);
  });

  it('never reaches into the page’s own shadow roots', async () => {
    const inner = await page.evaluate(`document.getElementById('host').shadowRoot.getElementById('inner').innerHTML`);
    expect(inner).toBe('Shadow text: a defector crossed the DMZ.');
    const inShadow = await page.evaluate(`[...CSS.highlights.get('dmz-context-underline')].filter((r) => r.startContainer.getRootNode() !== document).length`);
    expect(inShadow).toBe(0);
  });
});

describe('turning a site off', () => {
  it('removes every highlight, element and listener', async () => {
    const page = await ext.context.newPage();
    const url = server.origin + '/seed-2025-central-front-soldier.html';
    await page.goto(url);
    await waitForHighlights(page, 5);
    const worker = ext.context.serviceWorkers()[0]!;
    await worker.evaluate(() => chrome.storage.sync.set({ disabledSites: ['127.0.0.1'] }));
    await expect.poll(() => highlightedTexts(page), { timeout: 5000 }).toEqual([]);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    expect(await page.locator('dmz-context-ui').count()).toBe(0);
    expect((await pageState(ext, page)).mentions).toBe(0);
    // Listeners are gone: hovering and the keyboard shortcut do nothing.
    const p = await pointOf(page, 'article p', 'Demilitarized Zone');
    await page.mouse.move(p.x, p.y);
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForTimeout(600);
    expect(await popover(page).count()).toBe(0);
    // New content is not scanned either.
    await page.evaluate(`document.querySelector('article').append(Object.assign(document.createElement('p'), { textContent: 'A defector crossed the DMZ.' }))`);
    await page.waitForTimeout(600);
    expect(await highlightedTexts(page)).toEqual([]);
    await worker.evaluate(() => chrome.storage.sync.remove('disabledSites'));
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 5000 }).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a huge page', () => {
  it('scans a 3 MB article without stalling the page', async () => {
    const para = '<p>Officials said a North Korean soldier defected across the DMZ near Panmunjom. ' + 'The weather was cold and markets were mixed. '.repeat(8) + '</p>';
    server.pages.set('/huge.html', `<!doctype html><title>North Korea</title><article><h1>North Korea</h1>${para.repeat(Math.ceil(3_000_000 / para.length))}</article>`);
    const page = await ext.context.newPage();
    await page.addInitScript(STALL_PROBE);
    await page.goto(server.origin + '/huge.html', { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('dmz-context:scan').length > 0, undefined, { timeout: 30_000, polling: 100 });
    // Stalls after the content script started (parsing the page itself is not ours).
    const stalls = (await page.evaluate(`window.__stalls.filter((s) => s.at >= performance.getEntriesByName('dmz-context:start')[0].startTime).map((s) => s.ms)`)) as number[];
    expect(Math.max(0, ...stalls)).toBeLessThan(150);
    expect((await pageState(ext, page)).mentions).toBeGreaterThan(10_000);
    await page.close();
  }, 60_000);
});
