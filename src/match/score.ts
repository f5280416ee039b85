import type { Region } from '../data/enums';
import { directionFor, type Claims } from './claims';
import { dateAgreement, dayNumber, toISO, type DateAgreement, type FoundDate } from './dates';
import type { Mention } from './detect';
import { countFits, groupOf, recordedCounts, wordsOf, type IncidentProfile } from './profile';
import MODEL from './model.json';

const WEIGHTS: Readonly<Record<string, number>> = MODEL.weights;

/**
 * Scores one incident against what the text around a mention says. Each
 * piece of evidence is a named feature; the score is their weighted sum, with
 * weights in model.json (fitted on the labelled corpus, see scripts/eval).
 * Nearer text speaks louder: the mention's own clause, then its sentence,
 * then its paragraph, then the story's headline and lede.
 */

export type SegmentKind = 'headline' | 'story' | 'entry' | 'related' | 'aside' | 'caption';

/** Everything known around one mention, read once and scored against every incident. */
export interface MentionContext {
  mention: Mention;
  segment: SegmentKind;
  /** The mention's clause, its sentence, its paragraph. */
  clause: Claims;
  sentence: Claims;
  block: Claims;
  /** Headline and lede, for mentions in the story. */
  story?: Claims;
  /** Dates that date the told event: the clause's, else the sentence's; references ("since 2019") left out. */
  eventDates: FoundDate[];
  /** The date the text was published (the page's, or a live-blog entry's), or a lower bound without one. */
  pageDate?: { iso: string; bound: boolean };
  /** The page's publication date, whatever part of the page the mention is in: nothing on it happened later. */
  published?: string;
  /** Incidents named by a distinctive name, per layer. */
  named: { sentence: ReadonlySet<string>; block: ReadonlySet<string>; story: ReadonlySet<string> };
  /** The story's own incident, when the headline and lede establish one, and how sure they are. */
  storyIncident?: string;
  storyP?: number;
  /** The story incident's day (a day number): a page telling of an old event gives recency no weight. */
  storyDay?: number;
  /** The paragraph calls its event the news of now ("이번 사건", "this month's crossing"), even on a look back. */
  toldAsNews?: true;
  /** The sentence says its event is another than the story's ("In a separate case, …"). */
  notTheStory?: true;
  /** Content words of the sentence, for the rare words it shares with an incident's title. */
  words: ReadonlySet<string>;
  /** The sentence goes on telling the story's event (see tellsOfTheStory), so page-level hints may fill its gaps. */
  storyLinked: boolean;
  /** "The first … since August 2024": the last day (a day number) before the period the sentence counts from. */
  firstSince?: number;
  /**
   * The paragraph has anchors of its own (a date of an event, a distinctive
   * name) that do not fit the story's incident: it tells of another incident,
   * and page-level hints (the publication date, the story's incident) must not
   * pull it back to the story.
   */
  blockAnchored: boolean;
}

export type Features = Partial<Record<keyof typeof MODEL.weights, number>>;

export interface Scored {
  profile: IncidentProfile;
  score: number;
  features: Features;
}

const DATE_FEATURE = {
  conflict: 'date.conflict',
  day: 'date.day',
  near: 'date.near',
  month: 'date.month',
  year: 'date.year',
} as const;

const RANK_ORDER: Record<DateAgreement, number> = { none: 0, year: 1, month: 2, near: 3, day: 4 };

/** The best agreement between any of some dates and an incident's days (its timeline included). */
export function bestDate(dates: readonly FoundDate[], p: IncidentProfile): DateAgreement | 'conflict' | undefined {
  if (!dates.length) return undefined;
  let best: DateAgreement = 'none';
  for (const d of dates) {
    // "In 2015 …, on June 17": the year is the day's; it does not agree on its own with another day that year.
    if (dates.some((e) => e !== d && refines(e, d))) continue;
    let a = dateAgreement(d.date, p.incident.date, p.incident.datePrecision);
    // A later step of the incident (found, disclosed, sent back) is near, not the day itself.
    if (a !== 'day' && a !== 'near' && d.date.day !== undefined) {
      const t = dayNumber(toISO(d.date));
      if (p.days.some((x) => Math.abs(x - t) <= 3)) a = 'near';
    }
    if (RANK_ORDER[a] > RANK_ORDER[best]) best = a;
  }
  return best === 'none' ? 'conflict' : best;
}

