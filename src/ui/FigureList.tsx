import type { Figure } from '../data/schema';
import { formatFigure, localized } from './format';
import { useI18n } from './i18n';
import { Sources } from './Sources';

/** Key figures; a series gets a small bar chart with its numbers as text for screen readers. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  const tr = useI18n();
  if (!figures.length) return null;
  return (
    <ul class="figures">
      {figures.map((f) => {
        const label = localized(f.label, tr);
        return (
          <li key={f.id} class="figure">
            <span class="figure-value">{formatFigure(f, tr)}</span>{' '}
            <span class="figure-label" lang={label.lang}>
              {label.text}
            </span>
            <span class="muted"> ({f.asOf})</span>
            {f.points && f.points.length > 1 && <Trend points={f.points} />}
            {f.note && (
              <p class="muted small" lang="en">
                {f.note}
              </p>
            )}
            <details>
              <summary>{tr.t('sources')}</summary>
              <Sources sources={f.sources} />
            </details>
          </li>
        );
      })}
    </ul>
  );
}

function Trend({ points }: { points: NonNullable<Figure['points']> }) {
  const tr = useI18n();
  const max = Math.max(...points.map((p) => p.value));
  const number = new Intl.NumberFormat(tr.tag);
  return (
    <div
      class="trend"
      role="img"
      aria-label={points.map((p) => tr.t('chart_point', p.asOf, number.format(p.value))).join(', ')}
    >
      {points.map((p) => (
        <div class="bar" key={p.asOf} title={tr.t('chart_point', p.asOf, number.format(p.value))}>
          <div class="bar-fill" style={{ height: `${Math.max(2, (p.value / max) * 100)}%` }} />
          <span class="bar-label" aria-hidden="true">
            {p.asOf.slice(2, 4)}
          </span>
        </div>
      ))}
    </div>
  );
}
