import { isCrossingType, type IncidentType } from '../data/enums';
import type { Incident, Person } from '../data/schema';
import { isRoughlyCounted } from '../data/people';
import { dayNumber } from './dates';
import {
  findAll,
  EVENT_WORDS,
  PLACES,
  REGION_WORDS,
  ROUTE_WORDS,
  METHOD_WORDS,
  ROLE_WORDS,
  ORIGIN_WORDS,
  RANK_WORDS,
  DIRECTION_WORDS,
} from './lexicon';

/**
 * What the matcher needs of an incident, worked out once: its days, the
 * places its record names, its distinctive names. Aliases that are not
 * distinctive (counts, words any report uses, names shared with another
 * incident) are dropped here, so a generic phrase can never act as a name.
 */
export interface IncidentProfile {
  incident: Incident;
  day: number;
  /** Days of every dated step (crossing, discovery, disclosure). */
  days: number[];
  /** For a record dated only to its month or year: the day its earliest source reported it, the news a page follows. */
  reported?: number;
  placeKeys: Set<string>;
  /** Lower-cased distinctive names and aliases. */
  names: string[];
  group: EventGroup;
  crossing: boolean;
  /** Words of its titles that few other incidents' titles use, with how many titles use each (see withRareTitleWords). */
  titleWords: Map<string, number>;
}

/**
 * How many people the record counts, each group and all together. A unit of soldiers stepping over the line whose
 * record gives no number is a group of unrecorded size, not one person: no count then. People listed apart (a
 * father and a son, each with his age) who fared alike are also a group: "the pair" who stayed.
 */
export function recordedCounts(inc: Incident): { total: number; groups: number[] } | undefined {
  const who = inc.who ?? [];
  if (!who.length || (inc.type === 'incursion' && who.some((p) => p.count === undefined))) return undefined;
  // "about 10", "20 to 30": no exact number (see roughCountFits).
  if (who.some(isRoughlyCounted)) return undefined;
  const groups = who.map((p) => p.count ?? 1);
  const byResult = new Map<string, number[]>();
  who.forEach((p, i) => byResult.set(p.result ?? '', [...(byResult.get(p.result ?? '') ?? []), groups[i]!]));
  const alike = [...byResult.values()].filter((g) => g.length > 1).map((g) => g.reduce((a, b) => a + b, 0));
  return { total: groups.reduce((a, b) => a + b, 0), groups: [...groups, ...alike] };
}

/** How far a rough count ("about 20", "20여 명") may be from the number: about a third, at least two. */
function leeway(n: number): number {
  return Math.max(2, Math.round(n * 0.3));
}

/**
 * Whether a count a text gives fits the record's: the total or one group's size, and a rough count ("about 20",
 * "20여 명") within about a third of it.
 */
export function countFits(said: { count: number; approx?: boolean }, counted: { total: number; groups: number[] }) {
  const near = (n: number) =>
    n === said.count || (said.approx === true && Math.abs(n - said.count) <= leeway(said.count));
  return near(counted.total) || counted.groups.some(near);
}

/**
 * Whether a count a text gives fits a record that has only a rough one: "about 10" within about a third, "more than
 * 30", "fewer than 10", "20 to 30"; a rough count in the text ("20여 명") is given the same leeway.
 */
export function roughCountFits(said: { count: number; approx?: boolean }, p: Person): boolean {
  const n = p.count!;
  const own = said.approx ? leeway(said.count) : 0;
  if (p.countTo !== undefined) return said.count + own >= n && said.count - own <= p.countTo;
  switch (p.countApprox) {
    case 'more-than':
      return said.count + own > n;
    case 'fewer-than':
      return said.count - own < n;
    default:
      return Math.abs(said.count - n) <= leeway(n) + own;
  }
}

export type EventGroup = 'people' | 'violence' | 'propaganda' | 'diplomacy' | 'construction';

const GROUP: Record<IncidentType, EventGroup> = {
  defection: 'people',
  crossing: 'people',
  drift: 'people',
  repatriation: 'people',
  incursion: 'people',
  infiltration: 'people',
  visit: 'people',
  'armed-clash': 'violence',
  attack: 'violence',
  shooting: 'violence',
  'mine-blast': 'violence',
  tunnel: 'construction',
  propaganda: 'propaganda',
  drone: 'propaganda',
  agreement: 'diplomacy',
  summit: 'diplomacy',
  demolition: 'construction',
  fortification: 'construction',
};

export function groupOf(type: IncidentType): EventGroup {
  return GROUP[type];
}

