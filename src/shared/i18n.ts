import en from '../../_locales/en/messages.json';
import ko from '../../_locales/ko/messages.json';
import type { Locale } from './locale';

export { LOCALES, resolveLocale, type LanguageSetting, type Locale } from './locale';

/**
 * The interface's words in English and Korean. The messages live in
 * _locales/ in the browser's own format (so the manifest's name and
 * description are translated by the browser), and both files are bundled so
 * that the user can pick a language other than the browser's: the i18n API
 * itself only follows the browser language.
 */

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, Message>;

export type MessageKey = keyof typeof en;
/** Keys with plural forms: `x__one` / `x__other` in English (Korean has only `x__other`). */
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}__other` ? Base : never) : never;

export const MESSAGES: Record<Locale, Messages> = { en, ko };

/**
 * Fills a message as the browser's i18n API does: `$name$` is the named
 * placeholder, whose content refers to the substitutions as `$1`…`$9`;
 * `$$` is a dollar sign. One pass, so a substitution's own text (a page's
 * words) is never read as a placeholder.
 */
export function format(m: Message, subs: readonly (string | number)[]): string {
  const sub = (n: string) => String(subs[Number(n) - 1] ?? '');
  return m.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name?: string, n?: string) => {
    if (whole === '$$') return '$';
    if (n) return sub(n);
    const p = m.placeholders?.[name!.toLowerCase()];
    return p ? p.content.replace(/\$(\d)/g, (_, d: string) => sub(d)) : whole;
  });
}

export interface Translator {
  locale: Locale;
  /** BCP 47 tag for Intl and `lang` attributes. */
  tag: string;
  t(key: MessageKey, ...subs: (string | number)[]): string;
  /** The plural form for `n`; `n` is the first substitution. */
  plural(key: PluralKey, n: number, ...subs: (string | number)[]): string;
  /** A key built at run time (an enum value): the message, or undefined if there is none. */
  maybe(key: string, ...subs: (string | number)[]): string | undefined;
}

const TAGS: Record<Locale, string> = { en: 'en-GB', ko: 'ko-KR' };
const cache = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  const cached = cache.get(locale);
  if (cached) return cached;
  const own = MESSAGES[locale];
  const rules = new Intl.PluralRules(TAGS[locale]);
  // A key missing in Korean falls back to English (a unit test keeps both complete).
  const lookup = (key: string) => own[key] ?? MESSAGES.en[key];
  const tr: Translator = {
    locale,
    tag: TAGS[locale],
    t: (key, ...subs) => {
      const m = lookup(key);
      return m ? format(m, subs) : key;
    },
    plural: (key, n, ...subs) => {
      const m = lookup(`${key}__${rules.select(n)}`) ?? lookup(`${key}__other`);
      return m ? format(m, [n, ...subs]) : key;
    },
    maybe: (key, ...subs) => {
      const m = lookup(key);
      return m ? format(m, subs) : undefined;
    },
  };
  cache.set(locale, tr);
  return tr;
}
