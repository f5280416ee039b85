import browser from 'webextension-polyfill';
import type { PageState, PopupToContent } from '../shared/messages';

/** Asks the content script of the active tab; undefined where there is none. */
export async function askTab(message: PopupToContent): Promise<PageState | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  try {
    return await browser.tabs.sendMessage<PopupToContent, PageState>(tab.id, message);
  } catch {
    // No content script here (browser pages, the store, PDF viewer).
    return undefined;
  }
}
