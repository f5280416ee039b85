import type { MentionKind } from '../match/kinds';
import type { DatePrecision, Direction, Figure, Incident, Person, Region, Route } from '../data/schema';
import type { Candidate } from '../match/matcher';
import type { Warning } from '../match/verdicts';

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

const ORIGIN_NAME: Record<Person['origin'], string> = { 'north-korea': 'North Korean', 'south-korea': 'South Korean', 'united-states': 'American', other: 'foreign' };
const PLURAL: Record<string, string> = { fisherman: 'fishermen', man: 'men', woman: 'women', official: 'officials', civilian: 'civilians', soldier: 'soldiers' };

/** "a North Korean staff sergeant", "4 North Korean fishermen", "a North Korean civilian who had defected…". */
export function describePerson(p: Person): string {
  const noun = p.rank ?? p.occupation ?? p.role;
  const many = p.count !== undefined && p.count > 1;
  const base = `${many ? `${p.count} ` : ''}${ORIGIN_NAME[p.origin]} ${many ? (PLURAL[noun] ?? `${noun}s`) : noun}`;
  return p.formerDefector ? `${base} who had defected to the South earlier and went back` : base;
}

/** "a North Korean soldier", "an American soldier": the article a noun phrase needs. */
export function withArticle(phrase: string): string {
  if (/^\d/.test(phrase)) return phrase;
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

const FIELD_LABEL: Record<Warning['field'], string> = {
  origin: 'nationality',
  role: 'who it was',
  rank: 'rank',
  count: 'how many people',
  age: 'age',
  direction: 'direction',
  region: 'where on the border',
  place: 'place',
  date: 'date',
  method: 'how they crossed',
  result: 'what became of them',
};

/** One warning as a sentence: what the article says, what the sources say. */
export function warningText(w: Warning, incident: Incident): string {
  if (w.person && (w.field === 'origin' || w.field === 'role')) {
    return `The text describes the person as “${w.quote}”. Sources identify the person as ${withArticle(describePerson(w.person))}${w.field === 'role' && w.said === 'soldier' ? ', not a soldier' : ''}.`;
  }
  const record: Record<Warning['field'], () => string> = {
    origin: () => '',
    role: () => '',
    rank: () => `a ${incident.who?.find((p) => p.rank)?.rank ?? ''}`,
    count: () => `${w.record?.[0]} ${Number(w.record?.[0]) === 1 ? 'person' : 'people'}`,
    age: () => `age ${w.record?.join(' or ')}`,
    direction: () => (incident.direction === 'north-to-south' ? 'from North to South' : 'from South to North'),
    region: () => (incident.region ? REGION_LABEL[incident.region] : ''),
    place: () => incident.place.en,
    date: () => formatDate(incident.date, incident.datePrecision),
    method: () => (incident.method ?? []).join(', '),
    result: () => (w.record ?? []).join(', '),
  };
  return `The text says “${w.quote}” (${FIELD_LABEL[w.field]}). The sources say: ${record[w.field]()}.`;
}

/** Why a candidate was matched, in words, strongest reason first. */
export function reasonText(reason: Candidate['reasons'][number], i: Incident): string | undefined {
  const labels: Partial<Record<Candidate['reasons'][number], string>> = {
    'date.day': `same date (${formatDate(i.date, i.datePrecision)})`,
    'date.near': `within days of ${formatDate(i.date, i.datePrecision)}`,
    'date.month': `same month (${formatDate(i.date, 'month')})`,
    'date.year': `same year (${i.date.slice(0, 4)})`,
    'date.blockDay': 'date named in the paragraph',
    'date.blockMonth': 'month named in the paragraph',
    'lag.0_3': 'days before the article was published',
    'lag.4_14': 'within two weeks before the article',
    'lag.15_60': 'weeks before the article',
    'floor.near': 'just after the latest date the page names',
    'floor.later': 'months after the latest date the page names',
    'name.sentence': 'named in the sentence',
    'name.block': 'named in the paragraph',
    'name.story': 'named in the story',
    'dir.agree': i.direction === 'north-to-south' ? 'crossed south' : 'crossed north',
    'dir.blockAgree': i.direction === 'north-to-south' ? 'crossed south' : 'crossed north',
    'role.agree': 'same kind of person',
    'origin.agree': 'same nationality',
    'rank.agree': 'same rank',
    'count.agree': 'same number of people',
    'former.agree': 'a former defector going back',
    'region.agree': i.region ? `place: ${REGION_LABEL[i.region]}` : 'same place',
    'place.agree': `place: ${i.place.county ?? i.place.island ?? i.place.en}`,
    'route.agree': `route: ${ROUTE_LABEL[i.route]}`,
    'method.agree': 'same way of crossing',
    'event.agree': 'same kind of event',
    'kind.jsa': 'at the JSA',
    'kind.nll': 'at sea',
    'kind.defection': 'a defection',
    'story.prior': "the story's incident",
  };
  return labels[reason];
}
