import { render } from 'preact';
import { SettingsForm } from '../ui/SettingsForm';
import { injectStyles } from '../ui/inject-styles';
import { useSettings } from '../ui/use-settings';

function Options() {
  const [settings, update, error] = useSettings();
  if (!settings) return null;
  return (
    <div class="dmz-root" style={{ padding: '12px', maxWidth: '520px' }}>
      <h1 style={{ fontSize: '18px' }}>DMZ Context options</h1>
      {error && <p role="alert">{error}</p>}
      <SettingsForm settings={settings} onChange={update} />
      {settings.disabledSites.length > 0 && (
        <section>
          <h2>Turned off on</h2>
          <ul>
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => update('disabledSites', settings.disabledSites.filter((s) => s !== site))}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

injectStyles();
render(<Options />, document.getElementById('app')!);