/** Whether e is a more specific date within d ("June 17, 2015" within "2015", "June 2015"). */
function refines(e: FoundDate, d: FoundDate): boolean {
  if (e.date.year !== d.date.year) return false;
  if (d.date.month === undefined) return e.date.month !== undefined;
  return d.date.day === undefined && e.date.month === d.date.month && e.date.day !== undefined;
}

/** How much what the headline and lede say counts for a sentence that says nothing of it itself. */
export const LEDE_WEIGHT = 0.35;

/** The nearest layer that says something, with its weight. */
function nearest<T>(ctx: MentionContext, pick: (c: Claims) => T | undefined): [T, number, Claims] | undefined {
  const layers: Array<[Claims | undefined, number]> = [
    [ctx.clause, 1],
    [ctx.sentence, 0.8],
    [ctx.block, 0.45],
    [ctx.story, LEDE_WEIGHT],
  ];
  for (const [claims, weight] of layers) {
    if (!claims) continue;
    const v = pick(claims);
    if (v !== undefined && (!Array.isArray(v) || v.length)) return [v, weight, claims];
  }
  return undefined;
}

function regionsOf(c: Claims): Region[] {
  return [...new Set([...c.regions.map((r) => r.value), ...c.places.map((p) => p.value.region)])];
}

/** Days after an event from which a page telling it is a look back, not its news. */
const LOOK_BACK_DAYS = 400;

/** A page looking back at an old event (its story's incident well before the page): what is recent is not what it tells. */
export function pageLooksBack(ctx: MentionContext): boolean {
  return (
    !ctx.toldAsNews &&
    ctx.storyDay !== undefined &&
    !!ctx.pageDate &&
    dayNumber(ctx.pageDate.iso) - ctx.storyDay > LOOK_BACK_DAYS
  );
}

function lagFeatures(ctx: MentionContext, p: IncidentProfile, f: Features): void {
  if (!ctx.pageDate) return;
  const page = dayNumber(ctx.pageDate.iso);
  // A record dated only to its month is the news of the day it was reported.
  const lag = page - (p.reported !== undefined && page >= p.reported - 1 ? p.reported : p.day);
  if (ctx.pageDate.bound) {
    // The latest date the page names is a lower bound: the story is on or after it.
    const after = -lag;
    if (after >= -3 && after <= 45) f['floor.near'] = 1;
    else if (after > 45 && after <= 400) f['floor.later'] = 1;
    // A page names dates near its own: an incident years after all of them is unlikely its subject,
    // and one well before the latest of them is a past event the story looks back on.
    else if (after > 400) f['floor.far'] = 1;
    else if (after < -60) f['floor.before'] = 1;
    return;
  }
  if (lag < -1) return;
  if (pageLooksBack(ctx)) return;
  if (lag <= 3) f['lag.0_3'] = 1;
  else if (lag <= 14) f['lag.4_14'] = 1;
  else if (lag <= 60) f['lag.15_60'] = 1;
  else if (lag <= 400) f['lag.61_400'] = 1;
  else f['lag.far'] = 1;
}

/**
 * A page with no date gives days without a year: the incident's month and day
 * ("July 4") or its day of the month ("19일"), said of the mention's event.
 */
