import type { Figure } from '../data/schema';
import { formatFigure } from './format';
import { Sources } from './Sources';

/** Key figures; a series gets a small bar chart with its numbers as text for screen readers. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  if (!figures.length) return null;
  return (
    <ul class="figures">
      {figures.map((f) => (
        <li key={f.id} class="figure">
          <span class="figure-value">{formatFigure(f)}</span> <span class="figure-label">{f.label.en}</span>
          <span class="muted"> ({f.asOf})</span>
          {f.points && f.points.length > 1 && <Trend figure={f} />}
          {f.note && <p class="muted small">{f.note}</p>}
          <details>
            <summary>Sources</summary>
            <Sources sources={f.sources} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function Trend({ figure }: { figure: Figure }) {
  const points = figure.points!;
  const max = Math.max(...points.map((p) => p.value));
  return (
    <div class="trend" role="img" aria-label={points.map((p) => `${p.asOf}: ${p.value}`).join(', ')}>
      {points.map((p) => (
        <div class="bar" key={p.asOf} title={`${p.asOf}: ${p.value}`}>
          <div class="bar-fill" style={{ height: `${Math.max(2, (p.value / max) * 100)}%` }} />
          <span class="bar-label">{p.asOf.slice(2, 4)}</span>
        </div>
      ))}
    </div>
  );
}
