/** What the build draws (build/map) and the map components render. */

export interface MapLabel {
  /** Message key suffix: map_<key>. */
  key: 'seoul' | 'pyongyang' | 'west_sea' | 'east_sea' | 'mdl' | 'nll';
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A city: a dot with the name beside it. */
  dot?: boolean;
  /** A sea name, set in italics. */
  sea?: boolean;
  /** Names a line (MDL, NLL), in the line's colour. */
  line?: boolean;
}

/** One frame of the base map as SVG path data, in a viewBox of width × height. */
export interface MapFrame {
  width: number;
  height: number;
  /** China, Russia, Japan: context in a lighter tone. */
  neighbours: string;
  korea: string;
  mdl: string;
  nll: string;
  /** The DMZ's 4 km, in the frame's units: the width of the band drawn along the MDL. */
  dmzWidth: number;
  labels: MapLabel[];
}

/** A place incidents are drawn at: a named place, or only the stretch of border they happened on. */
export interface MapPlace {
  precision: 'place' | 'region';
  name: { en: string; ko: string };
  /** Position in each frame that contains it. */
  at: { peninsula?: [number, number]; border?: [number, number] };
}

/** The places that incidents resolve to (data/places.json keys), and which incident is where. */
export interface PlaceIndex {
  places: Record<string, MapPlace>;
  incidents: Record<string, string>;
}