function yearlessFeatures(ctx: MentionContext, p: IncidentProfile, f: Features): void {
  if (p.incident.datePrecision !== 'day') return;
  const own = ctx.clause.yearless.some((d) => !d.reference) ? ctx.clause.yearless : ctx.sentence.yearless;
  const [, month, day] = p.incident.date.split('-').map(Number);
  const dates = own.filter((d) => !d.reference);
  if (dates.some((d) => d.month === month && d.day === day)) f['date.monthDay'] = 1;
  else if (dates.some((d) => d.month === undefined && d.day === day)) f['date.dayOfMonth'] = 1;
}

export function featuresOf(ctx: MentionContext, p: IncidentProfile): Features {
  const f: Features = {};
  const inc = p.incident;
  const id = inc.id;

  const date = bestDate(ctx.eventDates, p);
  // A follow-up names the person and dates what came after ("Travis King left a Texas courtroom on Friday"):
  // a later day beside the name of someone the record names is no conflict (an event's name, "the 9·19
  // agreement" in a story of its scrapping, is).
  const later =
    date === 'conflict' &&
    ctx.named.sentence.has(id) &&
    (inc.who ?? []).some((w) => w.name && [...wordsOf(w.name)].every((x) => ctx.words.has(x))) &&
    ctx.eventDates.every((d) => dayNumber(toISO(d.date)) > Math.max(...p.days));
  if (date && date !== 'none' && !later) f[DATE_FEATURE[date]] = 1;
  if (!date || date === 'year') {
    const inBlock = bestDate(
      ctx.block.dates.filter((d) => !d.reference),
      p,
    );
    if (inBlock === 'day' || inBlock === 'near') f['date.blockDay'] = 1;
    else if (inBlock === 'month') f['date.blockMonth'] = 1;
    else if (inBlock === 'conflict' && !date) f['date.blockConflict'] = 1;
    if (!date && !ctx.blockAnchored && ctx.storyLinked) lagFeatures(ctx, p, f);
    if (!date) yearlessFeatures(ctx, p, f);
  }
  // Whatever the text, nothing on a page happened after the page was published.
  if (ctx.published && p.day > dayNumber(ctx.published) + 1) f['lag.after'] = 1;

  // A name in the sentence outweighs those around it: "변 상위는 …" is Byun's even where the lede names Oh too.
  if (ctx.named.sentence.has(id)) f['name.sentence'] = 1;
  else if (!ctx.named.sentence.size) {
    if (ctx.named.block.has(id)) f['name.block'] = 1;
    else if (ctx.named.story.has(id) && !ctx.blockAnchored) f['name.story'] = 1;
  }

  const dir = nearest(ctx, (c) => directionFor(c, inc)?.value);
  if (dir && inc.direction !== 'none') {
    const near = dir[1] >= 0.8;
    if (dir[0] === inc.direction) f[near ? 'dir.agree' : 'dir.blockAgree'] = 1;
    else f[near ? 'dir.conflict' : 'dir.blockConflict'] = 1;
  }

  const who = inc.who ?? [];
  const claimed = nearest(ctx, (c) => c.who);
  if (claimed && who.length) {
    const [w, weight] = claimed;
    if (w.role) {
      const soldier = w.role === 'soldier';
      if (who.some((x) => x.role === w.role || (!soldier && x.role !== 'soldier'))) f['role.agree'] = weight;
      else f['role.conflict'] = weight;
    }
    if (w.origin) f[who.some((x) => x.origin === w.origin) ? 'origin.agree' : 'origin.conflict'] = weight;
    if (w.rank && who.some((x) => x.rank?.toLowerCase().includes(w.rank!.key))) f['rank.agree'] = weight;
    const counted = recordedCounts(inc);
    // "선원 4명 중 2명 판문점 통해 북으로": the group and the part of it that acted fit different records; the act decides.
    if (w.count !== undefined && w.part === undefined && counted) {
      // "A soldier" is one person: a group of three or more is someone else.
      if (w.count > 1)
        f[countFits({ count: w.count, approx: w.approx }, counted) ? 'count.agree' : 'count.conflict'] = weight;
      else if (counted.total >= 3) f['count.singular'] = weight;
    }
  }
  const former = nearest(ctx, (c) => (c.formerDefector ? true : undefined));
  if (former && who.some((x) => x.formerDefector)) f['former.agree'] = former[1];

  const regions = nearest(ctx, (c) => regionsOf(c));
  if (regions && inc.region) f[regions[0].includes(inc.region) ? 'region.agree' : 'region.conflict'] = regions[1];
  const places = nearest(ctx, (c) => c.places.map((x) => x.value.key));
  if (places && p.placeKeys.size && places[0].some((k) => p.placeKeys.has(k))) f['place.agree'] = places[1];

  const routes = nearest(ctx, (c) => [...new Set(c.routes.map((r) => r.value))]);
  if (routes) {
    if (routes[0].includes(inc.route)) f['route.agree'] = routes[1];
    else if (
      !(inc.route === 'jsa' && routes[0].includes('land')) &&
      !(inc.route === 'river' && routes[0].includes('land'))
    )
      f['route.conflict'] = routes[1];
  }
  const methods = nearest(ctx, (c) => c.methods.map((m) => m.value));
  if (methods && inc.method?.some((m) => methods[0].includes(m))) f['method.agree'] = methods[1];

  // What kind of event the clause tells: a defection, a clash, a summit.
  const events = nearest(ctx, (c) => (c.events.length ? c.events.map((e) => e.value) : undefined));
  if (events && events[1] >= 0.8) {
    const types = events[0];
    // Someone told crossing in the same clause or sentence is an event of people, whatever else it names
    // ("crossed … near guard posts kept under the military agreement").
    const toldWho = events[2].who;
    if (types.includes(inc.type)) f['event.agree'] = 1;
    else if (types.some((t) => groupOf(t) === p.group)) f['event.group'] = 1;
    else if (!(toldWho && p.group === 'people')) f['event.conflict'] = 1;
  }

  if (ctx.mention.kind === 'jsa' && inc.region === 'jsa') f['kind.jsa'] = 1;
  if (ctx.mention.kind === 'nll' && inc.route === 'sea') f['kind.nll'] = 1;
  if (ctx.mention.kind === 'defection' && p.crossing) f['kind.defection'] = 1;

  // Rare words shared with its titles, each worth more the fewer titles use it.
  let shared = 0;
  for (const [w, df] of p.titleWords) if (ctx.words.has(w)) shared += 1 / df;
  if (shared >= 0.5) f['words.title'] = Math.min(1, shared / 3);

  // The story's incident stands in only for a sentence that goes on telling it and does not contradict it.
  const contradicts = STORY_BREAKERS.some((k) => (f[k] ?? 0) >= 0.8);
  if (
    ctx.storyIncident === id &&
    ctx.storyLinked &&
    !ctx.blockAnchored &&
    !contradicts &&
    (ctx.segment === 'story' || ctx.segment === 'headline')
  )
    f['story.prior'] = storyOdds(ctx.storyP ?? 0.9);
  return f;
}

/** The story's log-odds (from even odds up): a sure story weighs more than a likely one. */
function storyOdds(p: number): number {
  const q = Math.min(0.99, Math.max(0.5, p));
  return Math.log(q / (1 - q));
}

const STORY_BREAKERS = [
  'date.conflict',
  'dir.conflict',
  'role.conflict',
  'origin.conflict',
  'count.conflict',
  'event.conflict',
  'region.conflict',
] as const;

export function scoreOf(f: Features, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  let s = 0;
  for (const [k, v] of Object.entries(f)) s += (weights[k] ?? 0) * (v ?? 0);
  return s;
}

export function scoreIncident(
  ctx: MentionContext,
  p: IncidentProfile,
  weights: Readonly<Record<string, number>> = WEIGHTS,
): Scored {
  const features = featuresOf(ctx, p);
  return { profile: p, score: scoreOf(features, weights), features };
}
