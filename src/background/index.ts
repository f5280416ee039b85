import browser, { type Runtime } from 'webextension-polyfill';
import { isContentToBackground } from '../shared/messages';
import { resolveLocale, translator } from '../shared/i18n';
import { loadSettings } from '../shared/settings-store';
import { BADGE_COLOUR } from '../ui/palette';

/**
 * Stateless worker: it only turns each tab's mention count into a badge, so
 * nothing is lost when the browser stops it.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (!isContentToBackground(message) || tabId === undefined) return undefined;
  const text = message.count === 0 ? '' : message.count > 999 ? '999+' : String(message.count);
  void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  void browser.action.setBadgeText({ tabId, text });
  void badgeTitle(message.count).then((title) => browser.action.setTitle({ tabId, title }));
  return undefined;
});

/** The button's tooltip in the chosen language: the name, and the count when there is one. */
async function badgeTitle(count: number): Promise<string> {
  const tr = translator(resolveLocale((await loadSettings()).language, browser.i18n.getUILanguage()));
  return count === 0 ? tr.t('ext_name') : tr.plural('badge_title', count);
}
