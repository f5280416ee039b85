import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectBlocks } from '../../src/page/blocks';
import { detectMentions } from '../../src/match/detect';
import { BROWSERS, type ExtensionBrowser } from './driver';
import { FORCE_WRAP, type FixtureServer } from './harness';
import { pageState, painted, sleep, traces, withExtension } from './helpers';

/**
 * Random DOM mutations, random text with every mention form, and random
 * option changes on one page for a bounded time, in the mode this build
 * paints in (the suite runs again against the wrapping build). The page keeps
 * a mirror of the DOM it means to have, built by the same operations in a
 * detached document, so the end state is known without the extension.
 */

const FORMS = [
  'defector',
  'defectors',
  'defected',
  'defection',
  'defects to',
  'fled north',
  'went south',
  're-defector',
  'redefected',
  '탈북민',
  '탈북자',
  '귀순',
  '귀순병사',
  '월북',
  '월남',
  'crossed the border',
  'border crossing',
  'crossed into North Korea',
  'ran across the heavily guarded border',
  'swam across',
  'DMZ',
  'demilitarized zone',
  'Demilitarised Zone',
  '비무장지대',
  'MDL',
  'Military Demarcation Line',
  'demarcation line',
  '군사분계선',
  'JSA',
  'Joint Security Area',
  'Panmunjom',
  'Panmunjeom',
  'truce village',
  '판문점',
  '공동경비구역',
  'NLL',
  'Northern Limit Line',
  'maritime border',
  'sea border',
  '북방한계선',
  // False friends: never mentions.
  'birth defect',
  '월남전',
  'dmz host',
];
const FILLER = [
  'officials',
  'said',
  'on',
  'Tuesday',
  'the',
  'soldier',
  'in',
  'Seoul',
  'North Korea',
  'weather',
  'markets',
  'were',
  'mixed',
  '북한',
  '병사가',
  '했다',
];

/** Runs in the page: the mutation engine and its mirror. */
const ENGINE = `window.__fuzz = (() => {
  let s = 1;
  const rnd = () => { s |= 0; s = (s + 0x6d2b79f5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const FORMS = ${JSON.stringify(FORMS)}, FILLER = ${JSON.stringify(FILLER)};
  const text = () => Array.from({ length: 3 + Math.floor(rnd() * 8) }, () => (rnd() < 0.3 ? pick(FORMS) : pick(FILLER))).join(' ') + (rnd() < 0.5 ? '. ' : ' ');
  const mirrorDoc = document.implementation.createHTMLDocument('');
  const mirror = new Map();
  const back = new Map();
  const tie = (n, m) => { mirror.set(n, m); back.set(m, n); return n; };
  const el = (tag) => tie(document.createElement(tag), mirrorDoc.createElement(tag));
  const tx = (t) => tie(document.createTextNode(t), mirrorDoc.createTextNode(t));
  const article = document.getElementById('a');
  tie(article, mirrorDoc.body.appendChild(Object.assign(mirrorDoc.createElement('article'), { id: 'a' })));
  // Page-owned nodes as the page sees them: its mirror, never the live DOM (which may hold the extension's marks).
  const inMirror = (sel) => [...mirror.get(article).querySelectorAll(sel)].map((m) => back.get(m));
  const textsInMirror = () => { const out = []; const w = mirrorDoc.createTreeWalker(mirror.get(article), 4); for (let n = w.nextNode(); n; n = w.nextNode()) out.push(back.get(n)); return out; };
  const append = (parent, child) => { parent.append(child); mirror.get(parent).append(mirror.get(child)); };
  const paragraph = () => {
    const p = el('p');
    append(p, tx(text()));
    if (rnd() < 0.3) { const b = el('b'); append(b, tx('De')); append(p, b); append(p, tx('militarized Zone ' + text())); }
    return p;
  };
  const ops = [
    () => append(article, paragraph()),
    () => { const p = pick(inMirror('p, b')); if (p) append(p, tx(text())); },
    () => { const p = pick(inMirror('p')); if (p) { const b = el('b'); append(b, tx(text())); append(p, b); } },
    () => { const t = pick(textsInMirror()); if (t) { const v = text(); t.data = v; mirror.get(t).data = v; } },
    () => { const e = pick(inMirror('p, b')); if (e) { e.remove(); mirror.get(e).remove(); } },
    () => { const p = pick(inMirror('p')); if (p) { const t = tx(text()); p.replaceChildren(t); mirror.get(p).replaceChildren(mirror.get(t)); } },
    () => { const p = pick(inMirror('p')); const ref = p && pick([...mirror.get(p).childNodes].map((m) => back.get(m))); if (ref) { const t = tx(text()); p.insertBefore(t, ref); mirror.get(p).insertBefore(mirror.get(t), mirror.get(ref)); } },
  ];
  return {
    init(seed) { s = seed; for (let i = 0; i < 12; i++) append(article, paragraph()); },
    // Short enough that every paragraph is within a screen of the viewport (only those are painted).
    step(n) { for (let i = 0; i < n; i++) { if (inMirror('p').length > 24) ops[4](); else pick(ops)(); } },
    html: () => mirror.get(article).outerHTML,
    /** Whether the live article is exactly the mirror: same shape, same text, and each node the very object the page made. */
    same() {
      const walk = (n, m, path) => {
        if (mirror.get(n) !== m) return path + ': not the page\\'s own node (' + (n.nodeName) + ')';
        if (n.nodeType === 3 && n.data !== m.data) return path + ': text ' + JSON.stringify(n.data) + ' ≠ ' + JSON.stringify(m.data);
        if (n.childNodes.length !== m.childNodes.length) return path + ': ' + n.childNodes.length + ' children ≠ ' + m.childNodes.length;
        for (let i = 0; i < n.childNodes.length; i++) { const r = walk(n.childNodes[i], m.childNodes[i], path + '/' + i); if (r) return r; }
        if (n.nodeType === 1 && n.attributes.length !== m.attributes.length) return path + ': attributes ' + [...n.attributes].map((a) => a.name);
        return '';
      };
      return walk(article, mirror.get(article), 'article');
    },
  };
})();`;

