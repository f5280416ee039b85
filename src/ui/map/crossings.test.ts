import { describe, expect, it } from 'vitest';
import type { Incident } from '../../data/schema';
import { crossingsPerYear } from './crossings';

const incident = (date: string, type: Incident['type'], direction: Incident['direction']) =>
  ({ date, type, direction }) as Incident;

describe('crossingsPerYear', () => {
  it('counts crossings by year and direction over the whole span, and leaves out events', () => {
    const years = crossingsPerYear(
      [
        incident('2017-11-13', 'defection', 'north-to-south'),
        incident('2017-06-13', 'defection', 'north-to-south'),
        incident('2017-12-20', 'repatriation', 'south-to-north'),
        incident('2018-04-27', 'summit', 'none'),
        incident('2010-03-26', 'attack', 'none'),
        incident('1999-06-15', 'defection', 'north-to-south'),
      ],
      2016,
      2019,
    );
    expect(years).toEqual([
      { year: 2016, south: 0, north: 0 },
      { year: 2017, south: 2, north: 1 },
      { year: 2018, south: 0, north: 0 },
      { year: 2019, south: 0, north: 0 },
    ]);
  });
});
