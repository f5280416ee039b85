import type { BrowserContext, CDPSession, Locator, Page, Worker } from 'playwright-core';
import {
  extensionUi,
  uiCall,
  uiResult,
  type ContentScriptInspector,
  type DriverPage,
  type ExtensionBrowser,
  type ExtensionUi,
  type Point,
  type Target,
} from './driver';
import { extensionPagePath, launchWithExtension } from './harness';

type AnyFn = (arg: never) => unknown;

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

async function withCdp<T>(page: Page, fn: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await fn(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * ExtensionUi.evaluate in Chromium: the DevTools protocol, which sees closed
 * shadow roots as a reader's own browser tools do, finds the element holding
 * one (its tag is random), resolves the root in the page's main world and
 * calls the function on it.
 */
function evaluateInUi(page: Page): ExtensionUi['evaluate'] {
  return (fn, arg) =>
    withCdp(page, async (cdp) => {
      const call = uiCall(fn);
      const argJson = arg === undefined ? undefined : JSON.stringify(arg);
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const shadow = closedShadowRoot(root);
      let reply: {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (shadow) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        reply = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          functionDeclaration: `function (argJson) { return (${call})(this, argJson); }`,
          arguments: [{ value: argJson }],
          returnByValue: true,
          awaitPromise: true,
        });
      } else {
        reply = await cdp.send('Runtime.evaluate', {
          expression: `(${call})(null, ${JSON.stringify(argJson)})`,
          returnByValue: true,
          awaitPromise: true,
        });
      }
      if (reply.exceptionDetails)
        throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      return uiResult(reply.result.value as string);
    });
}

/** DriverPage over a Playwright page. */
class ChromiumPage implements DriverPage {
  readonly ui: ExtensionUi;

  constructor(readonly page: Page) {
    this.ui = extensionUi(evaluateInUi(page));
  }

  private locate(target: Target): Locator {
    return typeof target === 'string'
      ? this.page.locator(target)
      : this.page.getByRole(target.role, { name: target.name, exact: true });
  }

  evaluate<R>(fn: string | AnyFn, arg?: unknown): Promise<R> {
    return this.page.evaluate<R>(fn as never, arg);
  }

  async waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 15_000): Promise<void> {
    await this.page.waitForFunction(fn as never, arg as never, { timeout: timeoutMs, polling: 100 });
  }

  mouseMove(p: Point): Promise<void> {
    return this.page.mouse.move(p.x, p.y);
  }

  mouseClick(p: Point): Promise<void> {
    return this.page.mouse.click(p.x, p.y);
  }

  press(keys: string): Promise<void> {
    return this.page.keyboard.press(keys);
  }

  click(target: Target): Promise<void> {
    return this.locate(target).first().click();
  }

  focus(target: Target): Promise<void> {
    return this.locate(target).first().focus();
  }

  fill(target: Target, value: string): Promise<void> {
    return this.locate(target).first().fill(value);
  }

  async select(target: Target, value: string): Promise<void> {
    await this.locate(target).first().selectOption(value);
  }

  setChecked(target: Target, checked: boolean): Promise<void> {
    return this.locate(target).first().setChecked(checked);
  }

  isChecked(target: Target): Promise<boolean> {
    return this.locate(target).first().isChecked();
  }

  text(target: Target): Promise<string> {
    return this.locate(target).first().innerText();
  }

  texts(target: Target): Promise<string[]> {
    return this.locate(target).allInnerTexts();
  }

  count(target: Target): Promise<number> {
    return this.locate(target).count();
  }

  url(): string {
    return this.page.url();
  }

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  async resize(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
    await this.waitFor(([w, h]) => innerWidth === w && innerHeight === h, [width, height] as const);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** The driver's view of a Playwright page, for Chromium-only tests and scripts that use Playwright directly. */
export function driverPage(page: Page): DriverPage {
  return new ChromiumPage(page);
}

/** The content script's isolated world through the DevTools protocol. */
const inspector: ContentScriptInspector = {
  ran: (page) =>
    withCdp((page as ChromiumPage).page, async (cdp) => {
      const names: string[] = [];
      cdp.on('Runtime.executionContextCreated', (e) =>
        names.push(`${(e.context.auxData as { type?: string } | undefined)?.type}:${e.context.name}`),
      );
      await cdp.send('Runtime.enable');
      return names.includes('isolated:DMZ Context');
    }),
  listeners: (page) =>
    withCdp((page as ChromiumPage).page, async (cdp) => {
      const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
      cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
      await cdp.send('Runtime.enable');
      // Only the top frame runs the content script.
      const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'DMZ Context');
      if (!world) return [];
      const found: Array<{ on: string; type: string }> = [];
      const { result: count } = await cdp.send('Runtime.evaluate', {
        expression: `document.querySelectorAll('*').length`,
        contextId: world.id,
        returnByValue: true,
      });
      const targets = [
        'window',
        'document',
        ...Array.from({ length: count.value as number }, (_, i) => `document.querySelectorAll('*')[${i}]`),
      ];
      for (const expression of targets) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
        if (!result.objectId) continue;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        for (const l of listeners) found.push({ on: expression, type: l.type });
      }
      return found;
    }),
};

/** Uncaught exceptions of every world of a page, the content script's isolated one included (Playwright reports the main world's). */
async function watchExceptions(context: BrowserContext, page: Page, errors: string[]): Promise<void> {
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) =>
    errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
  );
  await cdp.send('Runtime.enable');
}

/** Debian's Chromium, driven over CDP by playwright-core, with the build loaded unpacked. */
export async function launchChromium(): Promise<ExtensionBrowser> {
  const { context, extensionId, close } = await launchWithExtension();
  const requests: string[] = [];
  const errors: string[] = [];
  const worker = () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;
  context.on('request', (r) => requests.push(r.url()));
  // Nothing leaves the machine (source links open real news sites); the requests are still listed above.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // The browser may stop the worker when idle and start a new one.
  const watchWorker = (w: Worker) =>
    w.on('console', (m) => {
      if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
    });
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  const newPage = async (url: string, initScript?: string) => {
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(60_000);
    await watchExceptions(context, page, errors);
    if (initScript) await page.addInitScript(initScript);
    await page.goto(url);
    return new ChromiumPage(page);
  };
  return {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${extensionId}`,
    open: (url, opts) => newPage(url, opts?.initScript),
    openExtensionPage: (which) => newPage(`chrome-extension://${extensionId}/${extensionPagePath(which)}`),
    evaluateInExtension: (fn, arg) => worker().evaluate(fn as never, arg as never),
    requests: () => [...requests],
    errors: () => [...errors],
    contentScripts: inspector,
    close,
  };
}
