import { describe, expect, it } from 'vitest';
import { facetKey, parseQuery, type ParsedQuery } from './search-query';

/** The facets as "field:values" ("+field:values" for those that only rank), for short assertions. */
const facets = (q: ParsedQuery) => q.facets.map(facetKey);

describe('parseQuery: dates', () => {
  it.each([
    ['2017', 2017, 2017],
    ['귀순 2017년', 2017, 2017],
    ['2015-2017', 2015, 2017],
    ['2015~17', 2015, 2017],
    ['1990s', 1990, 1999],
    ['90s', 1990, 1999],
    ['90년대', 1990, 1999],
    ['1990년대 잠수함', 1990, 1999],
    ['60년대 미군', 1960, 1969],
    ['2010s', 2010, 2019],
    ['since 2015', 2015, Infinity],
    ['after 2015', 2016, Infinity],
    ['before 2000', -Infinity, 1999],
    ['2015년 이후', 2015, Infinity],
    ['2000년 이전', -Infinity, 1999],
  ])('%s → %d–%d', (query, from, to) => {
    const q = parseQuery(query);
    expect(q.time).toMatchObject({ from, to });
    expect(q.terms.filter((t) => /\d/.test(t))).toEqual([]);
  });

  it('reads a month beside a year, in both languages', () => {
    expect(parseQuery('July 2023').time).toEqual({ from: 2023, to: 2023, month: 7 });
    expect(parseQuery('2023년 7월 판문점').time).toEqual({ from: 2023, to: 2023, month: 7 });
    // "may" is only a month beside a year.
    expect(parseQuery('may 2017').time?.month).toBe(5);
    expect(parseQuery('soldier may have defected').time).toBeUndefined();
  });

  it('reads the start of a year being typed as its decade, and ignores two digits', () => {
    expect(parseQuery('귀순 201').time).toEqual({ from: 2010, to: 2019 });
    expect(parseQuery('귀순 20')).toMatchObject({ terms: [] });
    expect(parseQuery('귀순 20').time).toBeUndefined();
    // Once a space follows, a number is a word to find (the boat of 21).
    expect(parseQuery('boat of 21 ').terms).toEqual(['21']);
  });
});

describe('parseQuery: words', () => {
  it('reads directions, but not the north of "North Korean"', () => {
    expect(facets(parseQuery('north 2023'))).toEqual(['direction:south-to-north']);
    // 귀순 and 월북 name defections: those rank before incursions that crossed the same way.
    expect(facets(parseQuery('월북'))).toEqual(['direction:south-to-north', '+type:defection']);
    expect(facets(parseQuery('귀순'))).toEqual(['direction:north-to-south', '+type:defection']);
    expect(facets(parseQuery('탈북 어민'))).toEqual(['direction:north-to-south', '+type:defection', 'role:fisherman']);
    // Sent back, 탈북 says who the people were, not which way they went.
    expect(facets(parseQuery('탈북 어민 북송'))).toEqual(['role:fisherman', 'type:repatriation', 'origin:north-korea']);
    expect(facets(parseQuery('north korean soldier'))).toEqual(['role:soldier']);
    expect(facets(parseQuery('defected to the north'))).toEqual(['type:defection', 'direction:south-to-north']);
    expect(facets(parseQuery('재입북'))).toEqual(['direction:south-to-north', 'former-defector:']);
  });

  it('reads who, in English and Korean', () => {
    expect(facets(parseQuery('soldier'))).toEqual(['role:soldier']);
    expect(facets(parseQuery('병사'))).toEqual(['role:soldier']);
    expect(facets(parseQuery('fishermen'))).toEqual(['role:fisherman']);
    expect(facets(parseQuery('어민'))).toEqual(['role:fisherman']);
    expect(facets(parseQuery('주민'))).toEqual(facets(parseQuery('civilian')));
    expect(facets(parseQuery('미군'))).toEqual(['origin:united-states', 'role:soldier']);
    // "South Korean" only ranks: it must not hide records that name nobody.
    expect(facets(parseQuery('south korean soldier'))).toEqual(['+origin:south-korea', 'role:soldier']);
  });

  it('reads places: the JSA, fronts, seas, islands and counties', () => {
    for (const q of ['JSA', 'Panmunjom', '판문점', 'joint security area', '판문점에서'])
      expect(facets(parseQuery(q)), q).toEqual(['region:jsa']);
    for (const q of ['eastern front', '동부전선', '동부 전선'])
      expect(facets(parseQuery(q)), q).toEqual(['region:eastern-front']);
    for (const q of ['Yellow Sea', 'west sea', '서해']) expect(facets(parseQuery(q)), q).toEqual(['region:west-sea']);
    expect(facets(parseQuery('백령도'))).toEqual(['place:baengnyeong,백령']);
    expect(facets(parseQuery('Cheorwon'))).toEqual(['place:cheorwon,chorwon,철원']);
    expect(facets(parseQuery('NLL'))).toEqual(['route:sea']);
  });

  it('reads what happened and how', () => {
    expect(facets(parseQuery('tunnel'))).toEqual(['type:tunnel']);
    expect(facets(parseQuery('땅굴'))).toEqual(['type:tunnel']);
    expect(facets(parseQuery('swam'))).toEqual(['method:swam']);
    expect(facets(parseQuery('목선'))).toEqual(['method:boat']);
  });

  it('splits a Korean word the index does not know where it starts with a known one', () => {
    expect(facets(parseQuery('판문점귀순'))).toEqual(['region:jsa', 'direction:north-to-south', '+type:defection']);
    expect(parseQuery('판문점오청성')).toMatchObject({ terms: ['오청성'] });
    expect(parseQuery('노크귀순')).toMatchObject({ terms: ['노크'] });
    expect(facets(parseQuery('노크귀순'))).toEqual(['direction:north-to-south', '+type:defection']);
    // 동해선 (the eastern road and rail line) is a word of its own, not 동해 (the East Sea).
    expect(parseQuery('동해선', (w) => '동해선'.startsWith(w))).toMatchObject({ facets: [], terms: ['동해선'] });
  });

  it('leaves names and other words as terms, but not a lone letter', () => {
    expect(parseQuery('Oh Chong-song')).toMatchObject({ facets: [], terms: ['oh', 'chong', 'song'] });
    expect(parseQuery('travis t king').terms).toEqual(['travis', 'king']);
    expect(parseQuery('travis k')).toMatchObject({ terms: ['travis'], partial: false });
    expect(parseQuery('travis ki')).toMatchObject({ terms: ['travis', 'ki'], partial: true });
    expect(parseQuery('travis king ')).toMatchObject({ terms: ['travis', 'king'], partial: false });
    expect(parseQuery('travis 2023')).toMatchObject({ terms: ['travis'], partial: false });
    expect(parseQuery('the axe murder incident').terms).toEqual(['axe', 'murder']);
  });

  it('merges the same facet asked twice, keeping both words', () => {
    const q = parseQuery('JSA 판문점');
    expect(q.facets).toHaveLength(1);
    expect(q.facets[0]!.words).toEqual(['jsa', '판문점']);
  });
});
