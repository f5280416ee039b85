import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
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
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
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

/** Texts of all ranges our highlights hold, read in the page (the registry is per document). */
export async function highlightedTexts(page: Page, name = 'dmz-context-underline'): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    if (!h) return [];
    return [...h].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, name);
}

/** Waits until the highlight count settles above a minimum. */
export async function waitForHighlights(page: Page, min = 1, name = 'dmz-context-underline'): Promise<string[]> {
  await page.waitForFunction(([n, m]) => (CSS.highlights.get(n as string)?.size ?? 0) >= (m as number), [name, min], { timeout: 15_000 });
  return highlightedTexts(page, name);
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

export const popover = (page: Page) => page.locator('dmz-context-ui .pop');

/**
 * What the content script reports for a page, asked through the extension's
 * worker as the popup would (the active tab: the extension has no "tabs"
 * permission to look tabs up by URL).
 */
export async function pageState(ext: ExtensionBrowser, page: Page): Promise<{ mentions: number; active: boolean; byKind: Record<string, number> }> {
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
