import type { Incident } from '../data/schema';
import { FacetColumns, type SearchFilters } from './search-facets';
import { buildSearchIndex, type SearchIndexData } from './search-index';
import { facetKey, parseQuery, type Facet } from './search-query';
import { TermLookup, type LookupOptions } from './search-terms';

export type { SearchFilters } from './search-facets';

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
 * best first. When none does, the terms decide: the incidents matching the
 * most of them ("travis 2022" finds Travis King, 2023, rather than nothing or
 * 2022's incidents); without terms, those meeting any facet, years near the
 * asked one first ("JSA 2016").
 */
export class IncidentSearch {
  private readonly columns: FacetColumns;
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
    this.incidents = index.ids.map((id) => {
      const i = byId.get(id);
      if (!i) throw new Error(`search index is stale: no incident ${id}`);
      return i;
    });
    if (this.incidents.length !== incidents.length) throw new Error('search index is stale: incident count differs');
    this.columns = new FacetColumns(index);
    this.terms = new TermLookup(index);
  }

  /** Every match, best first (newest first for an empty query); the popup pages through them. */
  search(query: string, filters: SearchFilters = {}): Incident[] {
    this.lastLookups = this.lookups;
    this.lookups = new Map();
    const q = parseQuery(query, (w) => this.terms.knows(w));
    const n = this.columns.size;
    const allowed =
      filters.direction || filters.decade !== undefined || filters.who
        ? this.columns.allowed(filters)
        : new Uint8Array(n).fill(1);
    if (!q.time && !q.facets.length && !q.terms.length) return this.incidents.filter((_, k) => allowed[k]);

    const score = new Float32Array(n);
    const met = new Uint8Array(n);
    const termsMet = new Uint8Array(n);
    for (const [i, t] of q.terms.entries()) {
      const s = this.lookup(t, q.partial && i === q.terms.length - 1 ? 'partial' : 'term');
      if (!s) continue;
      for (let k = 0; k < n; k++) {
        if (s[k]! > 0) {
          score[k]! += TERM_WEIGHT * s[k]!;
          met[k]!++;
          termsMet[k]!++;
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
        const off = this.columns.yearsOff(q.time, k);
        if (off === 0) {
          score[k]! += 1;
          met[k]!++;
        } else score[k]! += Math.max(0, 1 - off / YEAR_REACH) / 2;
      }
    }

    const wanted = q.terms.length + q.facets.filter((f) => !f.boost).length + (q.time ? 1 : 0);
    let pick = (k: number) => met[k] === wanted;
    if (!allowed.some((a, k) => a && pick(k))) {
      // Nothing meets every part. The words typed say what is wanted: the incidents that match most of
      // them ("travis 2022" is Travis King, not 2022), or without any, those that meet any part.
      let most = 0;
      for (let k = 0; k < n; k++) if (allowed[k] && termsMet[k]! > most) most = termsMet[k]!;
      pick = most ? (k) => termsMet[k] === most : (k) => met[k]! > 0;
    }
    return this.ranked(allowed, pick, met, score);
  }

  decades(): number[] {
    return this.columns.decades();
  }

  /**
   * The allowed incidents picked, by how many facets and terms they meet, then
   * score, then dataset order (newest first). Sorted as packed numbers, which
   * the engine sorts natively: a comparator over ten thousand results costs
   * several times more.
   */
  private ranked(allowed: Uint8Array, pick: (k: number) => boolean, met: Uint8Array, score: Float32Array): Incident[] {
    const n = this.columns.size;
    const chosen: number[] = [];
    for (let k = 0; k < n; k++) if (allowed[k] && pick(k)) chosen.push(k);
    const keys = new Float64Array(chosen.length);
    let j = 0;
    for (const k of chosen) {
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
    const opts: LookupOptions =
      as === 'literal' ? { typos: false } : { typos: as === 'partial' ? 'partial' : true, prefix: true };
    const s = this.lastLookups.has(key) ? this.lastLookups.get(key) : this.terms.scores(word, opts);
    this.lookups.set(key, s);
    return s;
  }

  private facet(f: Facet): { holds: Uint8Array; literal: Float32Array | undefined } {
    const key = facetKey(f);
    let cached = this.facetCache.get(key);
    if (!cached) {
      cached = { holds: this.columns.holds(f), literal: f.literal ? this.anyPhrase(f.phrases) : undefined };
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
