import type { Dataset } from '../data/validate';
import type { Figure, Incident } from '../data/schema';
import { readClaims, type Claims } from './claims';
import { confidence, confidenceFeatures, CONFIDENT_P, POSSIBLE_P } from './confidence';
import { dayNumber, findDates, latestDate, type FoundDate } from './dates';
import { detectMentions, type Mention } from './detect';
import { MENTION_KINDS, type MentionKind } from './kinds';
import { profile, withRareTitleWords, wordsOf, type IncidentProfile } from './profile';
import { scoreIncident, scoreOf, type Features, type MentionContext, type Scored, type SegmentKind } from './score';
import { clauseAt, clausesOf, clip, sentenceAround, sentences } from './text';
import { checkClaims, warningsOf, type CheckedClaim, type Warning } from './verdicts';
import WEIGHTS from './weights.json';

/** Figures shown under a popover; the popup and data:list have them all. */
const MAX_FIGURES = 4;
const MAX_CANDIDATES = 5;
/** How sure the headline and lede must be of an incident for it to be the story's. */
const STORY_P = 0.5;

/** What the page says about itself: headline, publication date, opening. */
export interface PageInfo {
  title?: string;
  /** ISO publication date, from metadata or a byline. */
  published?: string;
  /** Where the publication date was read: shown in the "why" line. */
  publishedFrom?: 'metadata' | 'byline' | 'dateline';
  /** The story's first paragraphs: who and where the story is about. */
  lede?: string;
  /** The article's text (clipped): the dates it names, when there is no publication date. */
  body?: string;
}

/** One block of text to match in, and where on the page it stands. */
export interface BlockContext {
  text: string;
  segment: SegmentKind;
  /** A live-blog entry's own time stamp, which dates it better than the page. */
  published?: string;
}

export interface PreparedPage {
  published?: string;
  publishedFrom?: PageInfo['publishedFrom'];
  /** Without a publication date: the latest date the page names, a lower bound. */
  floor?: string;
  story: { claims: Claims; named: ReadonlySet<string>; incident?: string; p?: number };
}

export interface Candidate {
  incident: Incident;
  score: number;
  /** Probability that this is the mention's incident (calibrated for the best candidate). */
  p: number;
  /** The evidence for it, strongest first: feature names (see weights.json), formatted by the UI. */
  reasons: Array<keyof typeof WEIGHTS>;
  features: Features;
}

export interface MatchResult {
  mention: Mention;
  segment: SegmentKind;
  /** The mention's sentence. */
  context: string;
  candidates: Candidate[];
  /** The best candidate is shown as the incident (p ≥ CONFIDENT_P, with an anchor). */
  confident: boolean;
  /** The sentence reads as a general statement (sizes, totals, habits): background, not an incident. */
  generic: boolean;
  /** For a confident link: what the sentence claims, checked against the record. */
  claims: CheckedClaim[];
  /** The claims that contradict the record. */
  warnings: Warning[];
  /** Figures to show instead when no incident is confidently matched, and beside one that is. */
  background: Figure[];
  /** What the confidence was computed from (for fitting the confidence model). */
  confidenceFeatures: Record<string, number>;
}

export interface MatchOptions {
  /** Overrides the confidence needed to link (the CLI's --min-confidence). */
  minConfidence?: number;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class IncidentMatcher {
  private profiles: IncidentProfile[] | undefined;
  private names: { re: RegExp; ids: Map<string, string[]> } | undefined;
  /** What depends only on the block, kept for the next mention in the same block. */
  private blockCache: { key: string; claims: Claims; named: Set<string> } | undefined;

  constructor(private readonly data: Dataset) {}

  /** Profiles and the name index, built on first use (or in idle time through warmUp). */
  warmUp(): void {
    if (this.profiles) return;
    this.profiles = withRareTitleWords(this.data.incidents.map((i) => profile(i, this.data.incidents)));
    const ids = new Map<string, string[]>();
    for (const p of this.profiles) for (const n of p.names) ids.set(n, [...(ids.get(n) ?? []), p.incident.id]);
    // Longest first, so "Charles Robert Jenkins" wins over "Charles Jenkins"; Latin names at word boundaries.
    const alts = [...ids.keys()].sort((a, b) => b.length - a.length).map((n) => (/^[a-z]/.test(n) ? `\\b${escapeRe(n)}\\b` : escapeRe(n)));
    this.names = { re: new RegExp(alts.join('|') || '(?!)', 'gi'), ids };
  }

  private get all(): IncidentProfile[] {
    this.warmUp();
    return this.profiles!;
  }

  /** Incidents named in a text by a distinctive name or alias. */
  namedIn(text: string): Set<string> {
    this.warmUp();
    const { re, ids } = this.names!;
    const out = new Set<string>();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) for (const id of ids.get(m[0].toLowerCase()) ?? []) out.add(id);
    return out;
  }

