import type { Source } from '../data/schema';
import { formatDate } from './format';

/** Source links. Text goes in as text nodes, never as markup. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={safeUrl(s.url)} target="_blank" rel="noopener noreferrer">
            {s.title ?? s.outlet}
          </a>
          <span class="muted">
            {' '}
            — {s.outlet}
            {s.date ? `, ${formatDate(s.date, s.date.length === 7 ? 'month' : s.date.length === 4 ? 'year' : 'day')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Only http(s) links render as links; anything else (javascript:) becomes inert. */
export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : 'about:blank';
}
