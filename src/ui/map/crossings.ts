import { isCrossingType } from '../../data/enums';
import type { Incident } from '../../data/schema';

interface YearCount {
  year: number;
  south: number;
  north: number;
}

/**
 * Crossings per year among the given incidents: records of people crossing
 * the line (by type), split by direction, for every year from `from` to `to`
 * (zeros included, so charts of different filters share an axis).
 */
export function crossingsPerYear(incidents: readonly Incident[], from: number, to: number): YearCount[] {
  const years: YearCount[] = [];
  for (let year = from; year <= to; year++) years.push({ year, south: 0, north: 0 });
  for (const i of incidents) {
    if (!isCrossingType(i.type) || i.direction === 'none') continue;
    const y = years[Number(i.date.slice(0, 4)) - from];
    if (!y) continue;
    if (i.direction === 'north-to-south') y.south++;
    else y.north++;
  }
  return years;
}