  preparePage(info: PageInfo): PreparedPage {
    const published = info.published?.slice(0, 10);
    const lede = [info.title ?? '', info.lede ?? ''].join('\n');
    const floor = published ? undefined : latestDate(findDates(info.body ?? lede).map((d) => d.date));
    const page: PreparedPage = {
      ...(published ? { published } : {}),
      ...(info.publishedFrom ? { publishedFrom: info.publishedFrom } : {}),
      ...(floor ? { floor } : {}),
      story: { claims: readClaims(lede, published), named: this.namedIn(lede) },
    };
    // The story's incident: the best candidate of the headline's and lede's sentences that tell
    // of an event, when most of them agree on it and the best of them is at least a possible match.
    const votes = new Map<string, { n: number; p: number }>();
    let told = 0;
    for (const [text, segment] of [
      [info.title ?? '', 'headline'],
      [info.lede ?? '', 'story'],
    ] as const) {
      for (const s of sentences(text).slice(0, 3)) {
        if (!detectMentions(s.text).length && !readClaims(s.text).events.length) continue;
        // The whole sentence stands for its mentions, found or not ("walks over the eastern border").
        const top = this.rank({ text: s.text, segment }, { kind: 'crossing', start: 0, end: s.text.length, text: s.text }, page).candidates[0];
        told++;
        if (!top) continue;
        const v = votes.get(top.incident.id) ?? { n: 0, p: 0 };
        votes.set(top.incident.id, { n: v.n + 1, p: Math.max(v.p, top.p) });
      }
    }
    const [id, v] = [...votes.entries()].sort((a, b) => b[1].n - a[1].n || b[1].p - a[1].p)[0] ?? [];
    const best = id && v && v.n * 2 >= told && v.p >= STORY_P ? { id, p: v.p } : undefined;
    if (best) page.story = { ...page.story, incident: best.id, p: best.p };
    return page;
  }

  private context(block: BlockContext, mention: Mention, page: PreparedPage): { ctx: MentionContext; sentence: string; clause: Claims; sentenceClaims: Claims } {
    const published = block.published ?? page.published;
    const s = sentenceAround(block.text, mention.start, mention.end);
    const clauses = clausesOf(s.text);
    const k = clauseAt(clauses, mention.start - s.start);
    const own = clauses[k]!;
    const clause = readClaims(s.text.slice(own.start, own.end), published);
    const sentenceClaims = readClaims(s.text, published);
    // Offsets of clause claims are relative to the clause; make them relative to the sentence.
    for (const list of [clause.regions, clause.places, clause.routes, clause.methods, clause.dates, clause.events] as Array<Array<{ start: number; end: number }>>) {
      for (const x of list) {
        x.start += own.start;
        x.end += own.start;
      }
    }
    if (clause.direction) clause.direction = { ...clause.direction, start: clause.direction.start + own.start, end: clause.direction.end + own.start };
    const paragraph = clip(block.text, mention.start, mention.end);
    const cacheKey = `${published ?? ''}\n${paragraph}`;
    if (this.blockCache?.key !== cacheKey) this.blockCache = { key: cacheKey, claims: readClaims(paragraph, published), named: this.namedIn(paragraph) };
    const inStory = block.segment === 'story' || block.segment === 'headline';
    const ctx: MentionContext = {
      mention,
      segment: block.segment,
      clause,
      sentence: sentenceClaims,
      block: this.blockCache.claims,
      ...(inStory ? { story: page.story.claims } : {}),
      eventDates: eventDatesOf(clause, sentenceClaims, clauses, k, s.text, published),
      words: wordsOf(s.text),
      blockAnchored: this.blockCache.claims.dates.some((d) => !d.reference) || this.blockCache.named.size > 0,
      named: { sentence: this.namedIn(s.text), block: this.blockCache.named, story: inStory ? page.story.named : new Set() },
      ...(page.story.incident && inStory ? { storyIncident: page.story.incident } : {}),
    };
    // A story's own paragraphs are dated by the page; related links, asides and captions are not.
    const dated = block.segment === 'story' || block.segment === 'headline' || block.segment === 'entry';
    if (dated && published) ctx.pageDate = { iso: published, bound: false };
    else if (dated && page.floor) ctx.pageDate = { iso: page.floor, bound: true };
    return { ctx, sentence: s.text, clause, sentenceClaims };
  }

