import { useMemo, useState } from 'preact/hooks';
import type { Direction, Incident } from '../data/schema';
import { dataset } from '../data/dataset';
import { directionLabel, incidentMeta, incidentTitle } from '../ui/format';
import { useI18n } from '../ui/i18n';
import { CrossingsChart } from '../ui/map/CrossingsChart';
import { IncidentsMap } from '../ui/map/IncidentsMap';
import searchIndex from 'virtual:dmz-search-index';
import { IncidentSearch, type SearchFilters } from './search';

const PAGE_SIZE = 50;

/** Search, filters, and the results as a list or on the map with a chart per year. */
export function IncidentBrowser({ onOpen, hidden }: { onOpen: (id: string) => void; hidden: boolean }) {
  const tr = useI18n();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [view, setView] = useState<'list' | 'map'>('list');
  const search = useMemo(() => new IncidentSearch(dataset.incidents, searchIndex), []);
  const results = useMemo(() => search.search(query, filters), [search, query, filters]);
  // Long lists render a page at a time; a new query or filter starts again at the top.
  const [more, setMore] = useState<{ of: Incident[]; shown: number }>();
  const shown = more?.of === results ? more.shown : PAGE_SIZE;

  return (
    <section class="search" hidden={hidden}>
      <input
        type="search"
        name="q"
        placeholder={tr.t('search_placeholder')}
        aria-label={tr.t('search_label')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        autoFocus
      />
      <div class="filters">
        <select
          aria-label={tr.t('filter_direction')}
          value={filters.direction ?? ''}
          onChange={(e) =>
            setFilters({ ...filters, direction: (e.currentTarget.value || undefined) as Direction | undefined })
          }
        >
          <option value="">{tr.t('filter_any_direction')}</option>
          <option value="north-to-south">{directionLabel('north-to-south', tr)}</option>
          <option value="south-to-north">{directionLabel('south-to-north', tr)}</option>
          <option value="none">{tr.t('filter_events')}</option>
        </select>
        <select
          aria-label={tr.t('filter_decade')}
          value={filters.decade ?? ''}
          onChange={(e) =>
            setFilters({ ...filters, decade: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })
          }
        >
          <option value="">{tr.t('filter_any_decade')}</option>
          {search.decades().map((d) => (
            <option key={d} value={d}>
              {tr.t('decade', d)}
            </option>
          ))}
        </select>
        <select
          aria-label={tr.t('filter_who')}
          value={filters.who ?? ''}
          onChange={(e) =>
            setFilters({ ...filters, who: (e.currentTarget.value || undefined) as SearchFilters['who'] })
          }
        >
          <option value="">{tr.t('filter_anyone')}</option>
          <option value="soldier">{tr.t('filter_soldiers')}</option>
          <option value="civilian">{tr.t('filter_civilians')}</option>
        </select>
      </div>
      <div class="result-bar">
        <p class="muted small" data-testid="result-count">
          {tr.t('result_count', results.length, dataset.incidents.length)}
        </p>
        <div class="view-switch" role="group" aria-label={tr.t('view_label')}>
          {(['list', 'map'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {tr.t(v === 'list' ? 'view_list' : 'view_map')}
            </button>
          ))}
        </div>
      </div>
      {view === 'map' ? (
        <div>
          <IncidentsMap incidents={results} />
          <CrossingsChart incidents={results} />
        </div>
      ) : (
        <ul class="results">
          {results.slice(0, shown).map((i) => {
            const title = incidentTitle(i, tr);
            return (
              <li key={i.id}>
                <button type="button" class="result" data-incident={i.id} onClick={() => onOpen(i.id)}>
                  <span class="result-title" lang={title.lang}>
                    {title.text}
                  </span>
                  <span class="muted small">{incidentMeta(i, tr)}</span>
                </button>
              </li>
            );
          })}
          {results.length > shown && (
            <li>
              <button
                type="button"
                class="result show-more"
                onClick={() => setMore({ of: results, shown: shown + PAGE_SIZE })}
              >
                {tr.t('show_more', Math.min(PAGE_SIZE, results.length - shown))}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
