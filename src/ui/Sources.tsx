import type { Source } from '../data/schema';
import { useI18n } from './i18n';
import { sourceDate, textLang } from './copy-sources';

/** Source links. Text goes in as text nodes, never as markup. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  const tr = useI18n();
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={safeUrl(s.url)} target="_blank" rel="noopener noreferrer" lang={textLang(s.title ?? s.outlet)}>
            {s.title ?? s.outlet}
          </a>
          <span class="muted">
            {' — '}
            {s.date ? tr.t('source_outlet_date', s.outlet, sourceDate(s.date, tr.locale)) : s.outlet}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Only http(s) links render as links; anything else (javascript:) becomes inert. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : 'about:blank';
}
