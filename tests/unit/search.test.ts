import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { IncidentSearch } from '../../src/popup/search';

const search = new IncidentSearch(dataset.incidents);
const first = (q: string) => search.search(q)[0]?.id;

describe('IncidentSearch', () => {
  it('finds by name with typos, and in Korean', () => {
    expect(first('Oh Chung Sung')).toBe('2017-11-13-jsa-oh-chong-song');
    expect(first('Travs King')).toBe('2023-07-18-jsa-travis-king');
    expect(first('오청성')).toBe('2017-11-13-jsa-oh-chong-song');
    expect(first('목함지뢰')).toBe('2015-08-04-paju-landmine-blasts');
    expect(first('gymnast')).toMatch(/gymnast|redefector/);
  });

  it('keeps short queries strict, but finds places by the names readers use', () => {
    const jsa = search.search('JSA');
    const atJsa = dataset.incidents.filter((i) => i.route === 'jsa');
    // Every incident at the JSA, including those whose text only says "Panmunjom", and nothing else.
    expect(jsa.map((i) => i.id).sort()).toEqual(atJsa.map((i) => i.id).sort());
    expect(jsa.map((i) => i.id)).toContain('2023-07-18-jsa-travis-king');
    const east = search.search('동부전선').slice(0, 5);
    expect(east.length).toBe(5);
    expect(east.every((i) => i.region === 'eastern-front')).toBe(true);
  });

  it('filters by direction, decade and who', () => {
    expect(search.search('', { direction: 'south-to-north' }).every((i) => i.direction === 'south-to-north')).toBe(true);
    expect(search.search('', { decade: 2010 }).every((i) => i.date.startsWith('201'))).toBe(true);
    const soldiers = search.search('', { who: 'soldier' });
    expect(soldiers.every((i) => i.who?.some((p) => p.role === 'soldier'))).toBe(true);
    expect(soldiers.map((i) => i.id)).not.toContain('2024-08-08-han-estuary-walk');
    expect(search.decades()[0]).toBe(2020);
  });

  it('lists everything, newest first, for an empty query', () => {
    expect(search.search('').length).toBe(dataset.incidents.length);
  });
});
