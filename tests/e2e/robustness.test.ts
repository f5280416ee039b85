import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type DriverPage, type ExtensionBrowser } from './driver';
import { STALL_PROBE, type FixtureServer } from './harness';
import {
  highlightedTexts,
  pageState,
  painted,
  pointOf,
  sleep,
  traces,
  waitForHighlights,
  waitForPopover,
  withExtension,
} from './helpers';

describe.each(BROWSERS)('%s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withExtension(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  describe('a live blog adding 50 nodes a second for 10 seconds', () => {
    let page: DriverPage;

    beforeAll(async () => {
      page = await browser.open(server.origin + '/live-blog.html', { initScript: STALL_PROBE });
      await waitForHighlights(page, 1);
    });

    // A stall on a shared machine (another job, the browser's own housekeeping) can pass 200 ms once; one that
    // is ours comes back every time, so a stall counts only if a second try, on its own window, repeats it.
    it('stays responsive and highlights what arrives', { retry: 1, timeout: 30_000 }, async () => {
      const mentionsBefore = (await pageState(browser, page)).mentions;
      const since = await page.evaluate<number>('performance.now()');
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
      await expect
        .poll(async () => (await pageState(browser, page)).mentions, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(mentionsBefore + 500 * 2);
      // Painted once the blocks' IntersectionObserver callbacks come (a full rescan, under load, starts them over).
      await expect.poll(() => highlightedTexts(page), { timeout: 5000 }).toContain('Panmunjom');
      // Stalls while the feed grew: loading the page itself is the browser's (Firefox, on this machine under
      // load, spends 90-150 ms at a time on it with the extension off for the site).
      const worstStall = await page.evaluate<number>(
        `Math.max(0, ...window.__stalls.filter((s) => s.at >= ${since}).map((s) => s.ms))`,
      );
      expect(worstStall).toBeLessThan(200);
    });

    it('forgets removed and replaced nodes without errors or leftovers', async () => {
      await page.evaluate(
        `document.getElementById('feed').replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Feed reset: no defector news.' }))`,
      );
      // What is left: the headline's "DMZ" and the reset notice's "defector".
      await expect.poll(async () => (await pageState(browser, page)).mentions, { timeout: 5000 }).toBe(2);
      // Painting follows in the next IntersectionObserver callback (only mentions near the viewport are painted).
      await expect
        .poll(async () => (await highlightedTexts(page)).sort(), { timeout: 5000 })
        .toEqual(['DMZ', 'defector']);
      expect(browser.errors()).toEqual([]);
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
      const page = await browser.open(server.origin + '/seed-2025-central-front-soldier.html');
      await waitForHighlights(page, 5);
      // Beside the text hovered below, so it is on screen (only blocks near the viewport are painted).
      const addMention = (n: number) =>
        page.evaluate(
          `document.querySelector('article p').after(Object.assign(document.createElement('p'), { id: 'added-${n}', textContent: 'A defector crossed the DMZ.' }))`,
        );
      const paintedIn = async (id: string) => (await painted(page)).filter((m) => m.within.includes(id)).length;
      // While on: hovering opens a popover, and added text is highlighted (and how fast).
      const p = await pointOf(page, 'article p', 'Demilitarized Zone');
      await page.mouseMove(p);
      await waitForPopover(page);
      await page.mouseMove({ x: 0, y: 0 });
      const t0 = Date.now();
      await addMention(1);
      await expect.poll(() => paintedIn('added-1'), { timeout: 5000 }).toBe(2);
      const scanDelay = Date.now() - t0;
      // Firefox shows no content script's listeners to a test; there what they do is checked below.
      const listeners = browser.contentScripts?.listeners;
      if (listeners)
        expect((await listeners(page)).map((l) => l.type)).toEqual(expect.arrayContaining(['pointermove', 'click']));

      await browser.evaluateInExtension(() => chrome.storage.local.set({ 'site-off:127.0.0.1': true }), undefined);
      await expect.poll(() => traces(page), { timeout: 5000 }).toEqual({ highlights: 0, sheets: 0, elements: 0 });
      if (listeners) expect(await listeners(page)).toEqual([]);
      expect((await pageState(browser, page)).mentions).toBe(0);
      // Nothing answers the pointer now, nor new text, in more than the time either took while on.
      await page.mouseMove(p);
      await addMention(2);
      await sleep(Math.max(1000, 3 * scanDelay));
      expect(await traces(page)).toEqual({ highlights: 0, sheets: 0, elements: 0 });

      await browser.evaluateInExtension(() => chrome.storage.local.remove('site-off:127.0.0.1'), undefined);
      await expect.poll(() => paintedIn('added-2'), { timeout: 5000 }).toBe(2);
      await page.close();
    });
  });

  describe('a huge page', () => {
    // One retry, for the reason given for the live blog above.
    it('scans a 3 MB article without stalling the page', { retry: 1, timeout: 60_000 }, async () => {
      const para =
        '<p>Officials said a North Korean soldier defected across the DMZ near Panmunjom. ' +
        'The weather was cold and markets were mixed. '.repeat(8) +
        '</p>';
      server.pages.set(
        '/huge.html',
        `<!doctype html><title>North Korea</title><article><h1>North Korea</h1>${para.repeat(Math.ceil(3_000_000 / para.length))}</article>`,
      );
      const page = await browser.open(server.origin + '/huge.html', { initScript: STALL_PROBE });
      try {
        await page.waitFor(() => performance.getEntriesByName('dmz-context:scan').length > 0, undefined, 30_000);
        // Stalls after the content script started (parsing the page itself is not ours).
        const stalls = await page.evaluate<number[]>(
          `window.__stalls.filter((s) => s.at >= performance.getEntriesByName('dmz-context:start')[0].startTime).map((s) => s.ms)`,
        );
        expect(Math.max(0, ...stalls)).toBeLessThan(150);
        expect((await pageState(browser, page)).mentions).toBeGreaterThan(10_000);
      } finally {
        await page.close();
      }
    });
  });

  describe('the error check', () => {
    it('sees an error thrown in a page (so the check for none above can fail)', async () => {
      const page = await browser.open(server.origin + '/network-dmz.html');
      await page.evaluate(
        () =>
          void setTimeout(() => {
            throw new Error('error-probe');
          }),
      );
      await expect.poll(() => browser.errors().some((e) => e.includes('error-probe')), { timeout: 5000 }).toBe(true);
      await page.close();
    });
  });
});
