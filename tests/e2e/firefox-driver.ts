import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import {
  extensionUi,
  uiCall,
  uiResult,
  type DriverPage,
  type ExtensionBrowser,
  type ExtensionUi,
  type Point,
  type Target,
} from './driver';
import { builtManifest, checkPrerequisites, DIST, extensionPagePath, FIREFOX } from './harness';

type AnyFn = (arg: never) => unknown;

/**
 * Firefox gives each add-on a random UUID for its moz-extension:// origin;
 * fixing it (pref extensions.webextensions.uuids) lets tests open its pages.
 */
const ADDON_UUID = '4f5d0c7e-2b1a-4c3d-9e8f-d32c0a7e1b56';
const TIMEOUT_MS = 15_000;

/** puppeteer selector for a target: CSS as is, role and name through the accessibility tree. */
function selector(target: Target): string {
  if (typeof target === 'string') return target;
  const quote = (s: string) => JSON.stringify(s);
  return `::-p-aria([name=${quote(target.name)}][role=${quote(target.role)}])`;
}

/**
 * Polls until the tab shows url fully loaded. puppeteer's goto() and reload()
 * of a moz-extension:// page may never resolve (the tab moves to the
 * extension's process), so extension pages are waited for this way.
 */
async function waitForDocument(page: Page, url: string, isNew: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + TIMEOUT_MS;
  for (;;) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready && (await isNew().catch(() => false))) return;
    if (Date.now() > until) throw new Error(`${url} did not load within ${TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The few raw WebDriver BiDi commands used here, on puppeteer's connection. */
interface BidiConnection {
  send(method: 'browsingContext.locateNodes', params: object): Promise<{ result: { nodes: BidiNode[] } }>;
  send(method: 'script.callFunction', params: object): Promise<{ result: BidiEvaluateResult }>;
  on(event: 'network.beforeRequestSent', handler: (params: { request: { url: string } }) => void): unknown;
}

interface BidiNode {
  sharedId?: string;
  value?: { shadowRoot?: { sharedId?: string; value?: { mode?: 'open' | 'closed' } } | null };
}

type BidiEvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

function bidi(browser: Browser): BidiConnection {
  // puppeteer's BidiBrowser exposes its connection; its typings do not.
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/**
 * ExtensionUi.evaluate in Firefox: WebDriver BiDi serializes a node's shadow
 * root, closed ones included, when asked with `includeShadowTree: 'all'` (as
 * a reader's own browser tools see it); the element holding a closed one is
 * ours (its tag is random). The function is then called with that root, by
 * its shared id, in the page's main world.
 */
function evaluateInUi(connection: BidiConnection, page: Page): ExtensionUi['evaluate'] {
  return async (fn, arg) => {
    // puppeteer's frame id is the BiDi browsing context's id.
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    const { result } = await connection.send('browsingContext.locateNodes', {
      context,
      locator: { type: 'css', value: '*' },
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const root = result.nodes.map((n) => n.value?.shadowRoot).find((s) => s?.value?.mode === 'closed');
    const argJson = arg === undefined ? undefined : JSON.stringify(arg);
    const { result: reply } = await connection.send('script.callFunction', {
      functionDeclaration: uiCall(fn),
      target: { context },
      arguments: [
        root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' },
        argJson === undefined ? { type: 'undefined' } : { type: 'string', value: argJson },
      ],
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (reply.type === 'exception') throw new Error(reply.exceptionDetails.text);
    return uiResult(reply.result.value as string);
  };
}

/** DriverPage over a puppeteer page (WebDriver BiDi). */
class FirefoxPage implements DriverPage {
  readonly ui: ExtensionUi;

  constructor(
    readonly page: Page,
    private readonly address: string,
    connection: BidiConnection,
  ) {
    this.ui = extensionUi(evaluateInUi(connection, page));
  }

  private get isExtensionPage(): boolean {
    return this.address.startsWith('moz-extension:');
  }

  private handle(target: Target): Promise<ElementHandle> {
    return this.page.locator(selector(target)).setTimeout(TIMEOUT_MS).waitHandle();
  }

  evaluate<R>(fn: string | AnyFn, arg?: unknown): Promise<R> {
    return (
      typeof fn === 'string' ? this.page.evaluate(fn) : this.page.evaluate(fn as never, arg as never)
    ) as Promise<R>;
  }

  async waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = TIMEOUT_MS): Promise<void> {
    await this.page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg as never);
  }

  mouseMove(p: Point): Promise<void> {
    return this.page.mouse.move(p.x, p.y);
  }

  mouseClick(p: Point): Promise<void> {
    return this.page.mouse.click(p.x, p.y);
  }

  async press(keys: string): Promise<void> {
    const parts = keys.split('+') as KeyInput[];
    const key = parts.pop()!;
    for (const m of parts) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of parts.reverse()) await this.page.keyboard.up(m);
  }

  /**
   * Scrolls the target to the middle and clicks there. (puppeteer's
   * Locator.click waits for frames that a background tab does not render,
   * and the popup is one while its page is in front.)
   */
  async click(target: Target): Promise<void> {
    const h = await this.handle(target);
    await this.clickElement(h);
    await h.dispose();
  }

  private async clickElement(h: ElementHandle): Promise<void> {
    const p = await h.evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await this.page.mouse.click(p.x, p.y);
  }

  async focus(target: Target): Promise<void> {
    const h = await this.handle(target);
    await h.evaluate((el) => (el as HTMLElement).focus());
    await h.dispose();
  }

  /** Selects the field's text and types over it (or deletes it), so the page gets real input events. */
  async fill(target: Target, value: string): Promise<void> {
    const h = await this.handle(target);
    await h.evaluate((el) => {
      (el as HTMLInputElement).focus();
      (el as HTMLInputElement).select();
    });
    if (value) await this.page.keyboard.type(value);
    else await this.page.keyboard.press('Backspace');
    await h.dispose();
  }

  async select(target: Target, value: string): Promise<void> {
    const h = await this.handle(target);
    await h.select(value);
    await h.dispose();
  }

  async setChecked(target: Target, checked: boolean): Promise<void> {
    const h = await this.handle(target);
    if ((await h.evaluate((el) => (el as HTMLInputElement).checked)) !== checked) await this.clickElement(h);
    await h.dispose();
  }

  isChecked(target: Target): Promise<boolean> {
    return this.page
      .locator(selector(target))
      .setTimeout(TIMEOUT_MS)
      .map((el) => (el as HTMLInputElement).checked)
      .wait();
  }

  text(target: Target): Promise<string> {
    return this.page
      .locator(selector(target))
      .setTimeout(TIMEOUT_MS)
      .map((el) => (el as HTMLElement).innerText)
      .wait();
  }

  texts(target: Target): Promise<string[]> {
    return this.page.$$eval(selector(target), (els) => els.map((el) => (el as HTMLElement).innerText));
  }

  count(target: Target): Promise<number> {
    return this.page.$$eval(selector(target), (els) => els.length);
  }

  url(): string {
    return this.page.url();
  }

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  async resize(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
    // The page sees the new size a little later, under load: layout read before then would be stale.
    await this.waitFor(([w, h]) => innerWidth === w && innerHeight === h, [width, height] as const);
  }

  async reload(): Promise<void> {
    if (!this.isExtensionPage) {
      await this.page.reload();
      return;
    }
    // A marker that only the old document has tells the reloaded one apart.
    await this.page.evaluate(() => {
      (window as unknown as { __reloading: boolean }).__reloading = true;
      location.reload();
    });
    await waitForDocument(this.page, this.address, () =>
      this.page.evaluate(() => !(window as unknown as { __reloading?: boolean }).__reloading),
    );
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core, with
 * dist/ installed as a temporary add-on.
 */
export async function launchFirefox(): Promise<ExtensionBrowser> {
  checkPrerequisites();
  const geckoId = builtManifest().browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1200, height: 900 },
    // Needed to open and script moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: ADDON_UUID }),
      // Prints console messages of pages and add-ons, the background script's included, on stdout.
      'devtools.console.stdout.content': true,
      // Nothing leaves the machine (source links open real news sites): every proxied request goes to a closed
      // port. Loopback addresses (the fixture server) bypass proxies.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
    },
  });
  try {
    return await withAddon(browser);
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** Installs dist/ as a temporary add-on in a launched Firefox and wraps both as an ExtensionBrowser. */
async function withAddon(browser: Browser): Promise<ExtensionBrowser> {
  const origin = `moz-extension://${ADDON_UUID}`;
  const connection = bidi(browser);
  // Every context's requests (puppeteer subscribes to the network module for all): the pages', the
  // extension pages' and those of tabs the extension opens.
  const requests: string[] = [];
  connection.on('network.beforeRequestSent', (e) => requests.push(e.request.url));
  const errors: string[] = [];
  // Errors of background scripts reach only Firefox's own output: uncaught
  // ones name our files, console.error() ones name nothing.
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      if (line.startsWith(`JavaScript error: ${origin}/`) || line.startsWith('console.error: ')) errors.push(line);
    });
  }
  await browser.installExtension(DIST);

  const newPage = async (url: string, initScript?: string) => {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.setDefaultNavigationTimeout(60_000);
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    if (initScript) await page.evaluateOnNewDocument(initScript);
    if (url.startsWith(origin)) {
      page.goto(url).catch(() => undefined);
      await waitForDocument(page, url, () => Promise.resolve(true));
    } else {
      await page.goto(url);
    }
    return new FirefoxPage(page, url, connection);
  };
  const openExtensionPage = (which: 'popup' | 'options') => newPage(`${origin}/${extensionPagePath(which)}`);
  // Background scripts cannot be scripted over BiDi: extension APIs are called
  // from an extension page, opened first so that it is never the active tab later.
  const apiPage = await openExtensionPage('options');

  return {
    name: 'firefox',
    extensionOrigin: origin,
    open: (url, opts) => newPage(url, opts?.initScript),
    openExtensionPage,
    evaluateInExtension: (fn, arg) => apiPage.evaluate(fn, arg),
    requests: () => [...requests],
    errors: () => [...errors],
    // WebDriver BiDi lists no realm of a content script.
    contentScripts: undefined,
    close: () => browser.close(),
  };
}
