import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Direction, Incident } from '../data/schema';
import type { PageState, PopupToContent } from '../shared/messages';
import { siteOf, withSite } from '../shared/settings';
import { dataset, incidentById } from '../data/dataset';
import { IncidentCard } from '../ui/IncidentCard';
import { SettingsForm } from '../ui/SettingsForm';
import { useSettings } from '../ui/use-settings';
import { DIRECTION_LABEL, incidentMeta, KIND_LABEL } from '../ui/format';
import { IncidentSearch, type SearchFilters } from './search';

async function askTab(message: PopupToContent): Promise<PageState | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tab.id, message)) as PageState;
  } catch {
    // No content script here (browser pages, the store, PDF viewer).
    return undefined;
  }
}

const PAGE_SIZE = 50;

export function App() {
  const [settings, update, settingsError] = useSettings();
  const [page, setPage] = useState<PageState | undefined>();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [openId, setOpenId] = useState<string>();
  const [tab, setTab] = useState<'search' | 'settings'>('search');
  const search = useMemo(() => new IncidentSearch(dataset.incidents), []);
  const results = useMemo(() => search.search(query, filters), [search, query, filters]);
  // Long lists render a page at a time; a new query or filter starts again at the top.
  const [more, setMore] = useState<{ of: Incident[]; shown: number }>();
  const shown = more?.of === results ? more.shown : PAGE_SIZE;

  useEffect(() => {
    void askTab({ type: 'get-page-state' }).then(setPage);
  }, [settings]);

  const open = openId ? incidentById(openId) : undefined;
  const siteOn = settings && page ? !settings.disabledSites.includes(siteOf(page.host)) : true;

  return (
    <div class="dmz-root popup">
      <header class="popup-head">
        <h1>DMZ Context</h1>
        <nav role="tablist">
          <button role="tab" aria-selected={tab === 'search'} onClick={() => setTab('search')}>
            Incidents
          </button>
          <button role="tab" aria-selected={tab === 'settings'} onClick={() => setTab('settings')}>
            Options
          </button>
        </nav>
      </header>
      <section class="page-state" aria-live="polite">
        {page ? (
          <>
            <p data-testid="mention-count">
              {page.active ? `${page.mentions} mention${page.mentions === 1 ? '' : 's'} on this page` : 'Off on this site'}
              {page.active && page.mentions > 0 && (
                <span class="muted small">
                  {' '}
                  (
                  {Object.entries(page.byKind)
                    .map(([k, n]) => `${KIND_LABEL[k as keyof typeof KIND_LABEL]} ${n}`)
                    .join(', ')}
                  )
                </span>
              )}
            </p>
            {settings && (
              <label class="row">
                <input type="checkbox" name="site" checked={siteOn} onChange={(e) => update('disabledSites', withSite(settings, page.host, e.currentTarget.checked))} />
                On for {siteOf(page.host)}
              </label>
            )}
            {settingsError && <p role="alert">{settingsError}</p>}
            {page.active && page.mentions > 0 && (
              <button type="button" onClick={() => void askTab({ type: 'show-next-mention' }).then(() => window.close())}>
                Show the first mention
              </button>
            )}
          </>
        ) : (
          <p class="muted">Nothing about Korea on this page.</p>
        )}
      </section>
      {tab === 'settings' && settings && <SettingsForm settings={settings} onChange={update} />}
      {tab === 'search' &&
        (open ? (
          <section class="detail">
            <button type="button" class="link" onClick={() => setOpenId(undefined)}>
              ← All incidents
            </button>
            <IncidentCard incident={open} headingLevel={2} />
            {open.related?.length ? (
              <>
                <h3>Related</h3>
                <ul>
                  {open.related.map((id) => {
                    const r = incidentById(id);
                    return r ? (
                      <li key={id}>
                        <button type="button" class="link" onClick={() => setOpenId(id)}>
                          {r.title.en}
                        </button>
                      </li>
                    ) : null;
                  })}
                </ul>
              </>
            ) : null}
          </section>
        ) : (
          <section class="search">
            <input type="search" name="q" placeholder="Search incidents: name, place, year… (English or 한국어)" aria-label="Search incidents" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoFocus />
            <div class="filters">
              <select aria-label="Direction" value={filters.direction ?? ''} onChange={(e) => setFilters({ ...filters, direction: (e.currentTarget.value || undefined) as Direction | undefined })}>
                <option value="">Any direction</option>
                <option value="north-to-south">{DIRECTION_LABEL['north-to-south']}</option>
                <option value="south-to-north">{DIRECTION_LABEL['south-to-north']}</option>
                <option value="none">Events</option>
              </select>
              <select aria-label="Decade" value={filters.decade ?? ''} onChange={(e) => setFilters({ ...filters, decade: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}>
                <option value="">Any decade</option>
                {search.decades().map((d) => (
                  <option key={d} value={d}>
                    {d}s
                  </option>
                ))}
              </select>
              <select aria-label="Who" value={filters.who ?? ''} onChange={(e) => setFilters({ ...filters, who: (e.currentTarget.value || undefined) as SearchFilters['who'] })}>
                <option value="">Anyone</option>
                <option value="soldier">Soldiers</option>
                <option value="civilian">Civilians</option>
              </select>
            </div>
            <p class="muted small" data-testid="result-count">
              {results.length} of {dataset.incidents.length} incidents
            </p>
            <ul class="results">
              {results.slice(0, shown).map((i: Incident) => (
                <li key={i.id}>
                  <button type="button" class="result" onClick={() => setOpenId(i.id)}>
                    <span class="result-title">{i.title.en}</span>
                    <span class="muted small">{incidentMeta(i)}</span>
                  </button>
                </li>
              ))}
              {results.length > shown && (
                <li>
                  <button type="button" class="result show-more" onClick={() => setMore({ of: results, shown: shown + PAGE_SIZE })}>
                    Show {Math.min(PAGE_SIZE, results.length - shown)} more
                  </button>
                </li>
              )}
            </ul>
          </section>
        ))}
    </div>
  );
}
