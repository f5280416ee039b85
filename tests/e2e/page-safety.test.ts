import { describe, expect, it } from 'vitest';
import { BROWSERS, type DriverPage, type ExtensionBrowser } from './driver';
import { FORCE_WRAP, builtManifest, type FixtureServer } from './harness';
import {
  badgeText,
  highlightedTexts,
  hover,
  pageState,
  painted,
  popoverView,
  sleep,
  traces,
  waitForHighlights,
  waitForPopover,
  withExtension,
} from './helpers';

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const SHOP = page(
  'Garden chairs — Outdoor furniture sale',
  `<main><h1>Garden chairs</h1>${'<p>Weatherproof teak chair with cushions, free delivery over 50 euros. The router sits in the DMZ of the shop network.</p>'.repeat(40)}<input id="q" placeholder="Search"></main>`,
);
const KOREA = page(
  'North Korean soldier defects across the DMZ',
  `<article><h1>North Korean soldier defects across the DMZ</h1><p id="lede">A North Korean soldier crossed the Military Demarcation Line on Tuesday and defected, the Joint Chiefs of Staff in Seoul said.</p><p><input id="q" placeholder="Comment"></p><p id="more">The defector was taken into custody near Panmunjom.</p></article>`,
);

describe.each(BROWSERS)('%s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withExtension(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  async function open(path: string, html?: string, initScript?: string): Promise<DriverPage> {
    if (html !== undefined) server.pages.set(path, html);
    return browser.open(server.origin + path, initScript === undefined ? undefined : { initScript });
  }

  describe('a page that is not about Korea', () => {
    it('gets nothing: no element, highlight, style or listener, though the content script ran', async () => {
      const p = await open('/shop.html', SHOP);
      // Firefox shows no content script's world to a test: there the next test shows the script is on such pages.
      if (browser.contentScripts) await expect.poll(() => browser.contentScripts!.ran(p), { timeout: 5000 }).toBe(true);
      expect(await traces(p)).toEqual({ highlights: 0, sheets: 0, elements: 0 });
      if (browser.contentScripts) expect(await browser.contentScripts.listeners(p)).toEqual([]);
      await p.close();
    });

    it('is checked again when content about Korea arrives later (a single-page app navigating)', async () => {
      const p = await open('/shop-spa.html', SHOP);
      if (browser.contentScripts) await expect.poll(() => browser.contentScripts!.ran(p), { timeout: 5000 }).toBe(true);
      await p.evaluate(() => {
        document.querySelector('main')!.innerHTML =
          '<h1>North Korea</h1><p>A defector crossed the DMZ near Panmunjom.</p>';
      });
      expect(await waitForHighlights(p, 3)).toEqual(expect.arrayContaining(['defector', 'DMZ', 'Panmunjom']));
      await p.close();
    });
  });

  describe('nothing for pages to probe', () => {
    it('declares no resource at a fixed URL, and the page cannot fetch the extension’s files', async () => {
      const wars = builtManifest().web_accessible_resources ?? [];
      expect(wars.every((w) => w.use_dynamic_url === true)).toBe(true);
      const p = await open('/probe.html', KOREA);
      await waitForHighlights(p, 3);
      const files = ['manifest.json', ...wars.flatMap((w) => w.resources)];
      const fetched = await p.evaluate(
        async ([origin, list]) =>
          Promise.all(
            list.map((f) =>
              fetch(`${origin}/${f}`).then(
                (r) => r.status,
                () => 'blocked',
              ),
            ),
          ),
        [browser.extensionOrigin, files] as const,
      );
      // Firefox ignores use_dynamic_url: there the second stage answers at moz-extension://<UUID>/, whose UUID is
      // random per installation, so no page knows it (these tests pin it through a pref to open the extension's
      // pages). Everything else is refused there too.
      const reachable = (f: string) => browser.name === 'firefox' && wars.some((w) => w.resources.includes(f));
      expect(fetched).toEqual(files.map((f) => (reachable(f) ? 200 : 'blocked')));
      // Loading our second stage left no trace a page can read.
      expect(
        await p.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((e) => !e.name.startsWith(location.origin))
            .map((e) => e.name),
        ),
      ).toEqual([]);
      await p.close();
    });
  });

  describe('a page’s keys stay the page’s', () => {
    for (const [name, html] of [
      ['without mentions', SHOP],
      ['with mentions', KOREA],
    ] as const) {
      it(`a text field gets every key, on a page ${name}`, async () => {
        const p = await open(`/keys-${name.replace(' ', '-')}.html`, html);
        if (html === KOREA) await waitForHighlights(p, 3);
        await p.evaluate(() => {
          const w = window as unknown as { seen: string[] };
          w.seen = [];
          document
            .getElementById('q')!
            .addEventListener('keydown', (e) => w.seen.push(`${e.key}${e.defaultPrevented ? '!' : ''}`));
        });
        await p.focus('#q');
        const keys = [
          'Alt+Shift+KeyN',
          'Alt+Shift+KeyP',
          'Alt+Shift+Period',
          'Alt+Shift+Comma',
          'Control+Shift+Period',
          'a',
          'Escape',
        ];
        for (const k of keys) await p.press(k);
        const seen = (await p.evaluate(() => (window as unknown as { seen: string[] }).seen)).filter(
          (k) => !['Alt', 'Shift', 'Control'].includes(k),
        );
        expect(seen).toEqual(['N', 'P', '>', '<', '>', 'a', 'Escape']);
        expect(await p.evaluate(() => (document.getElementById('q') as HTMLInputElement).value)).toBe('a');
        await p.close();
      });
    }

    it('Esc in a text field, and a page’s synthetic Esc, leave the popover alone; a real Esc elsewhere closes it', async () => {
      const p = await open('/keys-popover.html', KOREA);
      await waitForHighlights(p, 3);
      await hover(p, '#more', 'Panmunjom');
      await waitForPopover(p);
      await p.evaluate(() => document.getElementById('q')!.focus());
      await p.press('Escape');
      await p.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
      expect((await popoverView(p))?.open).toBe(true);
      await p.evaluate(() => (document.activeElement as HTMLElement).blur());
      await p.press('Escape');
      await waitForPopover(p, false);
      await p.close();
    });
  });

  describe('a hostile page', () => {
    it('can neither read nor change the popover', async () => {
      // The page patches shadow-root creation before anything runs and polls every element.
      const spyScript = `(() => {
        window.caught = [];
        window.found = [];
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, { ...init, mode: 'open' });
          window.caught.push(root);
          return root;
        };
        setInterval(() => {
          for (const el of document.querySelectorAll('*')) {
            const root = el.shadowRoot ?? null;
            if (root?.querySelector('.pop')) {
              window.found.push(root.textContent ?? '');
              root.querySelectorAll('a').forEach((a) => (a.href = 'https://phish.example/'));
              root.querySelector('.warn')?.remove();
            }
          }
        }, 20);
      })();`;
      const p = await open('/spy.html', KOREA, spyScript);
      await waitForHighlights(p, 3);
      await hover(p, '#lede', 'defected');
      const view = (await waitForPopover(p))!;
      await sleep(200);
      const spy = await p.evaluate(() => {
        const w = window as unknown as { caught: ShadowRoot[]; found: string[] };
        const host = document.documentElement.lastElementChild!;
        let attach = 'allowed';
        try {
          host.attachShadow({ mode: 'open' });
        } catch {
          attach = 'refused';
        }
        return {
          caught: w.caught.length,
          found: w.found.length,
          shadowRoot: host.shadowRoot === null ? null : 'open',
          attach,
          html: host.getHTML({ serializableShadowRoots: true }),
        };
      });
      expect(spy).toEqual({ caught: 0, found: 0, shadowRoot: null, attach: 'refused', html: '' });
      const after = (await popoverView(p))!;
      expect(after.text).toBe(view.text);
      expect(after.links.every((l) => !l.href.includes('phish'))).toBe(true);
      await p.close();
    });

    it('cannot switch the extension off by claiming its old element name, nor hide text in such an element', async () => {
      const p = await open(
        '/claim.html',
        page(
          'North Korea',
          '<article><h1>North Korea</h1><dmz-context-ui><p id="inside">A defector crossed the DMZ.</p></dmz-context-ui></article>',
          '<script>customElements.define("dmz-context-ui", class extends HTMLElement { static disabledFeatures = ["shadow"]; });</script>',
        ),
      );
      await waitForHighlights(p, 2);
      expect((await painted(p)).filter((m) => m.within.includes('inside')).map((m) => m.text)).toEqual([
        'defector',
        'DMZ',
      ]);
      await hover(p, '#inside', 'defector');
      expect((await waitForPopover(p))!.text).toContain('defector');
      await p.close();
    });

    it('source links open through the extension, at the dataset’s address', async () => {
      // The "Check this" box on this story shows its sources without unfolding anything.
      const p = await open('/count-error-sokcho-family.html');
      await waitForHighlights(p, 3);
      await hover(p, 'article', 'NLL');
      // Where the link is once the popover has settled: late layout (fonts, the map) can still resize it, and
      // placed above its mention it then moves.
      let link = (await waitForPopover(p))!.firstLink!;
      for (let prev: typeof link | undefined; JSON.stringify(prev) !== JSON.stringify(link);) {
        prev = link;
        await sleep(150);
        link = (await popoverView(p))!.firstLink!;
      }
      expect(link.href).toMatch(/^https?:\/\//);
      await p.mouseMove(link);
      await p.mouseClick(link);
      // A new tab asked for the dataset's address (and was refused there: nothing leaves the machine in tests).
      await expect
        .poll(() => browser.requests().some((u) => u === link.href || decodeURI(u) === decodeURI(link.href)), {
          timeout: 5000,
        })
        .toBe(true);
      expect(p.url()).toBe(server.origin + '/count-error-sokcho-family.html');
      // The new tab is left to the browser's closing at the end: closing a tab whose navigation was stopped
      // (an error page) sometimes waits a minute in Playwright.
      await p.close();
    });
  });

  describe('counts', () => {
    it('count only what a reader can see: 9 visible mentions, 2,100 hidden', async () => {
      const hidden = '<p>A defector crossed the DMZ near Panmunjom.</p>'.repeat(700);
      const p = await open(
        '/hidden.html',
        page(
          'North Korea',
          `<article><h1>North Korea</h1><p>Nine: defector, DMZ, MDL.</p><p>defector, DMZ, MDL.</p><p>defector, DMZ, MDL.</p><div style="display:none">${hidden}</div><details><summary>More</summary>${'<p>defector</p>'.repeat(5)}</details><p style="visibility:hidden">DMZ</p></article>`,
        ),
      );
      await waitForHighlights(p, 9);
      await expect.poll(async () => (await pageState(browser, p)).mentions, { timeout: 10_000 }).toBe(9);
      await expect.poll(() => badgeText(browser, p), { timeout: 5000 }).toBe('9');
      await p.close();
    });
  });

  describe('the page’s own DOM', () => {
    it('settles after the scan: the highlights stay as many as the mentions', async () => {
      const p = await open(
        '/settle.html',
        page(
          'North Korea',
          `<article><h1>North Korea</h1>${'<p>A defector crossed the DMZ near Panmunjom, officials in Seoul said.</p>'.repeat(30)}</article>`,
        ),
      );
      await waitForHighlights(p, 90);
      const counts: number[] = [];
      for (let i = 0; i < 4; i++) {
        counts.push((await painted(p)).length);
        await sleep(750);
      }
      expect(counts).toEqual([90, 90, 90, 90]);
      expect((await pageState(browser, p)).mentions).toBe(90);
      await p.close();
    });

    it('is exactly as before after turning the extension off: the same text node objects, none merged', async () => {
      const p = await open(
        '/identity.html',
        page(
          'North Korea',
          '<article><h1>North Korea</h1><p id="a"></p><p id="b">A defector crossed the <b>De</b>militarized Zone.</p></article>',
        ),
      );
      // A framework-built paragraph of three adjacent text nodes, held by the page.
      await p.evaluate(() => {
        const a = document.getElementById('a')!;
        a.append('The DMZ ', 'and the MDL ', 'divide Korea.');
        const w = window as unknown as { held: Text[]; data: string[]; html: string };
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        w.held = [];
        for (let n = walk.nextNode(); n; n = walk.nextNode()) w.held.push(n as Text);
        w.data = w.held.map((t) => t.data);
        w.html = document.body.innerHTML;
      });
      await waitForHighlights(p, 4);
      await browser.evaluateInExtension(() => chrome.storage.local.set({ 'site-off:127.0.0.1': true }), undefined);
      try {
        await expect.poll(() => traces(p), { timeout: 5000 }).toEqual({ highlights: 0, sheets: 0, elements: 0 });
        const same = await p.evaluate(() => {
          const w = window as unknown as { held: Text[]; data: string[]; html: string };
          const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const now: Text[] = [];
          for (let n = walk.nextNode(); n; n = walk.nextNode()) now.push(n as Text);
          return {
            nodes: now.length === w.held.length && now.every((t, i) => t === w.held[i]),
            data: w.held.map((t) => t.data).join('|') === w.data.join('|'),
            html: document.body.innerHTML === w.html,
          };
        });
        expect(same).toEqual({ nodes: true, data: true, html: true });
      } finally {
        // The switch is shared by every later test on this host: never leave it off.
        await browser.evaluateInExtension(() => chrome.storage.local.remove('site-off:127.0.0.1'), undefined);
        await p.close();
      }
    });
  });

  describe('popover placement', () => {
    /**
     * Scrolls the page by a function of its own and resolves once the scroll position has held for two frames.
     * Firefox scrolls asynchronously: under load it applied an earlier scrollIntoView again after a later
     * scrollBy (the page moved back 9 px after the mention had been measured), so positions are read once
     * they hold.
     */
    async function scrollSettled<A>(p: DriverPage, scroll: (arg: A) => void, arg: A): Promise<void> {
      await p.evaluate(scroll, arg);
      await p.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (let last = NaN, i = 0; i < 50 && scrollY !== last; i++) {
          last = scrollY;
          await frame();
        }
      });
    }

    for (const size of [
      { width: 1280, height: 800 },
      { width: 800, height: 600 },
    ]) {
      for (const where of ['top', 'middle', 'bottom'] as const) {
        it(`never covers its mention at the ${where} of ${size.width}×${size.height}, and follows scrolling`, async () => {
          const spacer = '<p style="margin:0;height:1200px">Seoul.</p>';
          const p = await open(
            '/place.html',
            page(
              'North Korea',
              `<article><h1>North Korea</h1>${spacer}<p id="m" style="margin:0 0 0 40%">A defector crossed the DMZ.</p>${spacer}</article>`,
            ),
          );
          await p.resize(size.width, size.height);
          await scrollSettled(p, () => document.getElementById('m')!.scrollIntoView({ block: 'center' }), undefined);
          await waitForHighlights(p, 2);
          const target = { top: 30, middle: size.height / 2, bottom: size.height - 40 }[where];
          const mentionRect = () =>
            p.evaluate(() => {
              // The text node holding it (with the wrapping fallback, the mark's own).
              const walk = document.createTreeWalker(document.getElementById('m')!, NodeFilter.SHOW_TEXT);
              let t = walk.nextNode() as Text;
              while (!t.data.includes('DMZ')) t = walk.nextNode() as Text;
              const r = document.createRange();
              const i = t.data.indexOf('DMZ');
              r.setStart(t, i);
              r.setEnd(t, i + 3);
              const b = r.getBoundingClientRect();
              return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
            });
          await scrollSettled(
            p,
            (y) => window.scrollBy(0, document.getElementById('m')!.getBoundingClientRect().top - y),
            target,
          );
          const m = await mentionRect();
          await p.mouseMove({ x: (m.left + m.right) / 2, y: (m.top + m.bottom) / 2 });
          const apart = (a: typeof m, b: typeof m) =>
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          const onScreen = (r: typeof m) =>
            r.left >= 0 && r.top >= 0 && r.right <= size.width && r.bottom <= size.height;
          const view = (await waitForPopover(p))!;
          expect(apart(view.rect!, m)).toBe(true);
          expect(onScreen(view.rect!)).toBe(true);
          // Scrolling moves the mention; the popover goes with it and stays beside it (above or below, 8 px apart).
          await scrollSettled(p, () => window.scrollBy(0, 20), undefined);
          const moved = await mentionRect();
          const beside = (r: typeof m) =>
            Math.abs(r.top - (moved.bottom + 8)) <= 1 || Math.abs(r.bottom - (moved.top - 8)) <= 1;
          await expect.poll(async () => beside((await popoverView(p))!.rect!), { timeout: 3000 }).toBe(true);
          const after = (await popoverView(p))!;
          expect(apart(after.rect!, moved)).toBe(true);
          expect(onScreen(after.rect!)).toBe(true);
          await p.close();
        });
      }
    }
  });

  describe.runIf(FORCE_WRAP)('the wrapping fallback', () => {
    it('is the mode this build runs in', async () => {
      const p = await open('/wrap.html', KOREA);
      await waitForHighlights(p, 3);
      expect(await p.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await highlightedTexts(p)).toEqual(expect.arrayContaining(['defector']));
      await p.close();
    });
  });
});
