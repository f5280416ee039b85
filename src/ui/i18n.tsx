import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Locale, type Translator } from '../shared/i18n';

const I18nContext = createContext<Translator>(translator('en'));

/** Gives the components below it the messages of one locale. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <I18nContext.Provider value={translator(locale)}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}
