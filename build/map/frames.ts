import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection, Position } from 'geojson';
import type { MapFrame, MapLabel } from '../../src/ui/map/types';
import { loadGeography } from './geography';

/** A map frame: the box it shows (degrees) and its width in SVG units. */
interface FrameSpec {
  west: number;
  east: number;
  south: number;
  north: number;
  width: number;
  /** Points closer than this (SVG units) to the last one kept are dropped: detail below what the frame can show. */
  detail: number;
  /** Islands smaller than this (square SVG units) are left out. */
  minArea: number;
  labels: ReadonlyArray<Omit<MapLabel, 'x' | 'y'> & { lon: number; lat: number }>;
}

export const FRAMES = {
  /** The whole peninsula, for the popover's small locator. */
  peninsula: {
    west: 124.1,
    east: 132,
    south: 33.1,
    north: 43.1,
    width: 150,
    detail: 1.5,
    minArea: 1.5,
    labels: [],
  },
  /** The border region, for the popup's incident detail and overview. */
  border: {
    west: 124.45,
    east: 129.75,
    south: 36.95,
    north: 39.25,
    width: 400,
    detail: 1,
    minArea: 1,
    labels: [
      { key: 'seoul', lon: 126.98, lat: 37.57, anchor: 'start', dot: true },
      { key: 'pyongyang', lon: 125.75, lat: 39.03, anchor: 'start', dot: true },
      { key: 'west_sea', lon: 125.0, lat: 37.25, anchor: 'middle', sea: true },
      { key: 'east_sea', lon: 129.35, lat: 38.1, anchor: 'middle', sea: true },
      { key: 'mdl', lon: 127.55, lat: 38.42, anchor: 'middle', line: true },
      { key: 'nll', lon: 125.25, lat: 37.52, anchor: 'middle', line: true },
    ],
  },
} as const satisfies Record<string, FrameSpec>;

export type FrameName = keyof typeof FRAMES;

/** Mercator fitted to the frame's box; everything outside is clipped. */
function projectionOf(spec: FrameSpec): { projection: GeoProjection; height: number } {
  const box: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [spec.west, spec.south],
      [spec.east, spec.north],
    ],
  };
  const probe = geoMercator().fitWidth(spec.width, box);
  const [[, top], [, bottom]] = geoPath(probe).bounds(box);
  const height = Math.round(bottom - top);
  const projection = geoMercator()
    .fitExtent(
      [
        [0, 0],
        [spec.width, height],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [spec.width, height],
    ]);
  return { projection, height };
}

const round = (v: number) => Math.round(v * 10) / 10;
/** The DMZ is 2 km deep on each side of the MDL. */
const DMZ_KM = 4;
const KM_PER_DEGREE = 111.2;

/**
 * SVG path data in tenths of a unit, each point relative to the previous
 * one (shorter than absolute coordinates). Points that lie within `detail`
 * of the last one kept are dropped: detail below what the frame can show.
 */
class ThinPath {
  private parts: string[] = [];
  private ring: Array<[number, number]> = [];
  private closed = false;

  constructor(private readonly detail: number) {}

  beginPath() {}
  moveTo(x: number, y: number) {
    this.end();
    this.ring = [[x, y]];
  }
  lineTo(x: number, y: number) {
    const last = this.ring[this.ring.length - 1]!;
    if (Math.hypot(x - last[0], y - last[1]) >= this.detail) {
      this.ring.push([x, y]);
      this.pendingEnd = undefined;
    } else this.pendingEnd = [x, y];
  }
  closePath() {
    this.closed = true;
    this.end();
  }
  arc() {}

  private pendingEnd: [number, number] | undefined;

  private end() {
    if (this.pendingEnd && !this.closed) this.ring.push(this.pendingEnd);
    this.pendingEnd = undefined;
    if (this.ring.length > (this.closed ? 2 : 1)) {
      const tenths = this.ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
      let d = `M${tenths[0]![0] / 10} ${tenths[0]![1] / 10}`;
      for (let i = 1; i < tenths.length; i++) {
        const dx = (tenths[i]![0] - tenths[i - 1]![0]) / 10;
        const dy = (tenths[i]![1] - tenths[i - 1]![1]) / 10;
        if (dx || dy)
          d += `l${dx} ${dy}`
            .replace(/(^|[^\d])0\./g, '$1.')
            .replace(/ -/g, '-')
            .replace(/ \./g, ' .');
      }
      this.parts.push(this.closed ? `${d}z` : d);
    }
    this.ring = [];
    this.closed = false;
  }

  result(): string {
    this.end();
    const out = this.parts.join('');
    this.parts = [];
    return out;
  }
}

function thinPath(projection: GeoProjection, detail: number) {
  return (o: GeoPermissibleObjects) => {
    const context = new ThinPath(detail);
    geoPath(projection, context as unknown as CanvasRenderingContext2D)(o);
    return context.result();
  };
}

/** The features with polygons under `minArea` (projected) removed. */
function withoutSpecks(fc: FeatureCollection, projection: GeoProjection, minArea: number): FeatureCollection {
  const path = geoPath(projection);
  const keep = (coordinates: Position[][]) => path.area({ type: 'Polygon', coordinates }) >= minArea;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) =>
      f.geometry.type === 'MultiPolygon'
        ? { ...f, geometry: { ...f.geometry, coordinates: f.geometry.coordinates.filter(keep) } }
        : f,
    ),
  };
}

export function drawFrame(name: FrameName): MapFrame {
  const spec: FrameSpec = FRAMES[name];
  const { projection, height } = projectionOf(spec);
  const geo = loadGeography();
  const draw = thinPath(projection, spec.detail);
  return {
    width: spec.width,
    height,
    neighbours: draw(withoutSpecks(geo.neighbours, projection, spec.minArea)),
    korea: draw(withoutSpecks(geo.korea, projection, spec.minArea)),
    mdl: draw(geo.mdl),
    nll: draw(geo.nll),
    dmzWidth: round(projection([127, 38])![1] - projection([127, 38 + DMZ_KM / KM_PER_DEGREE])![1]),
    labels: spec.labels.map(({ lon, lat, ...label }) => {
      const [x, y] = projection([lon, lat])!;
      return { ...label, x: round(x), y: round(y) };
    }),
  };
}

/** Where a point falls in a frame, or undefined outside it. */
export function placeInFrame(name: FrameName, lon: number, lat: number): [number, number] | undefined {
  const spec: FrameSpec = FRAMES[name];
  if (lon < spec.west || lon > spec.east || lat < spec.south || lat > spec.north) return undefined;
  const [x, y] = projectionOf(spec).projection([lon, lat])!;
  return [round(x), round(y)];
}
