import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';
import type { MapFrame } from './types';

interface Props {
  frame: MapFrame;
  /** The accessible description of the whole picture. */
  label: string;
  /** Place names and line labels (the larger frame only). */
  labelled?: boolean;
  children?: ComponentChildren;
}

/**
 * The peninsula as drawn at build time: sea, neighbours, the two Koreas, the
 * DMZ as a band along the MDL, and the approximate NLL (dashed). Colours come
 * from the palette, so it reads in light and dark.
 */
export function BaseMap({ frame, label, labelled = false, children }: Props) {
  const tr = useI18n();
  return (
    <svg class="map" viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
      <rect class="map-sea" width={frame.width} height={frame.height} />
      <path class="map-other" d={frame.neighbours} />
      <path class="map-korea" d={frame.korea} />
      <path class="map-dmz" d={frame.mdl} style={{ strokeWidth: Math.max(frame.dmzWidth, 1.5) }} />
      <path class="map-mdl" d={frame.mdl} />
      <path class="map-nll" d={frame.nll} />
      {labelled &&
        frame.labels.map((l) => (
          <g key={l.key} class={l.sea ? 'map-label sea' : l.line ? 'map-label line' : 'map-label'}>
            {l.dot && <circle cx={l.x} cy={l.y} r={2} />}
            <text x={l.dot ? l.x + 4 : l.x} y={l.dot ? l.y + 3.5 : l.y} text-anchor={l.anchor}>
              {tr.t(`map_${l.key}`)}
            </text>
          </g>
        ))}
      {children}
    </svg>
  );
}
