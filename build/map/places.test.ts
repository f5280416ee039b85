import { geoContains } from 'd3-geo';
import type { MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import type { Incident } from '../../src/data/schema';
import { loadGeography } from './geography';
import { loadGazetteer, resolvePlace, unknownNames, type Place } from './places';

const places = loadGazetteer();
const geo = loadGeography();

/**
 * Shortest distance in km from a point to a line: each segment in a flat
 * projection around the point (the distances checked are tens of km).
 */
function distanceKm(p: Position, line: MultiLineString): number {
  const kx = 111.32 * Math.cos((p[1]! * Math.PI) / 180);
  const ky = 110.57;
  const xy = (q: Position) => [(q[0]! - p[0]!) * kx, (q[1]! - p[1]!) * ky] as const;
  let best = Infinity;
  for (const part of line.coordinates) {
    for (let i = 0; i < part.length; i++) {
      const [ax, ay] = xy(part[i]!);
      const [bx, by] = xy(part[i + 1] ?? part[i]!);
      const len = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * (bx - ax) + ay * (by - ay)) / len));
      best = Math.min(best, Math.hypot(ax + t * (bx - ax), ay + t * (by - ay)));
    }
  }
  return best;
}

/** How far from the line a place of each kind may lie and still be "on the border". */
const BORDER_KM: Record<Place['kind'], number> = { site: 12, island: 25, port: 25, region: 12, city: 60, county: 40 };
const COAST_KM = 8;
/** An island Natural Earth leaves out: at sea, within this of a Korean coast. */
const SEA_KM = 100;

describe('gazetteer (data/places.json)', () => {
  const entries = Object.entries(places);

  it.each(entries)('%s lies near the border or on the coast it names', (_key, p) => {
    const at = [p.lon, p.lat];
    if (p.near === 'border')
      expect(
        Math.min(distanceKm(at, geo.mdl), distanceKm(at, geo.nll), distanceKm(at, geo.estuary)),
      ).toBeLessThanOrEqual(BORDER_KM[p.kind]);
    else if (p.near === 'coast') expect(distanceKm(at, geo.coast)).toBeLessThanOrEqual(COAST_KM);
    else {
      expect(geoContains(geo.south, at as [number, number]) || geoContains(geo.north, at as [number, number])).toBe(
        false,
      );
      expect(distanceKm(at, geo.coast)).toBeLessThanOrEqual(SEA_KM);
    }
  });

  it.each(entries.filter(([, p]) => p.side !== 'border'))('%s lies in the Korea it says', (_key, p) => {
    const [own, other] = p.side === 'south' ? [geo.south, geo.north] : [geo.north, geo.south];
    const at: [number, number] = [p.lon, p.lat];
    expect(geoContains(other, at)).toBe(false);
    // Ports may sit a little off the coastline Natural Earth draws, and it leaves out the smallest islands.
    if (p.near !== 'sea')
      expect(geoContains(own, at) || distanceKm(at, geo.coast) <= (p.kind === 'island' ? 8 : 3)).toBe(true);
  });

  it('has the NLL north of the five islands it was drawn around', () => {
    for (const key of ['baengnyeong', 'daecheong', 'socheong', 'yeonpyeong']) {
      const island = places[key]!;
      const segment = geo.nll.coordinates[0]!.find((a, i, line) => {
        const b = line[i + 1];
        return b && Math.min(a[0]!, b[0]!) <= island.lon && island.lon <= Math.max(a[0]!, b[0]!);
      });
      expect(segment, key).toBeDefined();
      const line = geo.nll.coordinates[0]!;
      const i = line.indexOf(segment!);
      const [a, b] = [line[i]!, line[i + 1]!];
      const latOfLine = a[1]! + ((b[1]! - a[1]!) * (island.lon - a[0]!)) / (b[0]! - a[0]!);
      expect(latOfLine, key).toBeGreaterThan(island.lat);
    }
  });
});

describe('resolvePlace', () => {
  const record = (place: Incident['place'], extra: Partial<Incident> = {}) => ({
    place,
    route: 'land' as const,
    ...extra,
  });

  it('prefers the island, then a site the place text names, then the county, then the stretch of border', () => {
    expect(resolvePlace(record({ en: 'Somewhere', island: 'Yeonpyeong' }), places)?.key).toBe('yeonpyeong');
    expect(resolvePlace(record({ en: 'DMZ 4 km south of Panmunjom, Paju', county: 'Paju' }), places)?.key).toBe(
      'panmunjom',
    );
    expect(resolvePlace(record({ en: 'Gyodong Island, Ganghwa', county: 'Ganghwa' }), places)?.key).toBe('gyodong');
    expect(resolvePlace(record({ en: 'Eastern DMZ', county: 'Goseong' }), places)?.via).toBe('county');
    expect(resolvePlace(record({ en: 'Across the DMZ to Seoul' }), places)?.key).toBe('seoul');
    expect(resolvePlace(record({ en: 'Guard post' }, { route: 'jsa' }), places)?.key).toBe('panmunjom');
    expect(
      resolvePlace(record({ en: 'Central section of the DMZ' }, { region: 'central-front' }), places),
    ).toMatchObject({ key: 'central-front', via: 'region' });
    expect(resolvePlace(record({ en: 'Across the DMZ' }), places)).toBeUndefined();
  });

  it('does not take a destination for the scene', () => {
    expect(
      resolvePlace(
        record({ en: 'South of the eastern sea border; taken to Mukho port' }, { region: 'east-sea' }),
        places,
      )?.key,
    ).toBe('east-sea');
  });

  it('knows every county and island the records name (add any new one to data/places.json)', () => {
    expect(unknownNames(record({ en: 'Somewhere', county: 'Cheongju' }), places)).toEqual(['Cheongju']);
    const unknown = loadDataset().incidents.flatMap((i) => unknownNames(i, places).map((n) => `${i.id}: ${n}`));
    expect(unknown).toEqual([]);
  });

  it('places every incident that names a place or a stretch of border', () => {
    const unplaced = loadDataset().incidents.filter(
      (i) => (i.place.county || i.place.island || i.region) && !resolvePlace(i, places),
    );
    expect(unplaced.map((i) => i.id)).toEqual([]);
  });
});
