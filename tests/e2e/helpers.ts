import type { DriverPage, ExtensionBrowser, Point } from './driver';
import type { PageState } from '../../src/shared/messages';

/** Texts of all ranges our highlights hold, read in the page (the registry is per document). */
export function highlightedTexts(page: DriverPage, name = 'dmz-context-underline'): Promise<string[]> {
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

/** Waits until the highlight count reaches a minimum, then returns the texts. */
export async function waitForHighlights(page: DriverPage, min = 1, name = 'dmz-context-underline'): Promise<string[]> {
  await page.waitFor(([n, m]) => (CSS.highlights.get(n)?.size ?? 0) >= m, [name, min] as const);
  return highlightedTexts(page, name);
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
    return (await chrome.tabs.sendMessage(tab!.id!, { type: 'get-page-state' })) as PageState;
  }, undefined);
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
