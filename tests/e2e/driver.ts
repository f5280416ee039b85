/**
 * The end-to-end tests' one view of a browser with the built extension
 * installed, so that the same test code runs in Chromium (playwright-core over
 * CDP, ./chromium-driver.ts) and Firefox (puppeteer-core over WebDriver BiDi,
 * ./firefox-driver.ts). Tests use only what is declared here; anything a new
 * test needs from a browser belongs in this interface, implemented for both.
 * What is built on it for this extension (painted highlights, the popover,
 * the content script's page state, the toolbar badge, the popup over a page,
 * the keyboard commands) is in ./helpers.ts; the fixture server is in
 * ./harness.ts.
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

export type AriaRole =
  'button' | 'checkbox' | 'combobox' | 'dialog' | 'heading' | 'link' | 'radio' | 'searchbox' | 'tab' | 'textbox';

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
 * The extension's own UI inside a page. It lives in a closed shadow root on an
 * element whose tag name is random per page: page scripts (and so the drivers'
 * locators) cannot reach it, and nothing names it. Each driver reaches it the
 * way a reader's own browser tools can: it finds the element holding a closed
 * shadow root and runs the function with that root, in the page's main world
 * (Chromium: the DevTools protocol; Firefox: WebDriver BiDi's node
 * serialization with `includeShadowTree: 'all'`).
 */
export interface ExtensionUi {
  /** Elements matching a selector in the UI (0 when the extension has no UI in the page). */
  count(selector: string): Promise<number>;
  /** innerText of the first element matching a selector in the UI, or undefined. */
  text(selector: string): Promise<string | undefined>;
  /**
   * Runs fn in the page with the UI's shadow root (null when there is none).
   * fn is sent as source: it may use only its arguments; arg and the result
   * travel as JSON.
   */
  evaluate<R, A>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg: A): Promise<R>;
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
  /** Clicks the real mouse at a viewport point. */
  mouseClick(p: Point): Promise<void>;
  /** Presses keys, e.g. "Escape" or "Control+Shift+Period" (modifiers, then a key name or KeyboardEvent.code). */
  press(keys: string): Promise<void>;

  /** Clicks the target with the real mouse, waiting for it to be visible. */
  click(target: Target): Promise<void>;
  /** Focuses the target. */
  focus(target: Target): Promise<void>;
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

  /** The address the tab shows. */
  url(): string;
  /** Makes this the active tab (what the popup and the badge refer to). */
  bringToFront(): Promise<void>;
  /** Sets the viewport size in CSS pixels (new pages have 1200 × 900), resolving once the page has it. */
  resize(width: number, height: number): Promise<void>;
  /** Reloads and waits for the document to be complete. */
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * What only Chromium's DevTools protocol shows: the content script's own
 * isolated world. Firefox's WebDriver BiDi lists no realm of a content script
 * (script.getRealms gives the page's window alone), so Firefox has none of it.
 */
export interface ContentScriptInspector {
  /** Whether the content script has run in the page: its isolated world (named after the extension) exists. */
  ran(page: DriverPage): Promise<boolean>;
  /** Event listeners the content script has on the page's window, document and elements. */
  listeners: (page: DriverPage) => Promise<Array<{ on: string; type: string }>>;
}

/** A browser with the built extension installed: one per test file and browser. */
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
   * Every URL requested since launch by the pages, the extension's pages, the
   * tabs the extension opens and (Chromium) its worker. Firefox's WebDriver
   * BiDi does not report requests of background scripts. Requests leaving
   * the machine (anything but 127.0.0.1) are refused, but still listed.
   */
  requests(): string[];
  /**
   * Uncaught errors and console errors of the pages (the content script's
   * world included) and of the extension (Firefox: from its stdout).
   */
  errors(): string[];
  /** The content script's isolated world, where the browser shows it (Chromium only). */
  readonly contentScripts: ContentScriptInspector | undefined;
  close(): Promise<void>;
}

export async function launchBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  if (name === 'chromium') return (await import('./chromium-driver')).launchChromium();
  return (await import('./firefox-driver')).launchFirefox();
}

/** count() and text() of ExtensionUi, built on its evaluate(). */
export function extensionUi(evaluate: ExtensionUi['evaluate']): ExtensionUi {
  return {
    evaluate,
    count: (selector) => evaluate((root, sel) => root?.querySelectorAll(sel).length ?? 0, selector),
    text: (selector) => evaluate((root, sel) => (root?.querySelector(sel) as HTMLElement | null)?.innerText, selector),
  };
}

/**
 * Source of a function the drivers call with (root, arg) in the page: runs
 * fn and returns its result as JSON (undefined kept apart from null), so both
 * protocols carry it as one string.
 */
export function uiCall(fn: (root: ShadowRoot | null, arg: never) => unknown): string {
  return `async function (root, argJson) { const r = await (${fn.toString()})(root, argJson === undefined ? undefined : JSON.parse(argJson)); return JSON.stringify({ r }); }`;
}

/** The result of a uiCall function. */
export function uiResult<R>(json: string): R {
  return (JSON.parse(json) as { r?: R }).r as R;
}
