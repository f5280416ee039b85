import type { MentionKind } from '../match/kinds';
import type { DatePrecision, Direction, Figure, Incident, Person, Region, Route } from '../data/schema';
import { describePerson } from '../match/contradictions';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string, precision: DatePrecision = 'day'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 'year' || !m) return String(y);
  if (precision === 'month' || !d) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export const DIRECTION_LABEL: Record<Direction, string> = {
  'north-to-south': 'North → South',
  'south-to-north': 'South → North',
  none: 'No crossing',
};

export const ROUTE_LABEL: Record<Route, string> = {
  land: 'Land border (DMZ)',
  jsa: 'Joint Security Area',
  sea: 'Sea border',
  // Rivers on the border: the Imjin as well as the Han estuary (the region says which).
  river: 'River',
  'third-country': 'Via a third country',
};

export const REGION_LABEL: Record<Region, string> = {
  jsa: 'JSA / Panmunjom',
  'western-front': 'Western front',
  'central-front': 'Central front',
  'eastern-front': 'Eastern front',
  'west-sea': 'Yellow Sea (West Sea)',
  'east-sea': 'East Sea',
  'han-estuary': 'Han River estuary',
};

export const KIND_LABEL: Record<MentionKind, string> = {
  defection: 'Defection',
  crossing: 'Border crossing',
  dmz: 'DMZ',
  mdl: 'Military Demarcation Line',
  jsa: 'JSA / Panmunjom',
  nll: 'Northern Limit Line',
};

export function describeWho(people: readonly Person[] | undefined): string | undefined {
  if (!people?.length) return undefined;
  return people
    .map((p) => {
      const extra = [p.name, p.age ? `age ${p.age}` : undefined].filter(Boolean).join(', ');
      const base = describePerson(p);
      return extra ? `${base} (${extra})` : base;
    })
    .join('; ');
}

export function incidentMeta(i: Incident): string {
  return [formatDate(i.date, i.datePrecision), i.place.en, i.direction !== 'none' ? DIRECTION_LABEL[i.direction] : undefined].filter(Boolean).join(' · ');
}

const NUMBER = new Intl.NumberFormat('en-US');

export function formatFigure(f: Pick<Figure, 'value' | 'unit'>): string {
  return `${NUMBER.format(f.value)}${f.unit ? ` ${f.unit}` : ''}`;
}

export function decadeOf(iso: string): number {
  return Math.floor(Number(iso.slice(0, 4)) / 10) * 10;
}
