import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../shared/messages';
import { siteOf, withSite, type Settings } from '../shared/settings';
import type { MentionKind } from '../match/kinds';
import { kindLabel } from '../ui/format';
import { useI18n } from '../ui/i18n';
import { askTab } from './tab';

interface Props {
  settings: Settings;
  update: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

/** The current tab: how many mentions, the per-site switch, and a way to the first mention. */
export function PageStatePanel({ settings, update }: Props) {
  const tr = useI18n();
  const [page, setPage] = useState<PageState>();
  useEffect(() => {
    void askTab({ type: 'get-page-state' }).then(setPage);
  }, [settings]);

  if (!page) {
    return (
      <section class="page-state" aria-live="polite">
        <p class="muted">{tr.t('page_unavailable')}</p>
      </section>
    );
  }
  const site = siteOf(page.host);
  const byKind = Object.entries(page.byKind).map(([k, n]) => tr.t('kind_count', kindLabel(k as MentionKind, tr), n));
  return (
    <section class="page-state" aria-live="polite">
      <p data-testid="mention-count">
        {page.active ? tr.plural('page_mentions', page.mentions) : tr.t('page_off')}
        {page.active && page.mentions > 0 && <span class="muted small"> ({byKind.join(', ')})</span>}
      </p>
      <label class="choice">
        <input
          type="checkbox"
          name="site"
          checked={!settings.disabledSites.includes(site)}
          onChange={(e) => update('disabledSites', withSite(settings, page.host, e.currentTarget.checked))}
        />
        <span>{tr.t('page_site_on', site)}</span>
      </label>
      {page.active && page.mentions > 0 && (
        <button
          type="button"
          class="small-button"
          onClick={() => void askTab({ type: 'show-next-mention' }).then(() => window.close())}
        >
          {tr.t('page_show_first')}
        </button>
      )}
    </section>
  );
}
