import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type DriverPage, type ExtensionBrowser } from './driver';
import { STALL_PROBE, startServer, type FixtureServer } from './harness';
import { highlightedTexts, pageState, pointOf, waitForHighlights } from './helpers';

describe.each(BROWSERS)('%s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser(browserName);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('a live blog adding 50 nodes a second for 10 seconds', () => {
    let page: DriverPage;

    beforeAll(async () => {
      page = await browser.open(server.origin + '/live-blog.html', { initScript: STALL_PROBE });
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
      await expect.poll(async () => (await pageState(browser, page)).mentions, { timeout: 10_000 }).toBeGreaterThanOrEqual(1 + 500 * 2);
      // Painted once the blocks' IntersectionObserver callbacks come (a full rescan, under load, starts them over).
      await expect.poll(() => highlightedTexts(page), { timeout: 5000 }).toContain('Panmunjom');
      const worstStall = await page.evaluate<number>('Math.max(0, ...window.__stalls.map((s) => s.ms))');
      expect(worstStall).toBeLessThan(200);
    }, 30_000);

    it('forgets removed and replaced nodes without errors or leftovers', async () => {
      await page.evaluate(`document.getElementById('feed').replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Feed reset: no defector news.' }))`);
      // What is left: the headline's "DMZ" and the reset notice's "defector".
      await expect.poll(async () => (await pageState(browser, page)).mentions, { timeout: 5000 }).toBe(2);
      // Painting follows in the next IntersectionObserver callback (only mentions near the viewport are painted).
      await expect.poll(async () => (await highlightedTexts(page)).sort(), { timeout: 5000 }).toEqual(['DMZ', 'defector']);
      expect(browser.errors()).toEqual([]);
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
      const page = await browser.open(server.origin + '/seed-2025-central-front-soldier.html');
      await waitForHighlights(page, 5);
      // Hovering opens a popover while the site is on…
      const p = await pointOf(page, 'article p', 'Demilitarized Zone');
      await page.mouseMove(p);
      await expect.poll(() => page.ui.count('.pop'), { timeout: 5000 }).toBe(1);
      await page.press('Escape');
      await page.mouseMove({ x: 1, y: 1 });
      await browser.evaluateInExtension(() => chrome.storage.sync.set({ disabledSites: ['127.0.0.1'] }), undefined);
      await expect.poll(() => highlightedTexts(page), { timeout: 5000 }).toEqual([]);
      expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
      expect(await page.count('dmz-context-ui')).toBe(0);
      expect((await pageState(browser, page)).mentions).toBe(0);
      // …and not once it is off: hovering and the keyboard shortcut do nothing.
      await page.mouseMove(await pointOf(page, 'article p', 'Demilitarized Zone'));
      await page.press('Alt+Shift+KeyN');
      await new Promise((r) => setTimeout(r, 600));
      expect(await page.count('dmz-context-ui')).toBe(0);
      // New content is not scanned either.
      await page.evaluate(`document.querySelector('article').append(Object.assign(document.createElement('p'), { textContent: 'A defector crossed the DMZ.' }))`);
      await new Promise((r) => setTimeout(r, 600));
      expect(await highlightedTexts(page)).toEqual([]);
      await browser.evaluateInExtension(() => chrome.storage.sync.remove('disabledSites'), undefined);
      await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 5000 }).toBeGreaterThan(0);
      await page.close();
    });
  });

  describe('a huge page', () => {
    it('scans a 3 MB article without stalling the page', async () => {
      const para = '<p>Officials said a North Korean soldier defected across the DMZ near Panmunjom. ' + 'The weather was cold and markets were mixed. '.repeat(8) + '</p>';
      server.pages.set('/huge.html', `<!doctype html><title>North Korea</title><article><h1>North Korea</h1>${para.repeat(Math.ceil(3_000_000 / para.length))}</article>`);
      const page = await browser.open(server.origin + '/huge.html', { initScript: STALL_PROBE });
      await page.waitFor(() => performance.getEntriesByName('dmz-context:scan').length > 0, undefined, 30_000);
      // Stalls after the content script started (parsing the page itself is not ours).
      const stalls = await page.evaluate<number[]>(`window.__stalls.filter((s) => s.at >= performance.getEntriesByName('dmz-context:start')[0].startTime).map((s) => s.ms)`);
      expect(Math.max(0, ...stalls)).toBeLessThan(150);
      expect((await pageState(browser, page)).mentions).toBeGreaterThan(10_000);
      await page.close();
    }, 60_000);
  });

  describe('the error check', () => {
    it('sees an error thrown in a page (so the check for none above can fail)', async () => {
      const page = await browser.open(server.origin + '/network-dmz.html');
      await page.evaluate(() =>
        void setTimeout(() => {
          throw new Error('error-probe');
        }),
      );
      await expect.poll(() => browser.errors().some((e) => e.includes('error-probe')), { timeout: 5000 }).toBe(true);
      await page.close();
    });
  });
});
