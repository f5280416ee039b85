import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import { EAST_SEA_NLL_LATITUDE, WEST_SEA_NLL } from './nll';

/** ISO 3166 numeric codes, as world-atlas keys its countries. */
const SOUTH_KOREA = '410';
const NORTH_KOREA = '408';
/** Neighbours drawn in a lighter tone for context. */
const NEIGHBOURS = new Set(['156', '643', '392']); // China, Russia, Japan

interface Geography {
  korea: FeatureCollection;
  neighbours: FeatureCollection;
  south: Feature;
  north: Feature;
  /** The Military Demarcation Line: the land boundary between the two Koreas in Natural Earth (the de facto line). */
  mdl: MultiLineString;
  /** Approximate, see nll.ts. */
  nll: MultiLineString;
  /** The coastlines of the two Koreas, for checking places on a coast. */
  coast: MultiLineString;
  /** The Han River estuary, between the MDL's western end and the NLL's eastern one: border, but drawn as neither line. */
  estuary: MultiLineString;
}

let cached: Geography | undefined;

/** Natural Earth at 1:10m (world-atlas), read at build time only; nothing of it ships but the drawn paths. */
export function loadGeography(): Geography {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  const countries = topology.objects.countries;
  const byId = (id: string) =>
    feature(
      topology,
      countries.geometries.find((g) => String(g.id) === id)!,
    ) as Feature;
  const mdlLine = mesh(
    topology,
    countries,
    (a, b) => a !== b && new Set([a.id, b.id]).has(SOUTH_KOREA) && new Set([a.id, b.id]).has(NORTH_KOREA),
  );
  const korean = (g: { id?: string | number }) => g.id === SOUTH_KOREA || g.id === NORTH_KOREA;
  const coast = mesh(topology, countries, (a, b) => a === b && korean(a));
  const eastEnd = easternmost(mdlLine.coordinates.flat());
  const westEnd = mdlLine.coordinates.flat().reduce((a, b) => (b[0]! < a[0]! ? b : a));
  const nll: MultiLineString = {
    type: 'MultiLineString',
    coordinates: [WEST_SEA_NLL.map((p) => [...p]), [eastEnd, [131.5, EAST_SEA_NLL_LATITUDE]]],
  };
  cached = {
    korea: { type: 'FeatureCollection', features: [byId(SOUTH_KOREA), byId(NORTH_KOREA)] },
    neighbours: { type: 'FeatureCollection', features: [...NEIGHBOURS].map(byId) },
    south: byId(SOUTH_KOREA),
    north: byId(NORTH_KOREA),
    mdl: mdlLine,
    nll,
    coast,
    estuary: { type: 'MultiLineString', coordinates: [[westEnd, [...WEST_SEA_NLL[0]!]]] },
  };
  return cached;
}

function easternmost(points: Position[]): Position {
  return points.reduce((a, b) => (b[0]! > a[0]! ? b : a));
}
