/**
 * The end-to-end tests' one view of a browser with the built extension
 * installed, so that the same test code runs in Chromium (playwright-core over
 * CDP, ./chromium-driver.ts) and Firefox (puppeteer-core over WebDriver BiDi,
 * ./firefox-driver.ts). Tests use only what is declared here; anything a new
 * test needs from a browser belongs in this interface, implemented for both.
 * What is built on it for this extension (highlighted texts, the content
 * script's page state, the toolbar badge, the popup over a page) is in
 * ./helpers.ts; the fixture server is in ./harness.ts.
 *
 *   describe.each(BROWSERS)('%s', (name) => {
 *     let browser: ExtensionBrowser;
 *     beforeAll(async () => { browser = await launchBrowser(name); });
 *     afterAll(() => browser?.close());
 *     it('…', async () => { const page = await browser.open(url); … });
 *   });
 */

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** The custom element that holds the extension's UI (popover, live region) in a page. */
export const UI_HOST = 'dmz-context-ui';

export type AriaRole = 'button' | 'checkbox' | 'combobox' | 'dialog' | 'heading' | 'link' | 'radio' | 'searchbox' | 'tab' | 'textbox';

/**
 * An element to act on: a CSS selector (the page's light DOM), or the element
 * with an ARIA role and exact accessible name (Firefox: its accessibility tree;
 * Chromium: Playwright's accessible-name computation). The first match counts.
 */
export type Target = string | { role: AriaRole; name: string };

export interface Point {
  x: number;
  y: number;
}

/**
 * The extension's own UI inside a page. It lives in a shadow root, which page
 * scripts may not be able to reach (a closed root): tests read it only through
 * this, and each driver gets the root in the one place that knows how.
 */
export interface ExtensionUi {
  /** Elements matching a selector in the UI (0 when the extension has no UI in the page). */
  count(selector: string): Promise<number>;
  /** innerText of the first element matching a selector in the UI, or undefined. */
  text(selector: string): Promise<string | undefined>;
  /** Runs fn in the page with the UI's shadow root (null when there is none). */
  evaluate<R, A>(fn: (root: ShadowRoot | null, arg: A) => R, arg: A): Promise<R>;
}

/** A tab: a web page or one of the extension's own pages. */
export interface DriverPage {
  /**
   * Runs fn in the page's main world (not the content script's) and returns
   * its JSON-like result; a string is evaluated as an expression.
   */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R = unknown>(expression: string): Promise<R>;
  /** Resolves once fn returns something truthy (polled every 100 ms); throws after timeoutMs. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;

  /** Moves the real mouse pointer to a viewport point. */
  mouseMove(p: Point): Promise<void>;
  /** Presses keys, e.g. "Escape" or "Alt+Shift+KeyN" (modifiers, then a key name or KeyboardEvent.code). */
  press(keys: string): Promise<void>;

  /** Clicks the target with the real mouse, waiting for it to be visible. */
  click(target: Target): Promise<void>;
  /** Replaces the value of a text field, as typing would (input events). */
  fill(target: Target, value: string): Promise<void>;
  /** Chooses the option with this value in a <select>. */
  select(target: Target, value: string): Promise<void>;
  /** Checks or unchecks a checkbox or radio by clicking it when it is not already so. */
  setChecked(target: Target, checked: boolean): Promise<void>;
  isChecked(target: Target): Promise<boolean>;
  /** innerText of the target, waiting for it to exist. */
  text(target: Target): Promise<string>;
  /** innerText of every element matching the target now. */
  texts(target: Target): Promise<string[]>;
  /** How many elements match the target now. */
  count(target: Target): Promise<number>;

  /** The extension's UI in this page. */
  readonly ui: ExtensionUi;

  /** Makes this the active tab (what the popup and the badge refer to). */
  bringToFront(): Promise<void>;
  /** Sets the viewport size in CSS pixels (new pages have 1200 × 900). */
  resize(width: number, height: number): Promise<void>;
  /** Reloads and waits for the document to be complete. */
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the built dist/ installed: one per test file and browser. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Where the extension's files are served from: chrome-extension://id or moz-extension://uuid. */
  readonly extensionOrigin: string;
  /** Opens a new tab at url, running initScript (if any) before the page's own scripts. */
  open(url: string, opts?: { initScript?: string }): Promise<DriverPage>;
  /** Opens the extension's popup or options page in a new tab. */
  openExtensionPage(which: 'popup' | 'options'): Promise<DriverPage>;
  /**
   * Runs fn where the extension's APIs are (`chrome.*`, promise-based in both
   * browsers): Chromium's service worker, an extension page in Firefox.
   */
  evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Every URL requested by the pages, the extension's pages and (Chromium) its
   * worker since launch. Firefox's WebDriver BiDi does not report requests of
   * background scripts.
   */
  requests(): string[];
  /** Uncaught errors and console errors of the pages and of the extension (Firefox: from its stdout). */
  errors(): string[];
  close(): Promise<void>;
}

export async function launchBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  if (name === 'chromium') return (await import('./chromium-driver')).launchChromium();
  return (await import('./firefox-driver')).launchFirefox();
}

/** Reads the extension UI's shadow root for ExtensionUi.evaluate; while the root is open, page scripts can. */
export function uiRootInPage(host: string): ShadowRoot | null {
  return document.querySelector(host)?.shadowRoot ?? null;
}

/** count() and text() of ExtensionUi, built on its evaluate(). */
export function extensionUi(evaluate: ExtensionUi['evaluate']): ExtensionUi {
  return {
    evaluate,
    count: (selector) => evaluate((root, sel) => root?.querySelectorAll(sel).length ?? 0, selector),
    text: (selector) => evaluate((root, sel) => (root?.querySelector(sel) as HTMLElement | null)?.innerText, selector),
  };
}
