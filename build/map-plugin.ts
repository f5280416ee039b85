import type { Plugin } from 'vite';
import { loadDataset } from '../src/data/load';
import type { MapPlace, PlaceIndex } from '../src/ui/map/types';
import { drawFrame, FRAMES, placeInFrame, type FrameName } from './map/frames';
import { loadGazetteer, PLACES_FILE, resolvePlace } from './map/places';

const FRAME_PREFIX = 'virtual:dmz-map/';
const PLACES = 'virtual:dmz-places';

/**
 * The locator maps, drawn at build time from Natural Earth (world-atlas,
 * d3-geo, topojson-client, none of which ships): one module per frame with
 * its SVG path data (`virtual:dmz-map/peninsula`, `virtual:dmz-map/border`),
 * and `virtual:dmz-places` with where each incident is drawn, resolved from
 * data/places.json. The popover imports only the small frame.
 */
export function mapPlugin(): Plugin {
  return {
    name: 'dmz-map',
    resolveId(id) {
      return id === PLACES || (id.startsWith(FRAME_PREFIX) && id.slice(FRAME_PREFIX.length) in FRAMES)
        ? `\0${id}`
        : undefined;
    },
    load(id) {
      if (id.startsWith(`\0${FRAME_PREFIX}`))
        return `export default ${JSON.stringify(drawFrame(id.slice(FRAME_PREFIX.length + 1) as FrameName))};`;
      if (id !== `\0${PLACES}`) return undefined;
      this.addWatchFile(PLACES_FILE);
      return `export default ${JSON.stringify(placeIndex())};`;
    },
  };
}

/** Every incident's place, resolved through the gazetteer and positioned in each frame. */
function placeIndex(): PlaceIndex {
  const gazetteer = loadGazetteer();
  const index: PlaceIndex = { places: {}, incidents: {} };
  for (const incident of loadDataset().incidents) {
    const r = resolvePlace(incident, gazetteer);
    if (!r) continue;
    index.incidents[incident.id] = r.key;
    if (index.places[r.key]) continue;
    const at: MapPlace['at'] = {};
    for (const frame of Object.keys(FRAMES) as FrameName[]) {
      const xy = placeInFrame(frame, r.place.lon, r.place.lat);
      if (xy) at[frame] = xy;
    }
    index.places[r.key] = {
      precision: r.place.kind === 'region' ? 'region' : 'place',
      name: { en: r.place.en, ko: r.place.ko },
      at,
    };
  }
  return index;
}
