import { useI18n } from '../ui/i18n';
import { browserLanguage, LocalizedPage } from '../ui/LocalizedPage';
import { SettingsForm } from '../ui/SettingsForm';
import { useSettings } from '../ui/use-settings';

export function Options() {
  const [settings, update, error] = useSettings();
  if (!settings) return null;
  return (
    <LocalizedPage settings={settings} titleKey="options_title">
      <OptionsPage settings={settings} update={update} error={error} />
    </LocalizedPage>
  );
}

function OptionsPage({
  settings,
  update,
  error,
}: {
  settings: NonNullable<ReturnType<typeof useSettings>[0]>;
  update: ReturnType<typeof useSettings>[1];
  error: string | undefined;
}) {
  const tr = useI18n();
  return (
    <main class="dmz-root options">
      <h1>{tr.t('options_title')}</h1>
      {error && <p role="alert">{tr.t('settings_not_saved', error)}</p>}
      <SettingsForm settings={settings} onChange={update} browserLanguage={browserLanguage()} />
      {settings.disabledSites.length > 0 && (
        <section aria-labelledby="sites-off">
          <h2 id="sites-off">{tr.t('options_sites_off')}</h2>
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="small-button"
                  onClick={() =>
                    update(
                      'disabledSites',
                      settings.disabledSites.filter((s) => s !== site),
                    )
                  }
                >
                  {tr.t('options_turn_back_on')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
