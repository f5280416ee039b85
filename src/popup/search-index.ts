import { DIRECTIONS, INCIDENT_TYPES, METHODS, ORIGINS, REGIONS, ROLES, ROUTES } from '../data/enums';
import type { Incident } from '../data/schema';
import { isHangul, normalize, tokens } from './search-text';

/**
 * The popup's search index, built once at build time (build/search-index-plugin.ts)
 * so opening the popup only parses JSON. Two parts:
 *  - per incident, in the dataset's order, the structured fields the query's
 *    filters test, as columns of small numbers (enum positions, bit sets) that
 *    a filter reads in a tight loop;
 *  - an inverted index from words to incidents, each posting weighted by the field
 *    the word came from: names and aliases count most, then titles, then places,
 *    and summaries least (they are long, so they only help a query that names
 *    something nothing shorter mentions).
 */
export interface SearchIndexData {
  /** Incident ids; every per-incident column below follows this order. */
  ids: string[];
  year: number[];
  /** 1–12, or 0 when only the year is known. */
  month: number[];
  /** Positions in INCIDENT_TYPES, DIRECTIONS and ROUTES. */
  type: number[];
  direction: number[];
  route: number[];
  /** Position in REGIONS plus one; 0 when the record names no region. */
  region: number[];
  /** Bit sets over ROLES, ORIGINS and METHODS (bit i: the i-th value). */
  roles: number[];
  origins: number[];
  methods: number[];
  /** 1 when someone had defected south earlier and went back. */
  formerDefector: number[];
  /** Every name of the place (English, Korean, county, island, province), normalized. */
  place: string[];
  /** Distinct words, sorted (JavaScript string order), for binary search and prefix ranges. */
  words: string[];
  /** Per word: pairs of incident number and weight in percent, flattened. */
  postings: number[][];
}

/** A bit set over an enum list. */
export function bits(list: readonly string[], values: Iterable<string>): number {
  let b = 0;
  for (const v of values) b |= 1 << list.indexOf(v);
  return b;
}

/** Field weights in percent. */
const NAME = 100;
const TITLE = 80;
const PLACE = 60;
const SUMMARY = 30;
/** A Hangul word's tail (땅굴 in 제3땅굴), so Korean compounds are found by their parts. */
const HANGUL_TAIL = 0.8;
/** A hyphenated name written as one word (chongsong for Chong-song). */
const JOINED = 0.9;

/** Words too common in summaries to say anything; titles and names keep theirs. */
const SUMMARY_STOP = new Set(
  'the a an of in on at to into and or by from with for as is was were be been he she his her its it they their them this that which who had has have not but after before when while than then also about over'.split(
    ' ',
  ),
);

/** Each text of an incident that is indexed, with its field's weight. */
function fields(i: Incident): Array<[text: string | undefined, weight: number]> {
  const people = i.who ?? [];
  const out: Array<[string | undefined, number]> = [];
  const add = (weight: number, texts: Array<string | undefined>) => texts.forEach((t) => out.push([t, weight]));
  add(NAME, [...people.map((p) => p.name), ...i.aliases.en, ...i.aliases.ko]);
  add(TITLE, [i.title.en, i.title.ko]);
  // Ranks and occupations ("staff sergeant", "gymnast") count as much as places.
  add(PLACE, [
    i.place.en,
    i.place.ko,
    i.place.county,
    i.place.island,
    i.place.province,
    ...people.flatMap((p) => [p.rank, p.occupation]),
  ]);
  add(SUMMARY, [i.summary, i.outcome]);
  return out;
}

/** The words a field contributes, with a factor on its weight. */
function indexWords(text: string, weight: number): Array<[word: string, factor: number]> {
  const norm = normalize(text);
  const out: Array<[string, number]> = [];
  for (const w of tokens(norm)) {
    // Lone letters say nothing; lone digits and Hangul syllables in short fields do (Tunnel No. 3, 트래비스 킹).
    if (w.length < 2 && (weight === SUMMARY || /[a-z]/.test(w))) continue;
    if (weight === SUMMARY && SUMMARY_STOP.has(w)) continue;
    out.push([w, 1]);
    if (isHangul(w)) for (let k = 1; k <= w.length - 2; k++) out.push([w.slice(k), HANGUL_TAIL]);
  }
  for (const m of norm.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/g)) out.push([m[0].replace(/-/g, ''), JOINED]);
  return out;
}

function columns(incidents: readonly Incident[]): Omit<SearchIndexData, 'words' | 'postings'> {
  const people = (i: Incident) => i.who ?? [];
  return {
    ids: incidents.map((i) => i.id),
    year: incidents.map((i) => Number(i.date.slice(0, 4))),
    month: incidents.map((i) => (i.datePrecision === 'year' ? 0 : Number(i.date.slice(5, 7)))),
    type: incidents.map((i) => INCIDENT_TYPES.indexOf(i.type)),
    direction: incidents.map((i) => DIRECTIONS.indexOf(i.direction)),
    route: incidents.map((i) => ROUTES.indexOf(i.route)),
    region: incidents.map((i) => (i.region ? REGIONS.indexOf(i.region) + 1 : 0)),
    roles: incidents.map((i) =>
      bits(
        ROLES,
        people(i).map((p) => p.role),
      ),
    ),
    origins: incidents.map((i) =>
      bits(
        ORIGINS,
        people(i).map((p) => p.origin),
      ),
    ),
    methods: incidents.map((i) => bits(METHODS, i.method ?? [])),
    formerDefector: incidents.map((i) => (people(i).some((p) => p.formerDefector) ? 1 : 0)),
    place: incidents.map((i) =>
      normalize([i.place.en, i.place.ko, i.place.county, i.place.island, i.place.province].filter(Boolean).join(' | ')),
    ),
  };
}

/**
 * The best field's weight, plus a tenth of the others': a word in an incident's
 * alias, title and occupation ("gymnast") beats one only in another's alias.
 */
function combine(weights: number[]): number {
  const max = Math.max(...weights);
  return Math.round(max + (weights.reduce((a, b) => a + b, 0) - max) / 10);
}

export function buildSearchIndex(incidents: readonly Incident[]): SearchIndexData {
  // Per word and incident, the weight of each field the word is in (once per field).
  const byWord = new Map<string, Map<number, number[]>>();
  incidents.forEach((incident, doc) => {
    for (const [text, weight] of fields(incident)) {
      if (!text) continue;
      const best = new Map<string, number>();
      for (const [word, factor] of indexWords(text, weight))
        best.set(word, Math.max(best.get(word) ?? 0, weight * factor));
      for (const [word, w] of best) {
        let docs = byWord.get(word);
        if (!docs) byWord.set(word, (docs = new Map<number, number[]>()));
        const weights = docs.get(doc);
        if (weights) weights.push(w);
        else docs.set(doc, [w]);
      }
    }
  });
  const words = [...byWord.keys()].sort();
  return {
    ...columns(incidents),
    words,
    postings: words.map((w) =>
      [...byWord.get(w)!].sort((a, b) => a[0] - b[0]).flatMap(([doc, ws]) => [doc, combine(ws)]),
    ),
  };
}
