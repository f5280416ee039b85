import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STALL_PROBE, extensionListeners, highlightedTexts, launchWithExtension, pageState, painted, pointOf, startServer, traces, waitForHighlights, waitForPopover, type ExtensionBrowser, type FixtureServer } from './harness';

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
    const all = await painted(page);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((m) => !m.inDocument)).toEqual([]);
  });
});

describe('turning a site off', () => {
  it('removes every highlight, style, element and listener, and scans nothing new', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.origin + '/seed-2025-central-front-soldier.html');
    await waitForHighlights(page, 5);
    const worker = ext.context.serviceWorkers()[0]!;
    // Beside the text hovered below, so it is on screen (only blocks near the viewport are painted).
    const addMention = (n: number) => page.evaluate(`document.querySelector('article p').after(Object.assign(document.createElement('p'), { id: 'added-${n}', textContent: 'A defector crossed the DMZ.' }))`);
    const paintedIn = async (id: string) => (await painted(page)).filter((m) => m.within.includes(id)).length;
    // While on: hovering opens a popover, and added text is highlighted (and how fast).
    const p = await pointOf(page, 'article p', 'Demilitarized Zone');
    await page.mouse.move(p.x, p.y);
    await waitForPopover(page);
    await page.mouse.move(0, 0);
    const t0 = Date.now();
    await addMention(1);
    await expect.poll(() => paintedIn('added-1'), { timeout: 5000 }).toBe(2);
    const scanDelay = Date.now() - t0;
    expect((await extensionListeners(page)).map((l) => l.type)).toEqual(expect.arrayContaining(['pointermove', 'click']));

    await worker.evaluate(() => chrome.storage.local.set({ 'site-off:127.0.0.1': true }));
    await expect.poll(() => traces(page), { timeout: 5000 }).toEqual({ highlights: 0, sheets: 0, elements: 0 });
    expect(await extensionListeners(page)).toEqual([]);
    expect((await pageState(ext, page)).mentions).toBe(0);
    // Nothing answers the pointer now, nor new text, in more than the time either took while on.
    await page.mouse.move(p.x, p.y);
    await addMention(2);
    await page.waitForTimeout(Math.max(1000, 3 * scanDelay));
    expect(await traces(page)).toEqual({ highlights: 0, sheets: 0, elements: 0 });

    await worker.evaluate(() => chrome.storage.local.remove('site-off:127.0.0.1'));
    await expect.poll(() => paintedIn('added-2'), { timeout: 5000 }).toBe(2);
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
