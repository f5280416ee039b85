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

  it('keeps short queries strict', () => {
    const jsa = search.search('JSA');
    expect(jsa.length).toBeGreaterThan(0);
    expect(jsa.length).toBeLessThan(6);
    expect(jsa.every((i) => JSON.stringify(i).includes('JSA'))).toBe(true);
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
