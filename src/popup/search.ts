import type { Direction, Incident } from '../data/schema';
import { buildSearchIndex, type SearchDoc, type SearchIndexData } from './search-index';
import { parseQuery, type Facet, type TimeRange } from './search-query';
import { TermLookup, type LookupOptions } from './search-terms';

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
  /** Per facet (by field and values), which incidents have it and which use its words: fixed for the data. */
  private readonly facetCache = new Map<string, { holds: Uint8Array; literal: Float32Array | undefined }>();
  /** Word lookups of this keystroke and the one before: typing changes the last word, not the others. */
  private lookups = new Map<string, Float32Array | undefined>();
  private lastLookups = new Map<string, Float32Array | undefined>();

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
    this.lastLookups = this.lookups;
    this.lookups = new Map();
    const q = parseQuery(query, (w) => this.terms.knows(w));
    const n = this.docs.length;
    const allowed = new Uint8Array(n).fill(1);
    if (filters.direction || filters.decade !== undefined || filters.who) {
      for (let k = 0; k < n; k++) allowed[k] = passesFilters(this.docs[k]!, filters) ? 1 : 0;
    }
    if (!q.time && !q.facets.length && !q.terms.length) return this.incidents.filter((_, k) => allowed[k]);

    const score = new Float32Array(n);
    const met = new Uint8Array(n);
    for (const [i, t] of q.terms.entries()) {
      const s = this.lookup(t, q.partial && i === q.terms.length - 1 ? 'partial' : 'term');
      if (!s) continue;
      for (let k = 0; k < n; k++) {
        if (s[k]! > 0) {
          score[k]! += TERM_WEIGHT * s[k]!;
          met[k]!++;
        }
      }
    }
    for (const f of q.facets) {
      const { holds, literal } = this.facet(f);
      const typed = this.allWords(f.words);
      const counts = f.boost ? 0 : 1;
      for (let k = 0; k < n; k++) {
        const bonus = (typed?.[k] ?? 0) / 4;
        if (holds[k]) {
          score[k]! += 1 + bonus;
          met[k]! += counts;
        } else if (counts && (literal?.[k] ?? 0) >= LITERAL_MIN) {
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

    const wanted = q.terms.length + q.facets.filter((f) => !f.boost).length + (q.time ? 1 : 0);
    let all = 0;
    let some = 0;
    for (let k = 0; k < n; k++) {
      if (!allowed[k] || !met[k]) continue;
      some++;
      if (met[k] === wanted) all++;
    }
    return all ? this.ranked(wanted, all, met, score, allowed) : this.ranked(1, some, met, score, allowed);
  }

  decades(): number[] {
    return [...new Set(this.docs.map((d) => decadeOf(d.year)))].sort((a, b) => b - a);
  }

  /**
   * The `count` allowed incidents that meet at least `least` facets and terms,
   * by how many they meet, then score, then dataset order (newest first).
   * Sorted as packed numbers, which the engine sorts natively: a comparator
   * over ten thousand results costs several times more.
   */
  private ranked(least: number, count: number, met: Uint8Array, score: Float32Array, allowed: Uint8Array): Incident[] {
    const n = this.docs.length;
    const keys = new Float64Array(count);
    let j = 0;
    for (let k = 0; k < n; k++) {
      if (!allowed[k] || met[k]! < least) continue;
      // Higher met and score sort first; scores are kept to 1/1000 and below 100.
      const rank = met[k]! * 1e5 + Math.round(Math.min(score[k]!, 99.999) * 1000);
      keys[j++] = (2 ** 25 - rank) * n + k;
    }
    keys.sort();
    return Array.from(keys, (key) => this.incidents[key % n]!);
  }

  /**
   * A query term (typos forgiven, and words it starts), the last one while it
   * is being typed (also the starts of words it misspells), or a facet's word as written.
   */
  private lookup(word: string, as: 'term' | 'partial' | 'literal'): Float32Array | undefined {
    const key = `${as}:${word}`;
    if (this.lookups.has(key)) return this.lookups.get(key);
    const opts: LookupOptions = as === 'literal' ? { typos: false } : { typos: as === 'partial' ? 'partial' : true, prefix: true };
    const s = this.lastLookups.has(key) ? this.lastLookups.get(key) : this.terms.scores(word, opts);
    this.lookups.set(key, s);
    return s;
  }

  private facet(f: Facet): { holds: Uint8Array; literal: Float32Array | undefined } {
    const key = `${f.field}:${f.values.join(',')}`;
    let cached = this.facetCache.get(key);
    if (!cached) {
      const holds = Uint8Array.from(this.docs, (d) => (facetHolds(f, d) ? 1 : 0));
      cached = { holds, literal: f.literal ? this.anyPhrase(f.phrases) : undefined };
      this.facetCache.set(key, cached);
    }
    return cached;
  }

  /** Per incident, how strongly it uses all of these words (the weakest one's score). */
  private allWords(words: readonly string[]): Float32Array | undefined {
    let out: Float32Array | undefined;
    for (const w of words) {
      const s = this.lookup(w, 'literal');
      if (!s) return undefined;
      if (!out) out = Float32Array.from(s);
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
      const s = this.terms.scores(p[0]!, { typos: false });
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
  const v = f.values as readonly string[];
  switch (f.field) {
    case 'direction':
      return v.includes(d.direction);
    case 'type':
      return v.includes(d.type);
    case 'role':
      return d.roles.some((r) => v.includes(r));
    case 'origin':
      return d.origins.some((o) => v.includes(o));
    case 'region':
      // The JSA is a route as well as a region; records at Panmunjom may set either.
      return (d.region !== undefined && v.includes(d.region)) || (d.route === 'jsa' && v.includes('jsa'));
    case 'route':
      return v.includes(d.route);
    case 'method':
      return d.methods.some((m) => v.includes(m));
    case 'place':
      return v.some((name) => d.place.includes(name));
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
