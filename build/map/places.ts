import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { Incident } from '../../src/data/schema';
import { REGIONS } from '../../src/data/enums';

/** Kinds of place, from a spot (site) to a stretch of border (region). */
const KINDS = ['site', 'island', 'port', 'city', 'county', 'region'] as const;

const PlaceSchema = v.strictObject({
  en: v.pipe(v.string(), v.nonEmpty()),
  ko: v.pipe(v.string(), v.nonEmpty()),
  lat: v.pipe(v.number(), v.minValue(33), v.maxValue(43.1)),
  lon: v.pipe(v.number(), v.minValue(124), v.maxValue(132)),
  kind: v.picklist(KINDS),
  /** What the tests check: within reach of the MDL or NLL, on a coastline, or at sea off Korea (an island too small for Natural Earth). */
  near: v.picklist(['border', 'coast', 'sea']),
  /** The Korea it lies in; 'border' for places on the line itself. */
  side: v.picklist(['south', 'north', 'border']),
  /** How records name it: place.county, place.island, a word of place.en, or a region. */
  names: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1)),
  /** False for places records name only as a destination ("taken to Mukho port"). */
  inText: v.optional(v.boolean()),
});

const GazetteerSchema = v.strictObject({
  about: v.string(),
  places: v.record(v.pipe(v.string(), v.regex(/^[a-z-]+$/)), PlaceSchema),
});

export type Place = v.InferOutput<typeof PlaceSchema>;
type Gazetteer = Record<string, Place>;

export const PLACES_FILE = new URL('../../data/places.json', import.meta.url).pathname;

export function loadGazetteer(file = PLACES_FILE): Gazetteer {
  const r = v.safeParse(GazetteerSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success)
    throw new Error(`${file}: ${r.issues.map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`).join('; ')}`);
  const places = r.output.places;
  for (const region of REGIONS) {
    if (region !== 'jsa' && places[region]?.kind !== 'region')
      throw new Error(`${file}: region '${region}' needs an entry of kind 'region'`);
  }
  return places;
}

interface Resolved {
  key: string;
  place: Place;
  /** How the record named it, for the tests' report. */
  via: 'island' | 'county' | 'text' | 'jsa' | 'region';
}

/** Places, more precise kinds first, found as whole words in a text; the earliest mention wins. */
function named(text: string, places: Gazetteer, kinds: ReadonlySet<Place['kind']>): string | undefined {
  let best: { key: string; at: number } | undefined;
  for (const [key, p] of Object.entries(places)) {
    if (!kinds.has(p.kind) || p.inText === false) continue;
    for (const name of p.names) {
      const at = text.search(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'));
      if (at >= 0 && (!best || at < best.at)) best = { key, at };
    }
  }
  return best?.key;
}

function byName(name: string | undefined, places: Gazetteer): string | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  return Object.keys(places).find((k) => places[k]!.names.some((n) => n.toLowerCase() === lower));
}

const SPOTS = new Set<Place['kind']>(['site', 'island', 'port']);
const AREAS = new Set<Place['kind']>(['city', 'county']);

/** County and island names a record gives that the gazetteer lacks: a test lists them, so they get added. */
export function unknownNames(i: Pick<Incident, 'place'>, places: Gazetteer): string[] {
  return [i.place.county, i.place.island].filter((n): n is string => n !== undefined && !byName(n, places));
}

/**
 * Where a record happened, as closely as it says: its island, a site, island
 * or port its place text names, its county, a city or county the text names,
 * Panmunjom for the JSA, else the stretch of border (region). Undefined when
 * the record says no more than "the DMZ".
 */
export function resolvePlace(i: Pick<Incident, 'place' | 'route' | 'region'>, places: Gazetteer): Resolved | undefined {
  const found = (key: string | undefined, via: Resolved['via']) =>
    key ? { key, place: places[key]!, via } : undefined;
  return (
    found(byName(i.place.island, places), 'island') ??
    found(named(i.place.en, places, SPOTS), 'text') ??
    found(byName(i.place.county, places), 'county') ??
    found(named(i.place.en, places, AREAS), 'text') ??
    found(i.route === 'jsa' || i.region === 'jsa' ? 'panmunjom' : undefined, 'jsa') ??
    found(i.region && i.region !== 'jsa' ? i.region : undefined, 'region')
  );
}
