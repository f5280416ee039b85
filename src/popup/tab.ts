import browser from 'webextension-polyfill';
import type { FactCheck } from '../match/fact-check';
import type { PageState, PopupToContent } from '../shared/messages';

type Answer<M extends PopupToContent> = M extends { type: 'get-fact-check' } ? FactCheck : PageState;

/** Asks the content script of the active tab; undefined where there is none. */
export async function askTab<M extends PopupToContent>(message: M): Promise<Answer<M> | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  try {
    return await browser.tabs.sendMessage<M, Answer<M>>(tab.id, message);
  } catch {
    // No content script here (browser pages, the store, PDF viewer), or a page not about Korea.
    return undefined;
  }
}
