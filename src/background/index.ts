import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { isContentToBackground } from '../shared/messages';
import { resolveLocale, translator } from '../shared/i18n';
import { loadSettings } from '../shared/settings-store';
import { BADGE_COLOUR } from '../ui/palette';
import { badgeText } from './badge';
import { COMMANDS } from './commands';

/**
 * Stateless worker, so nothing is lost when the browser stops it: it turns
 * each tab's mention count into a badge, opens source links for the popover,
 * and passes the keyboard commands (which the browser handles, so no page
 * ever loses a key to them) to the active tab.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (!isContentToBackground(message) || tabId === undefined) return undefined;
  if (message.type === 'open-url') {
    void browser.tabs.create({ url: message.url, index: (sender.tab?.index ?? 0) + 1, openerTabId: tabId });
    return undefined;
  }
  void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  void browser.action.setBadgeText({ tabId, text: badgeText(message.count) });
  void badgeTitle(message.count).then((title) => browser.action.setTitle({ tabId, title }));
  return undefined;
});

/** The button's tooltip in the chosen language: the name, and the count when there is one. */
async function badgeTitle(count: number): Promise<string> {
  const tr = translator(resolveLocale((await loadSettings()).language, browser.i18n.getUILanguage()));
  return count === 0 ? tr.t('ext_name') : tr.plural('badge_title', count);
}

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  const message = COMMANDS[command];
  if (!message || tab?.id === undefined) return;
  // A page without the content script (browser pages, the store) has no one to answer.
  void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
});
