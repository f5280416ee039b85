import border from 'virtual:dmz-map/border';
import type { Direction, Incident } from '../../data/schema';
import { directionLabel } from '../format';
import { useI18n } from '../i18n';
import { BaseMap } from './BaseMap';
import { placeOf } from './place-index';

const DIRECTIONS: readonly Direction[] = ['north-to-south', 'south-to-north', 'none'];

interface Group {
  key: string;
  name: string;
  at: [number, number];
  counts: Record<Direction, number>;
}

/** The listed incidents on the border map: a dot per place and direction, sized by count. */
export function IncidentsMap({ incidents }: { incidents: readonly Incident[] }) {
  const tr = useI18n();
  const groups = new Map<string, Group>();
  let unmapped = 0;
  for (const i of incidents) {
    const place = placeOf(i.id);
    const at = place?.at.border;
    if (!place || !at) {
      unmapped++;
      continue;
    }
    const g = groups.get(place.key) ?? {
      key: place.key,
      name: tr.locale === 'ko' ? place.name.ko : place.name.en,
      at,
      counts: { 'north-to-south': 0, 'south-to-north': 0, none: 0 },
    };
    g.counts[i.direction]++;
    groups.set(place.key, g);
  }
  const mapped = incidents.length - unmapped;
  return (
    <figure class="incidents-map">
      <BaseMap frame={border} label={tr.t('map_overview_label', mapped)} labelled>
        {[...groups.values()].map((g) => {
          const present = DIRECTIONS.filter((d) => g.counts[d] > 0);
          return present.map((d, n) => {
            const r = 2.5 + 2 * Math.sqrt(g.counts[d]);
            // Dots of one place sit side by side, one per direction.
            const dx = (n - (present.length - 1) / 2) * (r + 2);
            return (
              <circle key={`${g.key}-${d}`} class={`map-dot ${d}`} cx={g.at[0] + dx} cy={g.at[1]} r={r}>
                <title>{tr.t('map_dot_title', g.name, directionLabel(d, tr), g.counts[d])}</title>
              </circle>
            );
          });
        })}
      </BaseMap>
      <figcaption class="small">
        <ul class="legend">
          {DIRECTIONS.map((d) => (
            <li key={d}>
              <span class={`swatch ${d}`} aria-hidden="true" />
              {directionLabel(d, tr)}
            </li>
          ))}
        </ul>
        <p class="muted">
          {tr.t('map_overview_note')}
          {unmapped > 0 && ` ${tr.plural('map_unmapped', unmapped)}`}
        </p>
      </figcaption>
    </figure>
  );
}
