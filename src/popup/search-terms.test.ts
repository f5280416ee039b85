import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { buildSearchIndex } from './search-index';
import { TermLookup } from './search-terms';

const index = buildSearchIndex(dataset.incidents);
const lookup = new TermLookup(index);
/** Ids of the incidents a lookup matched, best first. */
const found = (s: Float32Array | undefined) =>
  s
    ? [...s.keys()]
        .filter((k) => s[k]! > 0)
        .sort((a, b) => s[b]! - s[a]! || a - b)
        .map((k) => index.ids[k])
    : [];

describe('TermLookup', () => {
  it('matches a word as typed, and words it starts', () => {
    expect(found(lookup.scores('travis', { typos: false }))[0]).toBe('2023-07-18-jsa-travis-king');
    expect(found(lookup.scores('trav', { typos: false, prefix: true }))[0]).toBe('2023-07-18-jsa-travis-king');
    // An English word as written does not also match its longer relatives unless asked.
    expect(lookup.scores('trav', { typos: false })).toBeUndefined();
  });

  it('folds a Korean particle or an English ending when the word as typed matches nothing', () => {
    expect(found(lookup.scores('판문점에서', { typos: false }))).toEqual(
      found(lookup.scores('판문점', { typos: false })),
    );
    expect(found(lookup.scores('soldiered', { typos: false }))).toEqual(
      found(lookup.scores('soldier', { typos: false })),
    );
  });

  it('forgives typos only when asked, and only when nothing matches as typed', () => {
    expect(lookup.scores('travs', { typos: false })).toBeUndefined();
    expect(found(lookup.scores('travs', { typos: true }))[0]).toBe('2023-07-18-jsa-travis-king');
    // A romanisation's other first letter (Gaesong for Kaesong).
    const kaesong = found(lookup.scores('kaesong', { typos: false }));
    expect(kaesong.length).toBeGreaterThan(0);
    expect(found(lookup.scores('gaesong', { typos: true }))).toEqual(expect.arrayContaining(kaesong));
  });

  it('compares a word still being typed with the starts of longer words', () => {
    // "pamnunj": Panmunjom half typed, two letters swapped.
    expect(lookup.scores('pamnunj', { typos: true })).toBeUndefined();
    expect(found(lookup.scores('pamnunj', { typos: 'partial' })).length).toBeGreaterThan(0);
  });
});
