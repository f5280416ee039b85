import type { Direction, Incident } from '../data/schema';
import { buildSearchIndex, type SearchDoc, type SearchIndexData } from './search-index';
import { parseQuery, type Facet, type TimeRange } from './search-query';
import { TermLookup } from './search-terms';

/** The popup's own filter controls. */
export interface SearchFilters {
  direction?: Direction;
  decade?: number;
  who?: 'soldier' | 'civilian';
}

/** A term counts twice a facet: the words a reader typed say what they want. */
const TERM_WEIGHT = 2;
/** A literal match (the query's word in a name, title or place) needs at least a place's weight. */
const LITERAL_MIN = 0.6;
/** A year off by this many or more earns nothing when nothing matches exactly. */
const YEAR_REACH = 5;

/**
 * Incident search for the popup, in English and Korean. The query is read into
 * structured facets (years and decades, direction, who, what happened, where:
 * "귀순 2017", "JSA 1990s", "fishermen deported") and free terms, which are
 * matched, typo-tolerantly, against names, aliases, titles and places.
 *
 * Results are the incidents that satisfy every facet and match every term,
 * best first. When none does, the incidents that satisfy the most of them,
 * with years near the asked one ranked up, so "travis 2022" still finds
 * Travis King (2023) rather than nothing.
 */
export class IncidentSearch {
  private readonly docs: readonly SearchDoc[];
  private readonly terms: TermLookup;
  private readonly incidents: readonly Incident[];

  /** `index` is the one built at build time; without it, it is built here (tests, scripts). */
  constructor(incidents: readonly Incident[], index: SearchIndexData = buildSearchIndex(incidents)) {
    const byId = new Map(incidents.map((i) => [i.id, i]));
    this.incidents = index.docs.map((d) => {
      const i = byId.get(d.id);
      if (!i) throw new Error(`search index is stale: no incident ${d.id}`);
      return i;
    });
    if (this.incidents.length !== incidents.length) throw new Error('search index is stale: incident count differs');
    this.docs = index.docs;
    this.terms = new TermLookup(index);
  }

  /** Every match, best first (newest first for an empty query); the popup pages through them. */
  search(query: string, filters: SearchFilters = {}): Incident[] {
    const q = parseQuery(query, (w) => this.terms.knows(w));
    const allowed = this.docs.map((d) => passesFilters(d, filters));
    if (!q.time && !q.facets.length && !q.terms.length) return this.incidents.filter((_, k) => allowed[k]);

    const n = this.docs.length;
    const score = new Float32Array(n);
    const met = new Uint8Array(n);
    const termScores = q.terms.map((t) => this.terms.scores(t, { typos: true, prefix: true }));
    for (const s of termScores) {
      if (!s) continue;
      for (let k = 0; k < n; k++) {
        if (s[k]! > 0) {
          score[k]! += TERM_WEIGHT * s[k]!;
          met[k]!++;
        }
      }
    }
    const filterFacets = q.facets.filter((f) => !f.boost);
    for (const f of q.facets) {
      const typed = this.allWords(f.words);
      const literal = f.literal ? this.anyPhrase(f.phrases) : undefined;
      for (let k = 0; k < n; k++) {
        const bonus = (typed?.[k] ?? 0) / 4;
        if (facetHolds(f, this.docs[k]!)) {
          score[k]! += 1 + bonus;
          if (!f.boost) met[k]!++;
        } else if ((literal?.[k] ?? 0) >= LITERAL_MIN) {
          score[k]! += 0.5 + bonus;
          met[k]!++;
        }
      }
    }
    if (q.time) {
      for (let k = 0; k < n; k++) {
        const off = yearsOff(q.time, this.docs[k]!);
        if (off === 0) {
          score[k]! += 1;
          met[k]!++;
        } else score[k]! += Math.max(0, 1 - off / YEAR_REACH) / 2;
      }
    }

    const wanted = q.terms.length + filterFacets.length + (q.time ? 1 : 0);
    const order = (a: number, b: number) => met[b]! - met[a]! || score[b]! - score[a]! || a - b;
    const all: number[] = [];
    for (let k = 0; k < n; k++) if (allowed[k] && met[k]! > 0) all.push(k);
    const exact = all.filter((k) => met[k] === wanted);
    return (exact.length ? exact : all).sort(order).map((k) => this.incidents[k]!);
  }

  decades(): number[] {
    return [...new Set(this.docs.map((d) => decadeOf(d.year)))].sort((a, b) => b - a);
  }

  /** Per incident, how strongly it uses all of these words (the weakest one's score). */
  private allWords(words: readonly string[]): Float32Array | undefined {
    let out: Float32Array | undefined;
    for (const w of words) {
      const s = this.terms.scores(w, { typos: false });
      if (!s) return undefined;
      if (!out) out = s;
      else for (let k = 0; k < out.length; k++) out[k] = Math.min(out[k]!, s[k]!);
    }
    return out;
  }

  /**
   * Per incident, how strongly it uses any of these phrases. Only one-word
   * phrases count: the index has no word positions, and "eastern border" must
   * not be read into "the eastern sea border".
   */
  private anyPhrase(phrases: ReadonlyArray<readonly string[]>): Float32Array | undefined {
    let out: Float32Array | undefined;
    for (const p of phrases) {
      if (p.length !== 1) continue;
      const s = this.allWords(p);
      if (!s) continue;
      if (!out) out = s;
      else for (let k = 0; k < out.length; k++) out[k] = Math.max(out[k]!, s[k]!);
    }
    return out;
  }
}

function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

function passesFilters(d: SearchDoc, f: SearchFilters): boolean {
  if (f.direction && d.direction !== f.direction) return false;
  if (f.decade !== undefined && decadeOf(d.year) !== f.decade) return false;
  if (f.who === 'soldier' && !d.roles.includes('soldier')) return false;
  if (f.who === 'civilian' && !d.roles.some((r) => r !== 'soldier')) return false;
  return true;
}

function facetHolds(f: Facet, d: SearchDoc): boolean {
  const has = (v: string | undefined) => v !== undefined && f.values.includes(v);
  switch (f.field) {
    case 'direction':
      return has(d.direction);
    case 'type':
      return has(d.type);
    case 'role':
      return d.roles.some(has);
    case 'origin':
      return d.origins.some(has);
    case 'region':
      // The JSA is a route as well as a region; records at Panmunjom may set either.
      return has(d.region) || (d.route === 'jsa' && has('jsa'));
    case 'route':
      return has(d.route);
    case 'method':
      return d.methods.some(has);
    case 'place':
      return f.values.some((name) => d.place.includes(name));
    case 'former-defector':
      return d.formerDefector;
  }
}

/** Years between the incident and the asked range (0 inside it); a month asked for must match too. */
function yearsOff(t: TimeRange, d: SearchDoc): number {
  const off = d.year < t.from ? t.from - d.year : d.year > t.to ? d.year - t.to : 0;
  if (off === 0 && t.month !== undefined && d.month !== t.month) return 0.5;
  return off;
}
