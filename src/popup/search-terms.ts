import type { SearchIndexData } from './search-index';
import { editDistance, isHangul, stem, stripParticle } from './search-text';

/** How well a query word matched an index word: as typed, as its start, after folding, or with a typo. */
const EXACT = 1;
const PREFIX = 0.85;
const FOLDED = 0.8;
const TYPO: readonly number[] = [1, 0.7, 0.55];

export interface LookupOptions {
  /**
   * Also try words with a typo or two (not for words the query parser
   * recognised); 'partial': also the starts of longer words, for a word still being typed.
   */
  typos: boolean | 'partial';
  /**
   * Also words that start with this one. By default only for Korean (particles
   * attach to nouns: 판문점을); an English word as written should not also match
   * its longer relatives ("shot" is not "warning shots").
   */
  prefix?: boolean;
}

/**
 * First letters romanisations swap (Kaesong/Gaeseong, Paengnyong/Baengnyeong,
 * Chorwon/Cheorwon/Jorwon): a typo lookup also reads words that start with these.
 */
const SWAPPED_INITIAL: Readonly<Record<string, string>> = {
  k: 'g',
  g: 'k',
  p: 'b',
  b: 'p',
  t: 'd',
  d: 't',
  c: 'j',
  j: 'c',
  r: 'l',
  l: 'r',
};

/**
 * Looks query words up in the index's word list: exact and prefix matches by
 * binary search, then (only if those find nothing) the word without a Korean
 * particle or English suffix, then words within one or two edits. The list is
 * sorted, so typo candidates are the runs of words starting with the query's
 * first letter, its second (a first letter dropped or swapped with the next),
 * or the first letter's romanisation twin: no extra structure to build, and a
 * few hundred words to read, not the whole vocabulary.
 */
export class TermLookup {
  constructor(private readonly index: SearchIndexData) {}

  /**
   * Per incident (by index), the best weight × match quality of any word the
   * query word matched: 1 for a name as typed (a little more when the word is
   * in several fields), 0 for none; undefined when it matched nothing at all.
   */
  scores(word: string, opts: LookupOptions): Float32Array | undefined {
    const prefix = opts.prefix ?? (isHangul(word) && word.length > 1);
    let matches = this.exactOrPrefix(word, 1, prefix);
    if (!matches.length) {
      const folded = isHangul(word) ? stripParticle(word) : stem(word);
      if (folded) matches = this.exactOrPrefix(folded, FOLDED, prefix);
    }
    if (!matches.length && opts.typos) matches = this.typos(word, opts.typos === 'partial');
    if (!matches.length) return undefined;
    const out = new Float32Array(this.index.ids.length);
    for (const [k, quality] of matches) {
      const p = this.index.postings[k]!;
      for (let j = 0; j < p.length; j += 2) {
        const s = (quality * p[j + 1]!) / 100;
        if (s > out[p[j]!]!) out[p[j]!] = s;
      }
    }
    return out;
  }

  /** Whether the index has a word starting with this one (the query parser asks before splitting Korean). */
  knows(word: string): boolean {
    const k = this.lowerBound(word);
    return k < this.index.words.length && this.index.words[k]!.startsWith(word);
  }

  private lowerBound(word: string): number {
    const words = this.index.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private exactOrPrefix(word: string, factor: number, prefix: boolean): Array<[number, number]> {
    const words = this.index.words;
    const out: Array<[number, number]> = [];
    for (let k = this.lowerBound(word); k < words.length && words[k]!.startsWith(word); k++) {
      const exact = words[k]!.length === word.length;
      if (exact || prefix) out.push([k, factor * (exact ? EXACT : PREFIX)]);
      if (!prefix) break;
    }
    return out;
  }

  private typos(word: string, partial: boolean): Array<[number, number]> {
    const hangul = isHangul(word);
    if (word.length < (hangul ? 3 : 4) || /\d/.test(word)) return [];
    const max = hangul || word.length < 7 ? 1 : 2;
    const typo = (d: number) => (d <= max ? TYPO[d]! : 0);
    const words = this.index.words;
    const out: Array<[number, number]> = [];
    const initials = new Set([word[0]!, word[1]!, SWAPPED_INITIAL[word[0]!] ?? word[0]!]);
    for (const initial of initials) {
      for (let k = this.lowerBound(initial); k < words.length && words[k]!.startsWith(initial); k++) {
        const w = words[k]!;
        if (w.length < word.length - max || (!partial && w.length > word.length + max)) continue;
        const whole = editDistance(word, w, max);
        // A word still being typed may be the start of a longer one: compare with that start too.
        const start = partial && w.length > word.length ? editDistance(word, w.slice(0, word.length), max) : Infinity;
        const quality = Math.max(typo(whole), typo(start) * PREFIX);
        if (quality > 0) out.push([k, quality]);
      }
    }
    return out;
  }
}
