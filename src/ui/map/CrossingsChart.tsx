import { dataset } from '../../data/dataset';
import type { Incident } from '../../data/schema';
import { directionLabel } from '../format';
import { useI18n } from '../i18n';
import { crossingsPerYear } from './crossings';

const WIDTH = 400;
const HEIGHT = 96;
const AXIS = 14;
const LEFT = 18;

/** The whole dataset's span of years, so every filter's chart has the same axis. */
const YEARS = dataset.incidents.map((i) => Number(i.date.slice(0, 4)));
const FIRST = Math.floor(Math.min(...YEARS) / 10) * 10;
const LAST = Math.max(...YEARS);

/**
 * Crossings per year among the listed incidents (this dataset's records, not
 * official totals), stacked by direction; the numbers are also in a table for
 * screen readers.
 */
export function CrossingsChart({ incidents }: { incidents: readonly Incident[] }) {
  const tr = useI18n();
  const years = crossingsPerYear(incidents, FIRST, LAST);
  const max = Math.max(1, ...years.map((y) => y.south + y.north));
  const step = (WIDTH - LEFT) / years.length;
  const scale = (HEIGHT - AXIS - 4) / max;
  const bottom = HEIGHT - AXIS;
  const withCrossings = years.filter((y) => y.south + y.north > 0);
  return (
    <figure class="chart">
      <figcaption>
        <strong>{tr.t('chart_title')}</strong> <span class="muted small">{tr.t('chart_note')}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <line class="chart-axis" x1={LEFT} x2={WIDTH} y1={bottom} y2={bottom} />
        <text class="chart-tick" x={LEFT - 3} y={10} text-anchor="end">
          {max}
        </text>
        {years.map((y, n) => {
          const x = LEFT + n * step;
          const south = y.south * scale;
          const north = y.north * scale;
          return (
            <g key={y.year}>
              {y.south > 0 && (
                <rect class="chart-bar north-to-south" x={x + 0.5} y={bottom - south} width={step - 1} height={south} />
              )}
              {y.north > 0 && (
                <rect
                  class="chart-bar south-to-north"
                  x={x + 0.5}
                  y={bottom - south - north}
                  width={step - 1}
                  height={north}
                />
              )}
              {y.year % 10 === 0 && (
                <text class="chart-tick" x={x} y={HEIGHT - 2}>
                  {y.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul class="legend small" aria-hidden="true">
        {(['north-to-south', 'south-to-north'] as const).map((d) => (
          <li key={d}>
            <span class={`swatch ${d}`} />
            {directionLabel(d, tr)}
          </li>
        ))}
      </ul>
      <div class="sr-only">
        <table>
          <caption>{tr.t('chart_title')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('chart_year')}</th>
              <th scope="col">{directionLabel('north-to-south', tr)}</th>
              <th scope="col">{directionLabel('south-to-north', tr)}</th>
            </tr>
          </thead>
          <tbody>
            {withCrossings.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{y.south}</td>
                <td>{y.north}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
