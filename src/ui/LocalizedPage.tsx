import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { resolveLocale, translator, type MessageKey } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { I18nProvider } from './i18n';

/** The browser's interface language (what "follow the browser" means). */
export function browserLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** An extension page in the chosen language, with the document's lang and title to match. */
export function LocalizedPage({
  settings,
  titleKey,
  children,
}: {
  settings: Settings;
  titleKey: MessageKey;
  children: ComponentChildren;
}) {
  const locale = resolveLocale(settings.language, browserLanguage());
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translator(locale).t(titleKey);
  }, [locale, titleKey]);
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}
