import browser, { type Runtime } from 'webextension-polyfill';
import { isContentToBackground } from '../shared/messages';

/**
 * Stateless worker: it only turns each tab's mention count into a badge, so
 * nothing is lost when the browser stops it.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (!isContentToBackground(message) || tabId === undefined) return undefined;
  const text = message.count === 0 ? '' : message.count > 999 ? '999+' : String(message.count);
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#b4410e' });
  void browser.action.setBadgeText({ tabId, text });
  return undefined;
});