  /** Scores every incident for a mention, best first, with calibrated probabilities. */
  private rank(block: BlockContext, mention: Mention, page: PreparedPage, minConfidence?: number) {
    const { ctx, sentence, clause, sentenceClaims } = this.context(block, mention, page);
    const scored = addRecency(ctx, this.all.map((p) => scoreIncident(ctx, p))).sort((a, b) => b.score - a.score);
    const top = scored[0];
    const generic = ctx.sentence.generic;
    const input = top ? { top, ...(scored[1] ? { runnerUp: scored[1] } : {}), generic, segment: block.segment } : undefined;
    const p = input ? confidence(input) : 0;
    const candidates = scored
      .slice(0, MAX_CANDIDATES)
      .filter((c, i) => i === 0 || c.score > 0)
      .map((c, i) => toCandidate(c, i === 0 ? p : Math.min(p, relativeP(c, scored))));
    const threshold = minConfidence ?? CONFIDENT_P;
    return {
      candidates: candidates.filter((c) => c.p >= POSSIBLE_P || c === candidates[0]),
      confident: p >= threshold,
      sentence,
      clause,
      sentenceClaims,
      generic: generic > 0 && !(top && hasOwnAnchor(top)),
      confidenceFeatures: input ? confidenceFeatures(input) : {},
    };
  }

  /** The evidence for one given incident: for explaining a miss (the eval's details). */
  explain(block: BlockContext, mention: Mention, page: PreparedPage, id: string): { score: number; features: Features; rank: number } | undefined {
    const { ctx } = this.context(block, mention, page);
    const scored = addRecency(ctx, this.all.map((p) => scoreIncident(ctx, p))).sort((a, b) => b.score - a.score);
    const rank = scored.findIndex((s) => s.profile.incident.id === id);
    return rank < 0 ? undefined : { score: scored[rank]!.score, features: scored[rank]!.features, rank };
  }

  /** Ranks incidents for one mention in a block of text. */
  match(block: BlockContext, mention: Mention, page: PreparedPage, opts: MatchOptions = {}): MatchResult {
    const r = this.rank(block, mention, page, opts.minConfidence);
    const top = r.candidates[0];
    const claims = r.confident && top ? checkClaims(top.incident, r.clause, r.sentenceClaims, r.sentence) : [];
    return {
      mention,
      segment: block.segment,
      context: r.sentence,
      candidates: r.candidates,
      confident: r.confident,
      generic: r.generic,
      claims,
      warnings: r.confident && top ? warningsOf(top.incident, claims) : [],
      background: this.background(mention.kind),
      confidenceFeatures: r.confidenceFeatures,
    };
  }

  /**
   * Key figures for a kind of mention: those whose main topic it is first, in
   * dataset order, and only a few, so the popover stays a glance.
   */
  background(kind: MentionKind): Figure[] {
    const related = this.data.figures.filter((f) => f.topics.includes(kind));
    const primary = related.filter((f) => f.topics[0] === kind);
    return [...primary, ...related.filter((f) => f.topics[0] !== kind)].slice(0, MAX_FIGURES);
  }

