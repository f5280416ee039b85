import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** DMZ_FORCE_WRAP=1 runs the suite against the build that always uses the wrapping fallback (`npm run build:wrap`). */
export const FORCE_WRAP = process.env.DMZ_FORCE_WRAP === '1';
export const DIST = join(ROOT, FORCE_WRAP ? 'dist-wrap' : 'dist');
const PAGES = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface FixtureServer {
  origin: string;
  /** Extra pages served from memory, for generated content. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/** Serves tests/fixtures/pages (and generated pages) on 127.0.0.1. */
export async function startServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const generated = pages.get(path);
    const file = normalize(join(PAGES, path));
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (generated !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(generated);
    } else if (file.startsWith(PAGES) && existsSync(file) && file.endsWith('.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { origin: `http://127.0.0.1:${port}`, pages, close: () => new Promise((r) => server.close(() => r())) };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every URL any page or worker of the context requested. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Real headless Chromium with the built, unpacked extension loaded. `language`
 * sets the browser's interface language (on Linux Chromium takes it from the
 * environment; it needs Debian's chromium-l10n for anything but English).
 */
export async function launchWithExtension(opts: { language?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`${DIST} is missing: run \`npm run build\`${FORCE_WRAP ? ' and `npm run build:wrap`' : ''} first`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'dmz-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    ...(opts.language ? { env: { ...process.env, LANGUAGE: opts.language }, locale: opts.language } : {}),
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type HighlightStyle = 'underline' | 'background' | 'active';

export interface PaintedMention {
  text: string;
  /** ids of the elements around it. */
  within: string[];
  /** Whether it is in the document itself (not in some shadow root). */
  inDocument: boolean;
}

/**
 * What our highlights paint now, read in the page, in either mode. Our names
 * are random per page load; the styles we adopted into the document say which
 * is which (highlight rules in the order underline, background, active, scoped to an attribute; the
 * fallback's mark rules by data-style).
 */
const READ_PAINTED = `(style) => {
  const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).map((r) => r.selectorText || '');
  const names = rules.map((t) => /::highlight\\(([a-z]+)\\)$/.exec(t)?.[1]).filter(Boolean);
  let ranges = [];
  if (names.length) {
    const h = CSS.highlights.get(names[['underline', 'background', 'active'].indexOf(style)]);
    ranges = h ? [...h].map((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; }) : [];
  } else {
    const tag = rules.map((t) => /^([a-z]+-[a-z]+)\\[data-style="underline"\\]$/.exec(t)?.[1]).find(Boolean);
    const marks = tag ? [...document.querySelectorAll(style === 'active' ? tag + '[data-active]' : tag + '[data-style="' + style + '"]')] : [];
    // One mention's marks (split by inline markup) have no text between them.
    for (const m of marks) {
      const last = ranges[ranges.length - 1];
      if (last) { const gap = document.createRange(); gap.setStart(last.endContainer, last.endOffset); gap.setEndBefore(m); if (gap.toString() === '') { last.setEndAfter(m); continue; } }
      const r = document.createRange(); r.selectNode(m); ranges.push(r);
    }
  }
  return ranges.map((r) => {
    const ids = [];
    for (let el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement; el; el = el.parentElement) if (el.id) ids.push(el.id);
    return { text: r.toString(), within: ids, inDocument: r.startContainer.getRootNode() === document };
  });
}`;

export async function painted(page: Page, style: HighlightStyle = 'underline'): Promise<PaintedMention[]> {
  return (await page.evaluate(`(${READ_PAINTED})(${JSON.stringify(style)})`)) as PaintedMention[];
}

/** Texts of all mentions our highlights paint in a style. */
export async function highlightedTexts(page: Page, style: HighlightStyle = 'underline'): Promise<string[]> {
  return (await painted(page, style)).map((m) => m.text);
}

/** Waits until at least min mentions are painted. */
export async function waitForHighlights(page: Page, min = 1, style: HighlightStyle = 'underline'): Promise<string[]> {
  await page.waitForFunction(`(${READ_PAINTED})(${JSON.stringify(style)}).length >= ${min}`, undefined, { timeout: 15_000, polling: 100 });
  return highlightedTexts(page, style);
}

/** Whether the extension left anything in the page: highlights, adopted styles, elements with a shadow root we made. */
export async function traces(page: Page): Promise<{ highlights: number; sheets: number; elements: number }> {
  const elements = (await popoverView(page))?.open === undefined ? 0 : 1;
  const inPage = (await page.evaluate(`({ highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length })`)) as { highlights: number; sheets: number };
  return { ...inPage, elements };
}

export interface PopoverView {
  /** Whether a popover is shown (placed and visible). */
  open: boolean;
  text: string;
  role: string | null;
  links: Array<{ href: string; rel: string }>;
  /** Class of the focused element inside the popover, if focus is there. */
  focused: string | undefined;
  rect: { left: number; top: number; right: number; bottom: number } | undefined;
  maxHeight: string;
  /** The live region's text, where the browser has no ariaNotify. */
  live: string | undefined;
  /** The language the popover is marked as. */
  lang: string | null;
  /** Elements that could run or load something: page text must never become these. */
  unsafe: number;
  /** The first visible source link and a point on it (viewport coordinates). */
  firstLink: { href: string; x: number; y: number } | undefined;
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

function closedShadowRoot(node: CdpNode): CdpNode | undefined {
  for (const s of node.shadowRoots ?? []) if (s.shadowRootType === 'closed') return s;
  for (const c of node.children ?? []) {
    const found = closedShadowRoot(c);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs a function (its source) in the page with `this` bound to our closed
 * shadow root, which page scripts (and so Playwright's locators) cannot reach;
 * the DevTools protocol can, as a reader's own browser tools can. Undefined
 * when we have no element in the page.
 */
export async function inPopover<T>(page: Page, functionDeclaration: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = closedShadowRoot(root);
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, returnByValue: true, awaitPromise: true, functionDeclaration });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** What the popover shows (see inPopover). */
export async function popoverView(page: Page): Promise<PopoverView | undefined> {
  return inPopover<PopoverView>(
    page,
    `function () {
        // Shown once placed (it is hidden while being positioned).
        const pop = [...this.querySelectorAll('.pop')].find((e) => getComputedStyle(e).visibility === 'visible') ?? null;
        const r = pop && pop.getBoundingClientRect();
        return {
          open: Boolean(pop),
          text: pop ? pop.innerText : '',
          role: pop ? pop.getAttribute('role') : null,
          links: pop ? [...pop.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), rel: a.rel })) : [],
          focused: this.activeElement ? this.activeElement.className : undefined,
          rect: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : undefined,
          maxHeight: pop ? pop.style.maxHeight : '',
          live: this.querySelector('[aria-live]')?.textContent ?? undefined,
          lang: pop ? pop.closest('[lang]')?.getAttribute('lang') ?? null : null,
          unsafe: this.querySelectorAll('img, svg:not(.map), script, iframe, object, embed, [onerror], [onload]').length,
          firstLink: (() => { const a = pop && [...pop.querySelectorAll('a[href^="http"]')].find((l) => l.getClientRects().length > 0); if (!a) return undefined; const b = a.getClientRects()[0]; return { href: a.getAttribute('href'), x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2 }; })(),
        };
      }`,
  );
}

/** Waits for the popover to open (or close) and returns what it shows. */
export async function waitForPopover(page: Page, open = true): Promise<PopoverView | undefined> {
  let view: PopoverView | undefined;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    view = await popoverView(page);
    if ((view?.open ?? false) === open) return view;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`popover did not ${open ? 'open' : 'close'}; last seen: ${JSON.stringify(view)}`);
}

/**
 * Whether the content script has run in the page: its isolated world (named
 * after the extension) exists. On a page not about Korea it does nothing else
 * anyone could see, this included only for the DevTools protocol.
 */
export async function contentScriptRan(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const names: string[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => names.push(`${(e.context.auxData as { type?: string } | undefined)?.type}:${e.context.name}`));
    await cdp.send('Runtime.enable');
    return names.includes('isolated:DMZ Context');
  } finally {
    await cdp.detach();
  }
}

/**
 * Event listeners the extension has on the page's window, document and
 * elements. A content script's listeners belong to its own isolated world
 * (named after the extension), where the DevTools protocol finds them.
 */
export async function extensionListeners(page: Page): Promise<Array<{ on: string; type: string }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
    await cdp.send('Runtime.enable');
    // Only the top frame runs the content script.
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'DMZ Context');
    if (!world) return [];
    const found: Array<{ on: string; type: string }> = [];
    const { result: count } = await cdp.send('Runtime.evaluate', { expression: `document.querySelectorAll('*').length`, contextId: world.id, returnByValue: true });
    const targets = ['window', 'document', ...Array.from({ length: count.value as number }, (_, i) => `document.querySelectorAll('*')[${i}]`)];
    for (const expression of targets) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
      if (!result.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      for (const l of listeners) found.push({ on: expression, type: l.type });
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

/**
 * Sends what a keyboard command sends (the browser's own shortcut handling
 * cannot be driven from here): the worker asks the active tab's content script.
 */
export async function command(ext: ExtensionBrowser, page: Page, type: 'show-next-mention' | 'show-previous-mention'): Promise<void> {
  await page.bringToFront();
  const worker = ext.context.serviceWorkers()[0]!;
  await worker.evaluate(async (t) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { type: t });
  }, type);
}

/** Viewport point in the middle of the first occurrence of text inside an element. */
export async function pointOf(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([sel, t]) => {
      const root = document.querySelector(sel as string)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(t as string);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i + 1);
          range.setEnd(n, i + 2);
          range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      throw new Error(`text not found: ${t}`);
    },
    [selector, text],
  );
}

/**
 * What the content script reports for a page, asked through the extension's
 * worker as the popup would (the active tab: the extension has no "tabs"
 * permission to look tabs up by URL).
 */
export async function pageState(ext: ExtensionBrowser, page: Page): Promise<{ mentions: number; active: boolean; aboutKorea: boolean; byKind: Record<string, number> }> {
  await page.bringToFront();
  const worker = ext.context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'get-page-state' });
  });
}

/** Installs a MessageChannel ping loop that records main-thread stalls (headless has no longtask entries). */
export const STALL_PROBE = `window.__stalls = []; (() => {
  const ch = new MessageChannel(); let last = performance.now();
  ch.port1.onmessage = () => { const now = performance.now(); if (now - last > 16) window.__stalls.push({ at: last, ms: now - last }); last = now; ch.port2.postMessage(0); };
  ch.port2.postMessage(0);
})();`;