/** Why an alias is not a name, or undefined when it is one. */
export function aliasProblem(alias: string, owner: Incident, all: readonly Incident[]): string | undefined {
  const a = alias.trim().toLowerCase();
  // "31 North Koreans", "killed 16": counts are facts, not names ("Daeseung 55", "9·19 군사합의" are names).
  if (/^\d+\s+(?:north\s+koreans?|south\s+koreans?|people|fishermen|soldiers|men|defectors|crew)|\bkilled\s+\d/.test(a))
    return 'a count, not a name';
  if (stripLexicon(a).replace(/[^a-z가-힣0-9]/g, '').length < 2) return 'only words any report uses';
  // Two records of one story (a boat seized, then returned) may share its name; unrelated ones may not.
  const related = new Set(owner.related ?? []);
  const sharer = all.find(
    (o) =>
      o !== owner &&
      !related.has(o.id) &&
      !(o.related ?? []).includes(owner.id) &&
      [...o.aliases.en, ...o.aliases.ko].some((x) => x.toLowerCase() === a),
  );
  return sharer ? `shared with ${sharer.id}` : undefined;
}

/** What is left of a phrase once the lexicon's words (places, roles, events, directions) are taken out. */
function stripLexicon(text: string): string {
  let rest = text;
  for (const rules of [
    PLACES,
    REGION_WORDS,
    ROUTE_WORDS,
    METHOD_WORDS,
    ROLE_WORDS,
    ORIGIN_WORDS,
    RANK_WORDS,
    DIRECTION_WORDS,
    EVENT_WORDS,
  ]) {
    for (const f of findAll(rules as ReadonlyArray<readonly [unknown, RegExp]>, rest).reverse())
      rest = rest.slice(0, f.start) + ' ' + rest.slice(f.end);
  }
  return rest.replace(/\b(?:the|a|an|of|in|on|at|to|by|and|north|south|korea|korean|koreans|incident)\b/g, ' ');
}

/** The places its record names: where it happened, and where its title says the people came from ("rescued off Baengnyeong, returned through Panmunjom"). */
function placeKeysOf(i: Incident): Set<string> {
  const text = [
    i.place.en,
    i.place.ko ?? '',
    i.place.county ?? '',
    i.place.island ?? '',
    i.title.en,
    i.title.ko ?? '',
  ].join(' ');
  return new Set(findAll(PLACES, text).map((f) => f.value.key));
}

export function profile(incident: Incident, all: readonly Incident[]): IncidentProfile {
  const aliases = [...incident.aliases.en, ...incident.aliases.ko].filter((a) => !aliasProblem(a, incident, all));
  const names = [...aliases, ...(incident.who ?? []).flatMap((p) => (p.name ? [p.name] : []))].map((n) =>
    n.toLowerCase(),
  );
  const days = [dayNumber(incident.date), ...(incident.timeline ?? []).map((s) => dayNumber(s.date))];
  const reports = incident.sources.flatMap((s) => (s.date && s.date >= incident.date ? [dayNumber(s.date)] : []));
  const reported = incident.datePrecision !== 'day' && reports.length ? Math.min(...reports) : undefined;
  return {
    incident,
    day: days[0]!,
    days,
    ...(reported !== undefined && reported - days[0]! <= 400 ? { reported } : {}),
    placeKeys: placeKeysOf(incident),
    names: [...new Set(names)],
    group: groupOf(incident.type),
    crossing: isCrossingType(incident.type),
    titleWords: new Map([...titleWordsOf(incident)].map((w) => [w, 1])),
  };
}

const STOP = new Set(
  'about after again also and another back been before being between both from have into more most near north northern over said says south southern than that their them then there these they this those through under were what when where which while with korea korean koreans border line soldier soldiers crosses crossed crossing defects defected defection boat sends sent people'.split(
    ' ',
  ),
);

/** Content words: Latin words of four letters or more and Hangul words, less the commonest. */
export function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z'-]{3,}|[가-힣]{2,}/g)) {
    const w = m[0].replace(/'s$/, '').replace(/(?<=[a-z]{4})s$/, '');
    if (!STOP.has(w)) out.add(w);
  }
  return out;
}

function titleWordsOf(i: Incident): Set<string> {
  return wordsOf([i.title.en, i.title.ko ?? ''].join(' '));
}

/** Keeps in each profile only the title words that at most `maxShare` incidents' titles use. */
export function withRareTitleWords(profiles: IncidentProfile[], maxShare = 3): IncidentProfile[] {
  const df = new Map<string, number>();
  for (const p of profiles) for (const w of p.titleWords.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  for (const p of profiles)
    p.titleWords = new Map([...p.titleWords.keys()].filter((w) => df.get(w)! <= maxShare).map((w) => [w, df.get(w)!]));
  return profiles;
}
