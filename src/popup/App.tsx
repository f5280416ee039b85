import { useEffect, useRef, useState } from 'preact/hooks';
import { incidentById } from '../data/dataset';
import { useI18n } from '../ui/i18n';
import { browserLanguage, LocalizedPage } from '../ui/LocalizedPage';
import { SettingsForm } from '../ui/SettingsForm';
import { useSettings } from '../ui/use-settings';
import { IncidentBrowser } from './IncidentBrowser';
import { IncidentDetail } from './IncidentDetail';
import { FactCheckPanel } from './FactCheckPanel';
import { PageStatePanel } from './PageStatePanel';

const TABS = ['search', 'settings'] as const;

export function App() {
  const [settings, update, error] = useSettings();
  if (!settings) return null;
  return (
    <LocalizedPage settings={settings} titleKey="ext_name">
      <Popup settings={settings} update={update} error={error} />
    </LocalizedPage>
  );
}

function Popup({
  settings,
  update,
  error,
}: {
  settings: NonNullable<ReturnType<typeof useSettings>[0]>;
  update: ReturnType<typeof useSettings>[1];
  error: string | undefined;
}) {
  const tr = useI18n();
  const [tab, setTab] = useState<(typeof TABS)[number]>('search');
  const [openId, setOpenId] = useState<string>();
  const open = openId ? incidentById(openId) : undefined;
  // Back from an incident: focus returns to the result it was opened from.
  const lastOpened = useRef<string>();
  useEffect(() => {
    if (openId || !lastOpened.current) return;
    document.querySelector<HTMLElement>(`[data-incident="${CSS.escape(lastOpened.current)}"]`)?.focus();
  }, [openId]);

  return (
    <div class="dmz-root popup">
      <header class="popup-head">
        <h1>{tr.t('ext_name')}</h1>
        <div role="tablist">
          {TABS.map((t) => (
            <button
              key={t}
              id={`tab-${t}`}
              role="tab"
              aria-selected={tab === t}
              aria-controls="panel"
              onClick={() => setTab(t)}
            >
              {tr.t(t === 'search' ? 'tab_incidents' : 'tab_options')}
            </button>
          ))}
        </div>
      </header>
      <main>
        <PageStatePanel settings={settings} update={update} />
        <FactCheckPanel
          onOpen={(id) => {
            setTab('search');
            setOpenId(id);
          }}
        />
        {error && <p role="alert">{tr.t('settings_not_saved', error)}</p>}
        <div id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === 'settings' && (
            <SettingsForm settings={settings} onChange={update} browserLanguage={browserLanguage()} />
          )}
          {tab === 'search' && (
            <>
              <IncidentBrowser
                hidden={open !== undefined}
                onOpen={(id) => {
                  lastOpened.current = id;
                  setOpenId(id);
                }}
              />
              {open && <IncidentDetail incident={open} onOpen={setOpenId} onBack={() => setOpenId(undefined)} />}
            </>
          )}
        </div>
      </main>
    </div>
  );
}
