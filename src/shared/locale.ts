/** The interface languages; kept apart from the messages so that settings can name them without loading them. */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
/** The language option: follow the browser, or a fixed language. */
export type LanguageSetting = 'auto' | Locale;

/** The locale to show: the option if set, else the browser's language if we have it, else English. */
export function resolveLocale(setting: LanguageSetting | undefined, browserLanguage: string | undefined): Locale {
  if (setting && setting !== 'auto') return setting;
  const lang = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}
