import type { Locator, Page, Worker } from 'playwright-core';
import { extensionUi, uiRootInPage, UI_HOST, type DriverPage, type ExtensionBrowser, type ExtensionUi, type Point, type Target } from './driver';
import { extensionPagePath, launchWithExtension } from './harness';

type AnyFn = (arg: never) => unknown;

/** DriverPage over a Playwright page. */
class ChromiumPage implements DriverPage {
  readonly ui: ExtensionUi;

  constructor(readonly page: Page) {
    this.ui = extensionUi(async (fn, arg) => {
      const root = await page.evaluateHandle(uiRootInPage, UI_HOST);
      try {
        return (await root.evaluate(fn as never, arg as never)) as never;
      } finally {
        await root.dispose();
      }
    });
  }

  private locate(target: Target): Locator {
    return typeof target === 'string' ? this.page.locator(target) : this.page.getByRole(target.role, { name: target.name, exact: true });
  }

  evaluate<R>(fn: string | AnyFn, arg?: unknown): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }

  async waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 15_000): Promise<void> {
    await this.page.waitForFunction(fn as never, arg as never, { timeout: timeoutMs, polling: 100 });
  }

  mouseMove(p: Point): Promise<void> {
    return this.page.mouse.move(p.x, p.y);
  }

  press(keys: string): Promise<void> {
    return this.page.keyboard.press(keys);
  }

  click(target: Target): Promise<void> {
    return this.locate(target).first().click();
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

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  resize(width: number, height: number): Promise<void> {
    return this.page.setViewportSize({ width, height });
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

/** Our popover as a Playwright locator, for the same Chromium-only code (tests for both browsers use DriverPage.ui). */
export const popoverLocator = (page: Page): Locator => page.locator(`${UI_HOST} .pop`);

/** Debian's Chromium, driven over CDP by playwright-core, with dist/ loaded unpacked. */
export async function launchChromium(): Promise<ExtensionBrowser> {
  const { context, extensionId, close } = await launchWithExtension();
  const requests: string[] = [];
  const errors: string[] = [];
  const worker = () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => errors.push(String(e.error())));
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
    close,
  };
}
