import peninsula from 'virtual:dmz-map/peninsula';
import border from 'virtual:dmz-map/border';
import type { Incident } from '../../data/schema';
import { useI18n } from '../i18n';
import { BaseMap } from './BaseMap';
import { placeOf } from './place-index';

/**
 * Where an incident happened: small (the whole peninsula) in the popover,
 * large (the border region, labelled) in the popup. A named place is a dot,
 * a stretch of border a wide ring; both are approximate, and say so.
 */
export function IncidentLocator({ incident, size }: { incident: Incident; size: 'small' | 'large' }) {
  const tr = useI18n();
  const place = placeOf(incident.id);
  if (!place) return null;
  const useBorder = size === 'large' && place.at.border !== undefined;
  const at = useBorder ? place.at.border : place.at.peninsula;
  if (!at) return null;
  const name = tr.locale === 'ko' ? place.name.ko : place.name.en;
  const caption = tr.t(place.precision === 'region' ? 'map_caption_region' : 'map_caption_place', name);
  const r = useBorder ? 5 : 6;
  return (
    <figure class={`locator locator-${size}`}>
      <BaseMap frame={useBorder ? border : peninsula} label={caption} labelled={useBorder}>
        {place.precision === 'region' ? (
          <circle class="map-area" cx={at[0]} cy={at[1]} r={r * 3} />
        ) : (
          <circle class="map-marker" cx={at[0]} cy={at[1]} r={r} />
        )}
      </BaseMap>
      {size === 'large' && <figcaption class="muted small">{caption}</figcaption>}
    </figure>
  );
}
