import { describe, expect, it } from 'vitest';
import type { Incident } from '../data/schema';
import { profile } from './profile';

const base: Incident = {
  id: '2025-07-03-test',
  type: 'defection',
  title: { en: 'Civilian crosses the MDL' },
  date: '2025-07-03',
  datePrecision: 'day',
  direction: 'north-to-south',
  route: 'land',
  place: { en: 'Central-western section of the Military Demarcation Line', ko: '중서부전선 군사분계선 일대' },
  summary: 'A civilian crossed.',
  aliases: { en: [], ko: [] },
  sources: [{ outlet: 'Yonhap', title: 't', date: '2025-07-04', url: 'https://en.yna.co.kr/1' }],
};

describe('profile', () => {
  it('takes the region from the record, or from its place’s words where the record leaves it out', () => {
    expect([...profile({ ...base, region: 'western-front' }, []).regions]).toEqual(['western-front']);
    expect([...profile(base, []).regions].sort()).toEqual(['central-front', 'western-front']);
    expect([...profile({ ...base, place: { en: 'Somewhere on the border' } }, []).regions]).toEqual([]);
  });
});
