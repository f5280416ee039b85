import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserName, type DriverPage, type ExtensionBrowser, type Point } from './driver';
import { startServer, type FixtureServer } from './harness';
import type { PageState } from '../../src/shared/messages';
import { COMMANDS } from '../../src/background/commands';

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

export function painted(page: DriverPage, style: HighlightStyle = 'underline'): Promise<PaintedMention[]> {
  return page.evaluate<PaintedMention[]>(`(${READ_PAINTED})(${JSON.stringify(style)})`);
}

/** Texts of all mentions our highlights paint in a style. */
export async function highlightedTexts(page: DriverPage, style: HighlightStyle = 'underline'): Promise<string[]> {
  return (await painted(page, style)).map((m) => m.text);
}

/** Waits until at least min mentions are painted, then returns their texts. */
export async function waitForHighlights(
  page: DriverPage,
  min = 1,
  style: HighlightStyle = 'underline',
  timeoutMs = 15_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const texts = await highlightedTexts(page, style);
    if (texts.length >= min) return texts;
    if (Date.now() > deadline)
      throw new Error(`${texts.length} of ${min} mentions painted after ${timeoutMs} ms: ${JSON.stringify(texts)}`);
    await sleep(100);
  }
}

/** Whether the extension left anything in the page: highlights, adopted styles, an element with a shadow root we made. */
export async function traces(page: DriverPage): Promise<{ highlights: number; sheets: number; elements: number }> {
  const elements = await page.ui.evaluate((root) => (root ? 1 : 0), undefined);
  const inPage = await page.evaluate(() => ({
    highlights: CSS.highlights.size,
    sheets: document.adoptedStyleSheets.length,
  }));
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

/** What the popover shows, read in our closed shadow root (undefined when we have no element in the page). */
export function popoverView(page: DriverPage): Promise<PopoverView | undefined> {
  return page.ui.evaluate((root) => {
    if (!root) return undefined;
    // Shown once placed (it is hidden while being positioned).
    const pop =
      [...root.querySelectorAll<HTMLElement>('.pop')].find((e) => getComputedStyle(e).visibility === 'visible') ?? null;
    const r = pop?.getBoundingClientRect();
    const link = pop
      ? [...pop.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].find((l) => l.getClientRects().length > 0)
      : undefined;
    const box = link?.getClientRects()[0];
    return {
      open: Boolean(pop),
      text: pop ? pop.innerText : '',
      role: pop ? pop.getAttribute('role') : null,
      links: pop
        ? [...pop.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({
            href: a.getAttribute('href')!,
            rel: a.rel,
          }))
        : [],
      focused: root.activeElement ? root.activeElement.className : undefined,
      rect: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : undefined,
      maxHeight: pop ? pop.style.maxHeight : '',
      live: root.querySelector('[aria-live]')?.textContent ?? undefined,
      lang: pop ? (pop.closest('[lang]')?.getAttribute('lang') ?? null) : null,
      unsafe: root.querySelectorAll('img, svg:not(.map), script, iframe, object, embed, [onerror], [onload]').length,
      firstLink:
        link && box
          ? { href: link.getAttribute('href')!, x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 }
          : undefined,
    };
  }, undefined);
}

/** Waits for the popover to open (or close) and returns what it shows. */
export async function waitForPopover(page: DriverPage, open = true): Promise<PopoverView | undefined> {
  let view: PopoverView | undefined;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    view = await popoverView(page);
    if ((view?.open ?? false) === open) return view;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`popover did not ${open ? 'open' : 'close'}; last seen: ${JSON.stringify(view)}`);
}

/** Viewport point in the middle of the first occurrence of text inside an element, scrolled into view. */
export function pointOf(page: DriverPage, selector: string, text: string): Promise<Point> {
  return page.evaluate(
    ([sel, t]) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(t);
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
    [selector, text] as const,
  );
}

export async function hover(page: DriverPage, selector: string, text: string): Promise<void> {
  await page.mouseMove(await pointOf(page, selector, text));
}

/**
 * What the content script reports for a page, asked from the extension as the
 * popup would: of the active tab (the extension has no "tabs" permission to
 * look tabs up by URL).
 */
export async function pageState(browser: ExtensionBrowser, page: DriverPage): Promise<PageState> {
  await page.bringToFront();
  return browser.evaluateInExtension(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return await chrome.tabs.sendMessage<unknown, PageState>(tab!.id!, { type: 'get-page-state' });
  }, undefined);
}

/**
 * Sends what a keyboard command (manifest.json's `commands`) has the
 * background send to the active tab's content script. The browser's own
 * shortcut handling cannot be driven from a test: neither protocol's key
 * events reach it.
 */
export async function command(browser: ExtensionBrowser, page: DriverPage, name: keyof typeof COMMANDS): Promise<void> {
  await page.bringToFront();
  await browser.evaluateInExtension(async (message) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, message);
  }, COMMANDS[name]!);
}

/** The toolbar badge's text for a page's tab. */
export async function badgeText(browser: ExtensionBrowser, page: DriverPage): Promise<string> {
  await page.bringToFront();
  return browser.evaluateInExtension(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, undefined);
}

/**
 * The popup as it opens over a page: it asks the active tab, so the page is
 * brought to the front after the popup's tab opened, and the popup reloaded.
 */
export async function openPopupFor(browser: ExtensionBrowser, page: DriverPage): Promise<DriverPage> {
  const popup = await browser.openExtensionPage('popup');
  await page.bringToFront();
  await popup.reload();
  return popup;
}

/** Waits ms milliseconds (for checking that nothing happens). */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The fixture server and the built extension in one browser, for the enclosing
 * describe block: started before its tests, closed after them.
 */
export function withExtension(
  name: BrowserName,
  use: (server: FixtureServer, browser: ExtensionBrowser) => void,
): void {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    const s = (server = await startServer());
    const b = (browser = await launchBrowser(name));
    use(s, b);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
