import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** DMZ_FORCE_WRAP=1 runs the suite against the build that always uses the wrapping fallback (`npm run build:wrap`). */
export const FORCE_WRAP = process.env.DMZ_FORCE_WRAP === '1';
export const DIST = join(ROOT, FORCE_WRAP ? 'dist-wrap' : 'dist');
const PAGES = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian's packages for the browsers the end-to-end tests drive. */
const BROWSER_PACKAGES = {
  chromium: { path: CHROMIUM, pkg: 'chromium' },
  firefox: { path: FIREFOX, pkg: 'firefox-esr' },
} as const;

/** Throws, with the command that fixes it, when a browser or the build is missing. */
export function checkPrerequisites(): void {
  const missing = Object.values(BROWSER_PACKAGES).filter((b) => !existsSync(b.path));
  if (missing.length) {
    const pkgs = missing.map((b) => b.pkg).join(' ');
    throw new Error(
      `${missing.map((b) => b.path).join(' and ')} not found. Install with: apt-get update && apt-get install -y ${pkgs}`,
    );
  }
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error(`${DIST} is missing: run \`npm run build\`${FORCE_WRAP ? ' and `npm run build:wrap`' : ''} first`);
}

interface BuiltManifest {
  action: { default_popup: string };
  content_scripts: Array<{ js: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
  options_ui: { page: string };
  background: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings: {
    gecko: { id: string; strict_min_version?: string; data_collection_permissions?: { required: string[] } };
  };
}

/** The manifest of the build under test. */
export function builtManifest(): BuiltManifest {
  return JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Path of the popup or options page inside the build. */
export function extensionPagePath(which: 'popup' | 'options'): string {
  const m = builtManifest();
  return which === 'popup' ? m.action.default_popup : m.options_ui.page;
}

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

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/** Headless Chromium as every test, benchmark and screenshot run starts it: no sandbox, GPU or traffic of its own. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Real headless Chromium with the built, unpacked extension loaded (the tests'
 * Chromium driver, the benchmark and the screenshots). `language` sets the
 * browser's interface language (on Linux Chromium takes it from the
 * environment; it needs Debian's chromium-l10n for anything but English).
 */
export async function launchWithExtension(opts: { language?: string } = {}): Promise<ChromiumWithExtension> {
  checkPrerequisites();
  const userDataDir = mkdtempSync(join(tmpdir(), 'dmz-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    ...(opts.language ? { env: { ...process.env, LANGUAGE: opts.language }, locale: opts.language } : {}),
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, ...CHROMIUM_FLAGS, '--disable-quic'],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Installs a MessageChannel ping loop that records main-thread stalls (headless has no longtask entries). */
export const STALL_PROBE = `window.__stalls = []; (() => {
  const ch = new MessageChannel(); let last = performance.now();
  ch.port1.onmessage = () => { const now = performance.now(); if (now - last > 16) window.__stalls.push({ at: last, ms: now - last }); last = now; ch.port2.postMessage(0); };
  ch.port2.postMessage(0);
})();`;
