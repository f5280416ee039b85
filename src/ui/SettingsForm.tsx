import { MENTION_KINDS } from '../match/kinds';
import { LOCALES, resolveLocale, type LanguageSetting } from '../shared/i18n';
import type { HighlightStyle, PopoverTrigger, Settings } from '../shared/settings';
import { enumKey, kindLabel } from './format';
import { useI18n } from './i18n';

interface Props {
  settings: Settings;
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** The browser's language, named in the "follow the browser" choice. */
  browserLanguage: string;
}

const STYLES: readonly HighlightStyle[] = ['underline', 'background', 'off'];
const TRIGGERS: readonly PopoverTrigger[] = ['hover', 'click'];

/** The options, grouped, used by the popup and the options page. */
export function SettingsForm({ settings: s, onChange, browserLanguage }: Props) {
  const tr = useI18n();
  const browserLocale = resolveLocale('auto', browserLanguage);
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{tr.t('settings_general')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            name="enabled"
            checked={s.enabled}
            onChange={(e) => onChange('enabled', e.currentTarget.checked)}
          />
          <span>{tr.t('settings_enabled')}</span>
        </label>
        <div class="field">
          <label for="dmz-language">{tr.t('settings_language')}</label>
          <select
            id="dmz-language"
            name="language"
            value={s.language}
            onChange={(e) => onChange('language', e.currentTarget.value as LanguageSetting)}
          >
            <option value="auto">{tr.t('language_auto', tr.t(`language_${browserLocale}`))}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {tr.t(`language_${l}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>{tr.t('settings_kinds')}</legend>
        <div class="choices">
          {MENTION_KINDS.map((k) => (
            <label class="choice" key={k}>
              <input
                type="checkbox"
                name={`kind-${k}`}
                checked={s.kinds[k]}
                onChange={(e) => onChange('kinds', { ...s.kinds, [k]: e.currentTarget.checked })}
              />
              <span>{kindLabel(k, tr)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{tr.t('settings_style')}</legend>
        <div class="choices">
          {STYLES.map((v) => (
            <label class="choice" key={v}>
              <input
                type="radio"
                name="style"
                value={v}
                checked={s.style === v}
                onChange={() => onChange('style', v)}
              />
              <span>{tr.t(enumKey('style', v))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{tr.t('settings_trigger')}</legend>
        <div class="choices">
          {TRIGGERS.map((v) => (
            <label class="choice" key={v}>
              <input
                type="radio"
                name="trigger"
                value={v}
                checked={s.trigger === v}
                onChange={() => onChange('trigger', v)}
              />
              <span>{tr.t(enumKey('trigger', v))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p class="muted small">{tr.t('settings_keys')}</p>
    </form>
  );
}