function expectedMentions(html: string): number {
  const doc = new JSDOM(html).window.document;
  return collectBlocks(doc.body).reduce((n, b) => n + detectMentions(b.text).length, 0);
}

describe.each(BROWSERS)('%s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withExtension(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  describe(`fuzzing one page (${FORCE_WRAP ? 'wrapping fallback' : 'Highlight API'})`, () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);

    it(`stays correct under random changes (seed ${seed}; rerun with FUZZ_SEED=${seed})`, async () => {
      server.pages.set(
        '/fuzz.html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>North Korea: live updates</title></head><body><article id="a"></article><script>${ENGINE}; __fuzz.init(${seed});</script></body></html>`,
      );
      // Errors of every world of the page, the content script's included (see ExtensionBrowser.errors).
      const errorsBefore = browser.errors().length;
      const errors = () => browser.errors().slice(errorsBefore);
      const page = await browser.open(server.origin + '/fuzz.html');
      // The page's own script may still be running when the driver hands the page over (seen once in Firefox).
      await expect
        .poll(() => page.evaluate(() => typeof (window as unknown as { __fuzz?: unknown }).__fuzz), { timeout: 5000 })
        .toBe('object');
      const inExtension = <A>(fn: (arg: A) => unknown, arg: A) => browser.evaluateInExtension(fn, arg);
      let r = seed;
      const rnd = () => (r = (r * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const until = Date.now() + 8000;
      while (Date.now() < until) {
        const x = rnd();
        if (x < 0.7)
          await page.evaluate(
            (n) => (window as unknown as { __fuzz: { step(n: number): void } }).__fuzz.step(n),
            1 + Math.floor(rnd() * 5),
          );
        else if (x < 0.8)
          await inExtension(
            (style) => chrome.storage.sync.set({ style }),
            ['underline', 'background', 'off'][Math.floor(rnd() * 3)]!,
          );
        else if (x < 0.9)
          await inExtension(
            (bits) =>
              chrome.storage.sync.set({
                kinds: {
                  defection: bits[0],
                  crossing: bits[1],
                  dmz: bits[2],
                  mdl: bits[3],
                  jsa: bits[4],
                  nll: bits[5],
                },
              }),
            Array.from({ length: 6 }, () => rnd() < 0.7),
          );
        else if (x < 0.95) await inExtension(() => chrome.storage.local.set({ 'site-off:127.0.0.1': true }), undefined);
        else await inExtension(() => chrome.storage.local.remove('site-off:127.0.0.1'), undefined);
        await sleep(Math.floor(rnd() * 120));
      }
      // Back to the defaults: every kind, underlined, on.
      await inExtension(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]), undefined);
      const html = await page.evaluate(() => (window as unknown as { __fuzz: { html(): string } }).__fuzz.html());
      const expected = expectedMentions(html);
      expect(expected).toBeGreaterThan(0);
      await expect.poll(async () => (await painted(page)).length, { timeout: 15_000 }).toBe(expected);
      expect((await pageState(browser, page)).mentions).toBe(expected);
      expect(errors()).toEqual([]);

      await inExtension(() => chrome.storage.local.set({ 'site-off:127.0.0.1': true }), undefined);
      await expect.poll(() => traces(page), { timeout: 5000 }).toEqual({ highlights: 0, sheets: 0, elements: 0 });
      expect(await page.evaluate(() => (window as unknown as { __fuzz: { same(): string } }).__fuzz.same())).toBe('');
      expect(errors()).toEqual([]);
      await inExtension(() => chrome.storage.local.clear(), undefined);
      await page.close();
    }, 60_000);
  });
});