  /** The whole pipeline over text blocks: what the CLI prints and the tests check. */
  analyze(blocks: readonly BlockContext[], info: PageInfo, kinds: readonly MentionKind[] = MENTION_KINDS, opts: MatchOptions = {}): { page: PreparedPage; mentions: Array<MatchResult & { block: number }> } {
    const page = this.preparePage(info);
    const mentions = blocks.flatMap((block, i) => detectMentions(block.text, kinds).map((m) => ({ ...this.match(block, m, page, opts), block: i })));
    return { page, mentions };
  }
}

/** Dates that date the mention's event: its clause's; a "when" clause takes the reference date it follows; else the sentence's. */
function eventDatesOf(clause: Claims, sentence: Claims, clauses: ReturnType<typeof clausesOf>, k: number, text: string, published?: string): FoundDate[] {
  const own = clause.dates.filter((d) => !d.reference);
  if (own.length) return own;
  const c = clauses[k]!;
  if (c.relative && k > 0) {
    // "…since August 2024, when a staff sergeant crossed": the clause is dated by the reference it follows.
    const prev = clauses[k - 1]!;
    const refs = findDates(text.slice(prev.start, prev.end), published).filter((d) => d.reference);
    if (refs.length) return [refs[refs.length - 1]!];
  }
  if (clauses.length > 1) {
    // Other clauses' dates belong to their own events unless the sentence has one clause of substance.
    const others = sentence.dates.filter((d) => !d.reference && !clauses.some((x, i) => i !== k && d.start >= x.start && d.end <= x.end && x.relative));
    return others;
  }
  return sentence.dates.filter((d) => !d.reference);
}

/**
 * News tells of the latest incident of its kind: of the incidents that fit an
 * undated mention (no conflict of date, direction or kind of event), the one
 * nearest before the publication date (or nearest after the latest date the
 * page names) is marked first, the next one second.
 */
function addRecency(ctx: MentionContext, scored: Scored[]): Scored[] {
  if (!ctx.pageDate || ctx.eventDates.length || ctx.blockAnchored) return scored;
  const page = dayNumber(ctx.pageDate.iso);
  const bound = ctx.pageDate.bound;
  const inWindow = (s: Scored) => {
    const f = s.features;
    if (f['dir.conflict'] || f['event.conflict'] || f['date.conflict'] || f['lag.after'] || f['region.conflict']) return false;
    // Before the publication date (within a year); or shortly after the latest date the page names.
    const lag = page - s.profile.day;
    return bound ? lag <= 3 && lag >= -180 : lag >= -1 && lag <= 400;
  };
  const nearest = (list: Scored[]) => list.sort((a, b) => Math.abs(page - a.profile.day) - Math.abs(page - b.profile.day));
  const fits = scored.filter(inWindow);
  // What happened and who it was decide between neighbours; an incident with a disputed "who" counts only when nobody else fits.
  const whoAgrees = (s: Scored) => !s.features['role.conflict'] && !s.features['origin.conflict'] && !s.features['count.conflict'] && !s.features['count.singular'];
  const tiers = [fits.filter((s) => whoAgrees(s) && !s.features['event.group']), fits.filter(whoAgrees), fits];
  const ranked = nearest(tiers.find((t) => t.length) ?? []);
  const mark = (s: Scored | undefined, key: 'recent.first' | 'recent.second') => {
    if (!s) return;
    s.features[key] = 1;
    s.score = scoreOf(s.features);
  };
  mark(ranked[0], 'recent.first');
  mark(ranked[1], 'recent.second');
  return scored;
}

function hasOwnAnchor(s: Scored): boolean {
  const f = s.features;
  return Boolean(f['date.day'] || f['date.near'] || f['date.month'] || f['name.sentence']);
}

/** A runner-up's share, for "closest incidents" lists: its probability relative to the best. */
function relativeP(c: Scored, all: readonly Scored[]): number {
  const best = all[0]!.score;
  return 1 / (1 + Math.exp(best - c.score));
}

function toCandidate(s: Scored, p: number): Candidate {
  const reasons = (Object.entries(s.features) as Array<[keyof typeof WEIGHTS, number]>)
    .map(([k, v]) => [k, (WEIGHTS[k] ?? 0) * v] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k);
  return { incident: s.profile.incident, score: s.score, p, reasons, features: s.features };
}
