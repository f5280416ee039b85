import type { Dataset } from '../data/validate';
import type { Figure, Incident } from '../data/schema';
import {
  KO_ABOARD_PARTICIPLE,
  KO_ACT_PARTICIPLE,
  KO_TAKEN_PARTICIPLE,
  readClaims,
  type Claims,
  type WhoClaim,
} from './claims';
import { dot, noneFeatures, POSSIBLE_P, probabilities } from './confidence';
import {
  dayNumber,
  findDates,
  firstSinceBound,
  latestDate,
  tellsElapsedSinceLast,
  toISO,
  type FoundDate,
} from './dates';
import { detectMentions, type Mention } from './detect';
import { KINDS, MENTION_KINDS, type MentionKind } from './kinds';
import { profile, recordedCounts, withRareTitleWords, wordsOf, type IncidentProfile } from './profile';
import {
  bestDate,
  LEDE_WEIGHT,
  pageLooksBack,
  scoreIncident,
  scoreOf,
  type Features,
  type MentionContext,
  type Scored,
  type SegmentKind,
} from './score';
import { clauseAt, clausesOf, clip, inShortQuote, sentenceAround, sentences, type Span } from './text';
import {
  checkClaims,
  methodsSaid,
  misdatedCrossing,
  nameParts,
  namesOneOf,
  toldAtItsClock,
  warningsOf,
  type CheckedClaim,
  type Warning,
} from './verdicts';
import MODEL from './model.json';

/** Where one half of a sentence ends and another, told for itself, begins. */
const HARD_BREAK = /:\s+[a-z]|;|\s[—–]\s|\s--\s/;

/** A half that goes on with the same person: "…; instead he left the airport", "… — he later said". */
const GOES_ON_WITH_HIM = /^[;:—–-]*\s*(?:(?:instead|then|later|but|and|so)\s+)?(?:he|she)\s/i;

/**
 * "King is not the first soldier to have crossed into North Korea, though …: four deserters who went over …": the
 * people of a sentence's other half, past a colon or a semicolon, are not the mention's (at: its offset), unless
 * the mention's half goes on with them ("Specialist King had just finished …; instead he left …").
 */
function acrossBreak(claims: Claims, sentence: string, at: number): Claims {
  const who = claims.who;
  if (!who) return claims;
  const between = sentence.slice(Math.min(at, who.start), Math.max(at, who.start) + 1);
  const brk = HARD_BREAK.exec(between);
  if (!brk) return claims;
  const after = between.slice(brk.index);
  if (who.start < at && GOES_ON_WITH_HIM.test(after) && !HARD_BREAK.test(after.slice(1))) return claims;
  const { who: _, ...rest } = claims;
  return rest;
}

/** Who-claims that, all wrong together, tell of another person. */
const ANOTHER_PERSON: ReadonlyArray<Warning['field']> = ['origin', 'role', 'age'];

/** A count of more than twice the record's, and three more at least: a slip is a person or two, not another boatload. */
function anotherGroup(w: Warning): boolean {
  const recorded = (w.record ?? []).filter((x): x is number => typeof x === 'number');
  return (
    w.field === 'count' && typeof w.said === 'number' && recorded.length > 0 && w.said >= 2 * Math.max(...recorded) + 3
  );
}

/** Kinds of claim a sentence can get wrong while being right about the rest. */
type ClaimGroup = 'who' | 'direction' | 'place' | 'date' | 'method' | 'result';
/** Set aside in turn: who it was, and which way. */
const DISPUTABLE: readonly ClaimGroup[] = ['who', 'direction'];
/** See storyStands: measured on the dev part, it adds warnings there without a false one. */
const DATED_STORY_P = 0.85;
/**
 * See toldAgain: a sentence that refers back to the story's person is tied to the story by that, so with the claim set
 * aside the story's incident need only stay a fair reading of the rest (measured on the dev part: from 0.5 to 0.3, nine
 * more warnings and no false one).
 */
const TOLD_AGAIN_P = 0.3;
/** See the check of unweighed claims in match(): measured on the dev part, it adds warnings there without a false one. */
const UNWEIGHED_P = 0.7;
/** Claims that are no evidence of which incident a sentence tells (no matching feature reads them). */
const UNWEIGHED: ReadonlyArray<Warning['field']> = ['result', 'age'];
/**
 * Place, date, way and what became of them are more often right about another event than wrong:
 * they are set aside only in a sentence that goes on telling the story's own
 * incident, and only in favour of that incident.
 */
const STORY_DISPUTABLE: readonly ClaimGroup[] = ['place', 'date', 'method', 'result'];
/**
 * What a sentence telling the story's people again ("the soldier", "이들은") is checked on: who they were, and in the
 * body (not a headline, which may sum up several crossings) how they crossed, where, and what became of them. Not the
 * day (the sentence may tell a later act of theirs) nor which way (their earlier crossing).
 */
const TOLD_AGAIN_IN_BODY: readonly ClaimGroup[] = ['method', 'place', 'result'];
const GROUP_OF: Record<Warning['field'], ClaimGroup | undefined> = {
  origin: 'who',
  role: 'who',
  rank: 'who',
  count: 'who',
  age: 'who',
  direction: 'direction',
  region: 'place',
  place: 'place',
  date: 'date',
  method: 'method',
  result: 'result',
};

/** Whether the mention's clause or sentence makes a claim of this kind (what checkClaims compares). */
function says(group: ClaimGroup, clause: Claims, sentence: Claims): boolean {
  switch (group) {
    case 'who':
      return Boolean(sentence.who);
    case 'direction':
      return Boolean(clause.direction);
    case 'place':
      return clause.regions.length > 0 || clause.places.length > 0;
    case 'date':
      return clause.dates.some((d) => !d.reference);
    case 'method':
      return methodsSaid(clause, sentence).length > 0;
    case 'result':
      return Boolean(clause.result ?? sentence.result) || clause.events.some((e) => e.value === 'repatriation');
  }
}

/** Claims with one kind set aside, as if the text did not say it. */
function without(c: Claims, group: ClaimGroup): Claims {
  switch (group) {
    case 'who': {
      const { who: _, ...rest } = c;
      return { ...rest, formerDefector: false };
    }
    case 'direction': {
      const { direction: _, ...rest } = c;
      return rest;
    }
    case 'place':
      return { ...c, regions: [], places: [] };
    case 'date':
      return { ...c, dates: c.dates.filter((d) => d.reference), yearless: [] };
    case 'method':
      // "in a small wooden boat" says the way by sea as much as the boat: both go.
      return {
        ...c,
        methods: [],
        routes: c.routes.filter((r) => !c.methods.some((m) => m.start < r.end && r.start < m.end)),
      };
    case 'result': {
      // "sent back to North Korea" says the way of the return as much as the return.
      const { result: _, direction, ...rest } = c;
      return {
        ...rest,
        ...(direction && !direction.byReturn ? { direction } : {}),
        events: c.events.filter((e) => e.value !== 'repatriation'),
      };
    }
  }
}

/** Figures shown under a popover; the popup and data:list have them all. */
const MAX_FIGURES = 4;
const MAX_CANDIDATES = 5;
/** How sure the headline and lede must be of an incident for it to be the story's. */
const STORY_P = 0.5;
const MIN_VOTE_P = 0.05;
/**
 * A headline that surveys several events rather than tells one: "How people get across the Korean border", "Three runs
 * across the line at Panmunjom", "1998, 2007, 2017: …", "교동도는 왜 '귀순 섬'이 됐나", "JSA 통한 귀순 … 과거 사례는".
 * Such a page's lede usually opens with the latest case, which is its peg, not its story.
 */
const SURVEY_HEADLINE =
  /^(?:how|why|where|which)\b(?!\s+a\s)|\b(?:explained|explainer|factbox|timeline|a\s+(?:short\s+|brief\s+)?history|a\s+look\s+back)\b|\bis\s+not\s+the\s+first\b|\b(?:two|three|four|five|six|several|many)\s+(?:\w+\s+){0,2}?(?:crossings|defections|soldiers|boats|escapes|runs|cases|clashes|routes|tunnels|GIs|americans)\b|\b(?:19|20)\d\d\b[^.]{0,40}\b(?:19|20)\d\d\b|\bhow\s+(?:people|north\s+koreans|defectors|soldiers)\b|왜\s?(?:자꾸|하필)|(?:은|는)\s?왜|어떤\s?(?:곳|섬)|사례(?:는|들)|과거\s?사례|일지|역대|사람들|(?:19|20)\d\d[^\n]{0,20}(?:19|20)\d\d/i;
/** Evidence of nearness in time alone: how recent an incident is, not what the text says of it. */
const TIME_ONLY = /^(?:lag|recent|floor|story)\./;
/** Evidence a sentence borrows from the lede around it: what the lede names, its direction (and any at LEDE_WEIGHT). */
const BORROWED = new Set(['name.story', 'dir.blockAgree', 'dir.blockConflict']);

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
  /** "변 씨", "변 상위", "White": a person the page named in full ("변용관", "Joseph White"), then by surname. */
  shortNames?: { re: RegExp; ids: ReadonlyMap<string, string> };
}

export interface Candidate {
  incident: Incident;
  score: number;
  /** Probability that this is the mention's incident (calibrated for the best candidate). */
  p: number;
  /** The evidence for it, strongest first: feature names (see weights.json), formatted by the UI. */
  reasons: Array<keyof typeof MODEL.weights>;
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
}

/** What the matcher's scores and probabilities are made of: model.json, fitted by scripts/eval/train.ts. */
export interface MatchModel {
  weights: Readonly<Record<string, number>>;
  none: Readonly<Record<string, number>>;
  /** The story model: logistic weights over the headline and lede's votes (see storyVote). */
  story: Readonly<Record<string, number>>;
  threshold: number;
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
  /** What depends only on the sentence, kept for the next mention in it. */
  private sentenceCache: { key: string; claims: Claims; refs: Span[] } | undefined;
  /** What depends only on the block, kept for the next mention in the same block. */
  private blockCache: { key: string; claims: Claims; named: Set<string> } | undefined;

  constructor(
    private readonly data: Dataset,
    /** The fitted weights, "none" weights and threshold (model.json); another model only when fitting. */
    private readonly model: MatchModel = MODEL,
  ) {}

  /** Profiles and the name index, built on first use (or in idle time through warmUp). */
  warmUp(): void {
    if (this.profiles) return;
    this.profiles = withRareTitleWords(this.data.incidents.map((i) => profile(i, this.data.incidents)));
    const ids = new Map<string, string[]>();
    for (const p of this.profiles) for (const n of p.names) ids.set(n, [...(ids.get(n) ?? []), p.incident.id]);
    // Longest first, so "Charles Robert Jenkins" wins over "Charles Jenkins"; Latin names at word boundaries.
    const alts = [...ids.keys()]
      .sort((a, b) => b.length - a.length)
      .map((n) => (/^[a-z]/.test(n) ? `\\b${escapeRe(n)}\\b` : escapeRe(n)));
    this.names = { re: new RegExp(alts.join('|') || '(?!)', 'gi'), ids };
  }

  /**
   * The records' named people: each word of a name → the full names it belongs to, each full name → its ranks, and
   * the surnames that come first (Koreans': "Oh Chong Song" is Oh).
   */
  private peopleCache:
    { words: Map<string, Set<string>>; ranks: Map<string, Set<string>>; surnameFirst: Set<string> } | undefined;

  private get people(): NonNullable<IncidentMatcher['peopleCache']> {
    if (!this.peopleCache) {
      const words = new Map<string, Set<string>>();
      const ranks = new Map<string, Set<string>>();
      const surnameFirst = new Set<string>();
      for (const i of this.data.incidents)
        for (const p of i.who ?? []) {
          if (!p.name) continue;
          const name = p.name.toLowerCase();
          if (p.rank) ranks.set(name, (ranks.get(name) ?? new Set()).add(p.rank));
          for (const w of nameParts(name)) words.set(w, (words.get(w) ?? new Set()).add(name));
          if (p.origin === 'north-korea' || p.origin === 'south-korea') surnameFirst.add(nameParts(name)[0]!);
        }
      this.peopleCache = { words, ranks, surnameFirst };
    }
    return this.peopleCache;
  }

  /**
   * "Vasily Matuzok, a Polish student", "Matuzok, a Czechoslovak …": someone the text names as one of the record's people,
   * in full or by a name no one else in the dataset bears. Whatever the sentence tells of them, it tells of that person:
   * the fields of theirs that it may check (their rank too when no record of theirs gives another).
   */
  private checkableByName(who: WhoClaim | undefined, inc: Incident): ReadonlyArray<Warning['field']> {
    if (!who?.name || !namesOneOf(who, inc)) return [];
    const words = nameParts(who.name);
    if (words.length === 1 && this.people.words.get(words[0]!)?.size !== 1) return [];
    const person = (inc.who ?? []).find((p) => p.name && words.every((w) => nameParts(p.name!).includes(w)));
    const ranks = person ? this.people.ranks.get(person.name!.toLowerCase()) : undefined;
    return (ranks?.size ?? 0) <= 1 ? ['origin', 'role', 'rank'] : ['origin', 'role'];
  }

  private get all(): IncidentProfile[] {
    this.warmUp();
    return this.profiles!;
  }

  private dayOf(id: string): number | undefined {
    return this.all.find((x) => x.incident.id === id)?.day;
  }

  /** Incidents named in a text by a distinctive name or alias. */
  namedIn(text: string): Set<string> {
    const out = new Set<string>();
    for (const hit of this.nameHits(text)) if (!hit.compared) for (const id of hit.ids) out.add(id);
    return out;
  }

  /** Each distinctive name in a text, the incidents it names, and whether it is used only to compare ("like …"). */
  private *nameHits(
    text: string,
  ): Generator<{ name: string; ids: readonly string[]; compared: boolean; start: number }> {
    this.warmUp();
    const { re, ids } = this.names!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const compared =
        COMPARED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
        COMPARED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      yield { name: m[0], ids: ids.get(m[0].toLowerCase()) ?? [], compared, start: m.index };
    }
  }

  /** Whether a text names two incidents by names that share none of them (not one person's crossing and return). */
  private namesApart(text: string): boolean {
    const seen: Array<readonly string[]> = [];
    for (const hit of this.nameHits(text)) {
      if (hit.compared || !hit.ids.length) continue;
      if (seen.some((ids) => !ids.some((id) => hit.ids.includes(id)))) return true;
      seen.push(hit.ids);
    }
    return false;
  }

  /**
   * The incidents named by a name that holds the span ("귀순" in "'노크 귀순'"): what the mention itself names. A
   * nickname in quotes that names none ("'월책 귀순'") names no other incident of the sentence either.
   */
  private namedAround(text: string, start: number, end: number): Set<string> | undefined {
    for (const hit of this.nameHits(text))
      if (hit.start <= start && hit.start + hit.name.length >= end && hit.ids.length) return new Set(hit.ids);
    return inShortQuote(text, start, end) ? new Set() : undefined;
  }

  /** The incidents a text names, in full or (on a page that named them in full) by surname and title. */
  private namedOnPage(text: string, page: PreparedPage): Set<string> {
    const out = this.namedIn(text);
    const short = page.shortNames;
    if (short) {
      short.re.lastIndex = 0;
      for (let m = short.re.exec(text); m; m = short.re.exec(text)) out.add(short.ids.get((m[1] ?? m[2])!)!);
    }
    return out;
  }

  /**
   * Surnames of the names a page gives in full, each of one incident only: of Korean names (three syllables), read
   * with a title after them ("변 상위"); of Latin ones ("Joseph White" … "White, then a private"), a surname no one
   * else in the records bears.
   */
  private shortNamesIn(text: string): PreparedPage['shortNames'] {
    const bySurname = new Map<string, Set<string>>();
    const add = (key: string, ids: readonly string[]) =>
      bySurname.set(key, new Set([...(bySurname.get(key) ?? []), ...ids]));
    for (const { name, ids } of this.nameHits(text)) {
      if (/^[가-힣]{3}$/.test(name)) add(name[0]!, ids);
      else if (/^[A-Za-z.]+(?:[\s-][A-Za-z.]+)+$/.test(name) && this.people.words.has(nameParts(name)[0]!)) {
        const parts = name.split(/[\s-]+/);
        const last = this.people.surnameFirst.has(parts[0]!.toLowerCase()) ? parts[0]! : parts.at(-1)!;
        if (this.people.words.get(last.toLowerCase())?.size === 1 && /^[A-Z]/.test(last)) add(last, ids);
      }
    }
    const one = new Map([...bySurname].filter(([, set]) => set.size === 1).map(([k, set]) => [k, [...set][0]!]));
    if (!one.size) return undefined;
    const ko = [...one.keys()].filter((k) => /^[가-힣]$/.test(k));
    const latin = [...one.keys()].filter((k) => !ko.includes(k));
    const alts = [
      ...(ko.length ? [String.raw`(?<![가-힣])([${ko.join('')}])\s?${KO_TITLE}`] : []),
      // Not "White House".
      ...(latin.length ? [String.raw`\b(${latin.map(escapeRe).join('|')})\b(?!\s+[A-Z])`] : []),
    ];
    return { re: new RegExp(alts.join('|'), 'g'), ids: one };
  }

  preparePage(info: PageInfo): PreparedPage {
    const published = info.published?.slice(0, 10);
    const lede = [info.title ?? '', info.lede ?? ''].join('\n');
    const floor = published ? undefined : latestDate(findDates(info.body ?? lede).map((d) => d.date));
    const page: PreparedPage = {
      ...(published ? { published } : {}),
      ...(info.publishedFrom ? { publishedFrom: info.publishedFrom } : {}),
      ...(floor ? { floor } : {}),
      // What the lede says of its own event, not of an earlier one it says is repeated ("삼척항 사건 1주일 만에 또 …")
      // or tells in a sentence of its own ("… 삼척항까지 들어와 도마 위에 오른 지 꼭 1주일 만이다.").
      story: {
        claims: readClaims(blank(lede, earlierEvents(lede, published), 0), published),
        named: this.namedIn(lede),
      },
    };
    const shortNames = this.shortNamesIn(info.body ? `${lede}\n${info.body}` : lede);
    if (shortNames) page.shortNames = shortNames;
    const vote = this.storyVote(info, page);
    const best = vote && vote.p >= STORY_P ? { id: vote.id, p: vote.p } : undefined;
    if (best) page.story = { ...page.story, incident: best.id, p: best.p };
    return page;
  }

  /**
   * Which incident the story tells of, and how sure: each sentence of the
   * headline and lede votes for its best candidate; the most-voted incident
   * is scored by the story model (model.json "story") from how many voted for
   * it, how many did not, the headline's vote, the votes' probabilities and
   * whether the page is dated. Exposed for fitting that model.
   */
  storyVote(
    info: PageInfo,
    page: PreparedPage,
  ): { id: string; p: number; features: Record<string, number> } | undefined {
    const votes = new Map<string, { n: number; headline: boolean; ps: number[] }>();
    let told = 0;
    for (const [text, segment, max] of [
      [info.title ?? '', 'headline', 2],
      [info.lede ?? '', 'story', 8],
    ] as const) {
      for (const s of sentences(text).slice(0, max)) {
        // The whole sentence stands for its mentions, found or not ("walks over the eastern border", "북한 주민 4명이 … 내려와"),
        // after what it opens with about an earlier event ("지난달 31일 … 구조된 주민 3명 가운데 1명이 3일 …"). A sentence
        // wholly about one ("… 들어와 도마 위에 오른 지 꼭 1주일 만이다.") does not vote.
        const from = ownStart(s.text, page.published);
        if (NOTHING_OWN.test(s.text.slice(from))) continue;
        const block = { text: s.text, segment };
        const whole: Mention = { kind: 'crossing', start: from, end: s.text.length, text: s.text.slice(from) };
        const unstoried = { ...page, story: { ...page.story, incident: undefined } };
        const r = this.rank(block, whole, unstoried);
        const top = r.candidates[0];
        // A sentence that cannot tell its best candidate from the next one does not vote.
        if (!top || top.score <= 0 || r.margin < 0.3) continue;
        // Nor does one whose only evidence is time ("He was 76." on a page of that week picks the latest incident),
        // or what the rest of the lede says ("Follow our updates." under a paragraph naming a 1965 case).
        const own = Object.entries(top.features).some(
          ([f, v]) =>
            !TIME_ONLY.test(f) && !BORROWED.has(f) && v > LEDE_WEIGHT && (this.model.weights[f as never] ?? 0) > 0,
        );
        if (!own) continue;
        // Nor, on a page whose lede names two incidents, one that tells them apart only by which is more recent
        // ("유엔사는 그의 귀순 의사를 확인한 뒤 …" in a look back at 1998 pegged to a crossing of this month).
        const untimed = (c: Scored) =>
          Object.entries(c.features).reduce(
            (sum, [f, v]) => (TIME_ONLY.test(f) ? sum : sum + (this.model.weights[f as never] ?? 0) * v),
            0,
          );
        const [best, ...others] = r.scored;
        if (others.some((c) => c.features['name.story'] && untimed(c) >= untimed(best!))) continue;
        // Which story it is must not hang on who the article says crossed: that is what gets checked.
        const withoutWho = this.rank(block, whole, unstoried, undefined, 'who').candidates[0];
        const p = withoutWho?.incident.id === top.incident.id ? Math.max(top.p, withoutWho.p) : top.p;
        // A sentence all but sure it is about none of them does not vote either.
        if (p < MIN_VOTE_P) continue;
        told++;
        const v = votes.get(top.incident.id) ?? { n: 0, headline: false, ps: [] };
        votes.set(top.incident.id, { n: v.n + 1, headline: v.headline || segment === 'headline', ps: [...v.ps, p] });
      }
    }
    // A vote counts as much as its sentence is sure: five sentences that only guess the latest incident
    // do not outvote one that names the story's date and place.
    const weight = (x: { ps: number[] }) => x.ps.reduce((a, b) => a + b, 0);
    const [id, v] = [...votes.entries()].sort((a, b) => weight(b[1]) - weight(a[1]) || b[1].n - a[1].n)[0] ?? [];
    if (!id || !v) return undefined;
    const features = {
      bias: 1,
      votes: Math.log1p(v.n),
      share: v.n / told,
      // An explainer's sentences each vote for a different incident: none of them is the story.
      rivals: Math.log1p(votes.size - 1),
      headline: v.headline ? 1 : 0,
      pmax: Math.max(...v.ps),
      pmean: v.ps.reduce((a, b) => a + b, 0) / v.ps.length,
      dated: page.published ? 1 : page.floor ? 0.5 : 0,
      survey: SURVEY_HEADLINE.test(info.title ?? '') ? 1 : 0,
      ...freshness(page, this.data.incidents.find((i) => i.id === id)?.date),
    };
    return { id, p: 1 / (1 + Math.exp(-dot(this.model.story, features))), features };
  }

  private context(
    block: BlockContext,
    mention: Mention,
    page: PreparedPage,
    ignore?: ClaimGroup,
  ): { ctx: MentionContext; sentence: string; clause: Claims; sentenceClaims: Claims } {
    const published = block.published ?? page.published;
    // Without a publication date, "on Nov. 2" takes its year from the latest date the page names.
    const yearHint = published ? undefined : page.floor;
    const s = sentenceAround(block.text, mention.start, mention.end);
    // Dates are read over the whole sentence, so "같은 해 10월" takes the year of the clause before.
    const sentenceKey = `${published ?? ''}\n${yearHint ?? ''}\n${s.text}`;
    if (this.sentenceCache?.key !== sentenceKey) {
      const claims = atTimeBefore(readClaims(s.text, published, yearHint), s, block.text, published, yearHint);
      this.sentenceCache = { key: sentenceKey, claims, refs: referenceSpans(s.text, claims.dates) };
    }
    const { claims: sentenceClaims, refs } = this.sentenceCache;
    const at = mention.start - s.start;
    const inRef = refs.find((r) => at >= r.start && at < r.end);
    const clauses = clausesOf(s.text);
    const k = clauseAt(clauses, at);
    // The mention's clause: the reference it stands in, or its clause without the references in it.
    const own = inRef ?? clauses[k]!;
    const ownText = inRef ? s.text.slice(own.start, own.end) : blank(s.text.slice(own.start, own.end), refs, own.start);
    const clause = acrossBreak(shift(readClaims(ownText, published, yearHint), own.start), s.text, at);
    const outsideRefs = (d: FoundDate) => !refs.some((r) => d.start >= r.start && d.end <= r.end);
    clause.dates = sentenceClaims.dates.filter(
      (d) => d.start >= own.start && d.end <= own.end && (inRef ? true : outsideRefs(d)),
    );
    // The sentence as the mention's own: without its references to earlier events (or just the reference the mention is in).
    const read = inRef
      ? clause
      : { ...readClaims(blank(s.text, refs, 0), published, yearHint), dates: sentenceClaims.dates.filter(outsideRefs) };
    const sentenceOwn = acrossBreak(read, s.text, at);
    const paragraph = clip(block.text, mention.start, mention.end);
    const cacheKey = `${published ?? ''}\n${yearHint ?? ''}\n${page.shortNames?.re.source ?? ''}\n${paragraph}`;
    if (this.blockCache?.key !== cacheKey) {
      // What the paragraph says outside its references to earlier events.
      const own = blank(paragraph, paragraphReferences(paragraph, published, yearHint), 0);
      this.blockCache = {
        key: cacheKey,
        claims: readClaims(own, published, yearHint),
        named: this.namedOnPage(own, page),
      };
    }
    const inStory = block.segment === 'story' || block.segment === 'headline';
    const since = inRef ? undefined : firstSinceBound(s.text, sentenceClaims.dates);
    // "The first in nearly three years": the paragraph around it tells the one before, not this one.
    const alone = !inRef && tellsElapsedSinceLast(s.text);
    const ctx: MentionContext = {
      mention,
      segment: block.segment,
      clause,
      sentence: sentenceOwn,
      block: alone ? sentenceOwn : this.blockCache.claims,
      ...(inStory ? { story: page.story.claims } : {}),
      eventDates: inRef ? clause.dates : eventDatesOf(clause, sentenceOwn, clauses, k, s.text, published),
      storyLinked: !inRef && tellsOfTheStory(clause, sentenceOwn, ownText),
      words: wordsOf(inRef ? ownText : blank(s.text, refs, 0)),
      ...(since !== undefined ? { firstSince: since } : {}),
      blockAnchored: !alone && this.anchoredElsewhere(this.blockCache, page.story.incident),
      // A name in another clause ("…since 1982, when Joseph White…") names that clause's incident.
      named: {
        // A mention inside a name ("'노크 귀순', … '오리발 귀순'") names that name's incident, not the clause's others.
        sentence: this.namedAround(s.text, at, at + mention.end - mention.start) ?? this.namedOnPage(ownText, page),
        block: alone ? new Set() : this.blockCache.named,
        // Nor does a sentence turning to another event ("In a separate case, …") name the story's.
        story: inStory && !ANOTHER_EVENT.test(ownText) ? page.story.named : new Set(),
      },
      ...(page.story.incident && inStory
        ? { storyIncident: page.story.incident, storyP: page.story.p ?? 1, storyDay: this.dayOf(page.story.incident) }
        : {}),
      ...(A_SEPARATE_CASE.test(ownText) ? { notTheStory: true } : {}),
      ...(TOLD_AS_NEWS.test(paragraph) ? { toldAsNews: true } : {}),
    };
    if (ignore) {
      // Scored as if the article had not said it anywhere: a wrong "who" is repeated from headline to lede.
      ctx.clause = without(ctx.clause, ignore);
      ctx.sentence = without(ctx.sentence, ignore);
      ctx.block = without(ctx.block, ignore);
      if (ctx.story) ctx.story = without(ctx.story, ignore);
      if (ignore === 'date') {
        ctx.eventDates = [];
        delete ctx.firstSince;
        // The paragraph's dates no longer point away from the story either.
        ctx.blockAnchored = this.anchoredElsewhere(
          { claims: ctx.block, named: this.blockCache.named },
          page.story.incident,
        );
      }
      ctx.storyLinked = tellsOfTheStory(ctx.clause, ctx.sentence, ownText) || ctx.storyLinked;
    }
    // A story's own paragraphs are dated by the page; related links, asides and captions are not.
    const dated = block.segment === 'story' || block.segment === 'headline' || block.segment === 'entry';
    if (page.published) ctx.published = page.published;
    if (dated && published) ctx.pageDate = { iso: published, bound: false };
    else if (dated && page.floor) ctx.pageDate = { iso: page.floor, bound: true };
    return { ctx, sentence: s.text, clause, sentenceClaims: sentenceOwn };
  }

  /** Whether a record related to `inc` agrees with the sentence where `inc` does not. */
  private relatedFits(
    inc: Incident,
    r: { clause: Claims; sentenceClaims: Claims; sentence: string; ctx: MentionContext },
    wrong: readonly Warning[],
    scored: readonly Scored[],
  ): boolean {
    const published = r.ctx.published;
    // A sentence that refers back to the story's person is not about someone else's crossing (the knock-knock defection
    // four days before the 2012 western soldier's, or his after it); about the same people's arrival before their return,
    // or a returning defector's earlier crossing, it may be.
    const retold = OPENS_WITH_REFERENT.test(r.sentence);
    const returning = inc.type !== 'repatriation' && (inc.who ?? []).some((w) => w.formerDefector);
    const sameEarlier = inc.type === 'repatriation' || returning;
    // A returning defector's earlier crossing is told with a look back ("had defected", "2017년", "탈북민인"); told
    // plainly, with none, the crossing is the story's own.
    const plainly = returning && !looksBack(r.sentenceClaims, r.sentence);
    return (inc.related ?? []).some((id) => {
      const other = this.data.incidents.find((i) => i.id === id);
      // A page cannot tell of what happened after it was published.
      if (!other || (published && dayNumber(other.date) > dayNumber(published) + 1)) return false;
      // Told again, the story's person is nobody else, before or after; a returning defector told plainly is not his earlier self.
      if (other.type !== 'repatriation' && ((retold && !sameEarlier) || (plainly && other.date < inc.date)))
        return false;
      // Nor is a sentence about a related record whose date or kind of event it contradicts ("sent … back on Sunday").
      const f = scored.find((s) => s.profile.incident.id === id)?.features;
      if (f?.['date.conflict'] || f?.['event.conflict']) return false;
      // Nor a record of a group of another size than the one the sentence takes its part from ("선원 3명 가운데 1명은" is
      // not of a boat of four).
      const whole = r.sentenceClaims.who?.part !== undefined ? r.sentenceClaims.who.count : undefined;
      const total = recordedCounts(other)?.total;
      if (whole !== undefined && total !== undefined && total !== whole) return false;
      const fields = new Set(wrong.map((w) => w.field));
      // Nor one that the sentence's other claims contradict ("넘어온 북한 주민" in Goseong is not the estuary walker).
      const all = checkClaims(other, r.clause, r.sentenceClaims, r.sentence, r.ctx.published);
      return (
        all.some((c) => fields.has(c.field) && c.verdict === 'agrees') && !all.some((c) => c.verdict === 'contradicts')
      );
    });
  }

  /** Whether a paragraph's own dates or names point away from the story's incident. */
  private anchoredElsewhere(block: { claims: Claims; named: ReadonlySet<string> }, story: string | undefined): boolean {
    const dates = block.claims.dates.filter((d) => !d.reference);
    if (!dates.length && !block.named.size) return false;
    const p = story ? this.all.find((x) => x.incident.id === story) : undefined;
    if (!p) return true;
    if (block.named.has(p.incident.id)) return false;
    const agreement = bestDate(dates, p);
    return !(
      agreement === 'day' ||
      agreement === 'near' ||
      agreement === 'month' ||
      (agreement === undefined && !block.named.size)
    );
  }

  /** Every incident's evidence for a mention, best first, and what speaks for none of them: the training rows of the model. */
  scoreAll(
    block: BlockContext,
    mention: Mention,
    page: PreparedPage,
  ): { scored: Scored[]; none: Record<string, number> } {
    const { ctx } = this.context(block, mention, page);
    return { scored: this.scoreEvery(ctx), none: noneFeatures(ctx) };
  }

  private scoreEvery(ctx: MentionContext): Scored[] {
    const w = this.model.weights;
    return addFirstSince(
      ctx,
      addRecency(
        ctx,
        exactDayFirst(
          this.all.map((p) => scoreIncident(ctx, p, w)),
          w,
        ),
        w,
      ),
      w,
    ).sort((a, b) => b.score - a.score);
  }

  /** Scores every incident for a mention, best first, with probabilities. */
  private rank(block: BlockContext, mention: Mention, page: PreparedPage, minConfidence?: number, ignore?: ClaimGroup) {
    const { ctx, sentence, clause, sentenceClaims } = this.context(block, mention, page, ignore);
    const scored = this.scoreEvery(ctx);
    const top = scored[0];
    const ranked = this.ranked(scored, ctx, minConfidence);
    return {
      ...ranked,
      ctx,
      scored,
      /** How far the best score stands above the next. */
      margin: top ? top.score - (scored[1]?.score ?? 0) : 0,
      sentence,
      clause,
      sentenceClaims,
      generic: ctx.sentence.generic > 0 && !(top && hasOwnAnchor(top)),
    };
  }

  /** Candidates with probabilities from scored incidents (best first), and whether the best is confident. */
  private ranked(
    scored: readonly Scored[],
    ctx: MentionContext,
    minConfidence?: number,
  ): { candidates: Candidate[]; confident: boolean } {
    const shown = scored.slice(0, MAX_CANDIDATES);
    const ps = probabilities(shown.concat(scored.slice(MAX_CANDIDATES)), ctx, this.model.none);
    // A headline telling of an event tells the story's own: it is that incident as surely as the story is.
    if (
      ctx.segment === 'headline' &&
      ctx.storyLinked &&
      ctx.storyIncident !== undefined &&
      shown[0]?.profile.incident.id === ctx.storyIncident
    )
      ps[0] = Math.max(ps[0]!, ctx.storyP ?? 0);
    const candidates = shown.map((c, i) => toCandidate(c, ps[i]!, this.model.weights));
    const p = candidates[0]?.p ?? 0;
    // "In a separate case, a boat strayed across the NLL": whatever record tells of it in passing, it is not the story's.
    const denied = ctx.notTheStory === true && candidates[0]?.incident.id === ctx.storyIncident;
    return {
      candidates: candidates.filter((c) => c.p >= POSSIBLE_P || c === candidates[0]),
      confident: !denied && p >= (minConfidence ?? this.model.threshold),
    };
  }

  /**
   * Ranks incidents for one mention in a block of text. When no incident is
   * confident, each kind of claim is set aside in turn (who, which way, where,
   * when, how): if the rest of the sentence's evidence then identifies one
   * incident confidently (see datedStoryTelling for the story's incident named
   * by its own day) and the set-aside claim contradicts it, the sentence
   * is about that incident and gets that one thing wrong. That is a warning;
   * a claim the rest of the evidence cannot pin to an incident never is.
   */
  match(given: BlockContext, mention: Mention, page: PreparedPage, opts: MatchOptions = {}): MatchResult {
    const block = relatedItemDated(given);
    const r = this.rank(block, mention, page, opts.minConfidence);
    // "the NLL, the de facto maritime border between the two Koreas": a gloss of the line just named tells no event.
    const gloss =
      GLOSS_BEFORE.test(block.text.slice(Math.max(0, mention.start - 50), mention.start)) ||
      // Only a kind that names a line or zone (one that says where), not an act, locates a place.
      (KINDS[mention.kind].place !== undefined &&
        (PLACE_GLOSS_BEFORE.test(block.text.slice(Math.max(0, mention.start - 120), mention.start)) ||
          PLACE_GLOSS_AFTER.test(block.text.slice(mention.end, mention.end + 40))));
    // What this sentence (and the mention's clause) claims, checked against an incident.
    // A sentence naming two incidents apart ("'노크 귀순', … '오리발 귀순'") says things of each: none is checked against one.
    const twoNamed = this.namesApart(r.sentence);
    const checkOf = (inc: Incident) =>
      twoNamed ? [] : checkClaims(inc, r.clause, r.sentenceClaims, r.sentence, r.ctx.published);
    let { candidates } = r;
    let confident = r.confident && !gloss;
    let claims = confident && candidates[0] ? checkOf(candidates[0].incident) : [];
    // A claim that fits a record related to this one (the rescue before the return) is about that record.
    let warnings =
      confident && candidates[0]
        ? warningsOf(candidates[0].incident, claims).filter(
            (w) =>
              !this.relatedFits(candidates[0]!.incident, r, [w], r.scored) &&
              !placeOfAnother(w, r, candidates[0]!.incident),
          )
        : [];
    if (!confident && !gloss && !r.ctx.notTheStory) {
      const story = page.story.incident;
      const inStory = block.segment === 'story' || block.segment === 'headline';
      // A live-blog entry inherits nothing from the story, but one that names the story's incident's own day tells it,
      // and so does one that tells the story's people again ("The soldier, said to be in his twenties, …").
      const entry = block.segment === 'entry';
      const told = (inStory || entry) && r.ctx.storyLinked;
      const groups = story && told ? [...DISPUTABLE, ...STORY_DISPUTABLE] : DISPUTABLE;
      // Only what the sentence says can be checked: a group it says nothing of is not re-ranked (each costs a full ranking).
      for (const group of groups.filter((g) => says(g, r.clause, r.sentenceClaims))) {
        const alt = this.rank(block, mention, page, opts.minConfidence, group);
        const inc = alt.candidates[0]?.incident;
        if (!inc) continue;
        // Checked once, and only when needed: for the gate of a date, or once the gate is passed.
        let checkedOnce: CheckedClaim[] | undefined;
        const checkedClaims = () => (checkedOnce ??= checkOf(inc));
        const retold = group === 'who' || ((block.segment === 'story' || entry) && TOLD_AGAIN_IN_BODY.includes(group));
        // Named as one of the record's people: who they were (not their age then, which another record of theirs may
        // tell, nor their rank where their records give several) is checked whatever the story is.
        const byName = group === 'who' ? this.checkableByName(r.sentenceClaims.who, inc) : [];
        // The incident's own time to the minute anchors where (the day's other steps are timed otherwise), not who or
        // which way (a clock may time the pursuers, or the handover after the crossing).
        const clocked = group === 'place' && toldAtItsClock(r.sentence, inc);
        // The record's own crossing time told with a crossing dates that very crossing: which way it went is disputed.
        const crossingClocked = group === 'direction' && toldAtItsClock(r.sentence, inc, true);
        const plain =
          group === 'direction' &&
          block.segment === 'story' &&
          plainTelling(alt, inc, story, told, r.sentence, r.sentenceClaims);
        const gated =
          plain ||
          alt.confident ||
          datedStoryTelling(alt, inc.id, story, told) ||
          (clocked && storyStands(alt, inc.id, story, told)) ||
          (crossingClocked && storyStands(alt, inc.id, story, told, TOLD_AGAIN_P)) ||
          (retold && toldAgain(alt, inc.id, story, told, r.sentenceClaims, r.sentence)) ||
          (group === 'date' &&
            (toldInFull(alt, inc.id, story, told, checkedClaims()) ||
              (storyStands(alt, inc.id, story, told, TOLD_AGAIN_P) &&
                misdatedCrossing(checkedClaims(), r.sentence, inc))));
        if (!gated && !byName.length) continue;
        if (STORY_DISPUTABLE.includes(group) && inc.id !== story) continue;
        // A date that is exactly another record's ("2014년 7월에도 …" in a 2018 story) is right about that record, and a
        // sentence giving another record's very day ("on August 20 last year, when a staff sergeant walked across …")
        // tells of that record, whatever else it says.
        const before = r.scored[0];
        const elsewhere = before && before.profile.incident.id !== inc.id ? before.features : undefined;
        if (elsewhere && (group === 'date' ? datesAgree(elsewhere) : Boolean(elsewhere['date.day']))) continue;
        // Nor is a date far off ("2010년 6월에는 …" in a 2024 story, "2월 2일" of a November crossing): another event.
        if (group === 'date' && datedFarOff(r.sentenceClaims, inc)) continue;
        // Which way someone went is the claim most often right about another crossing (the same man's earlier one):
        // it is disputed only when the sentence itself dates or names the incident, or plainly goes on with the story.
        if (group === 'direction' && !plain && !crossingClocked && !hasOwnAnchor(alt.scored[0]!)) continue;
        // So is where, for a sentence that introduces someone anew ("28세 북한군 장교가 … 서부전선 GP로"): unless it
        // dates or names the incident, or refers back to the story's people, it tells of someone else.
        const anchored = hasOwnAnchor(alt.scored[0]!) || clocked;
        if (group === 'place' && !anchored && !toldAgain(alt, inc.id, story, told, r.sentenceClaims, r.sentence))
          continue;
        const checked = checkedClaims();
        const all = warningsOf(inc, checked).filter((w) => !placeOfAnother(w, r, inc));
        // What became of them and how old they were weigh in no ranking: once the sentence is that incident's, they count too.
        const wrong = all.filter((w) =>
          gated ? GROUP_OF[w.field] === group || UNWEIGHED.includes(w.field) : byName.includes(w.field),
        );
        // A claim that fits a record related to this one (the earlier crossing, the later return) is about that record.
        if (!wrong.length || this.relatedFits(inc, r, wrong, alt.scored)) continue;
        // Wrong on where they were from, what they were and how old: someone else ("The 22-year-old, a Czechoslovak
        // student" in a column about a North Korean soldier's crossing), not one slip.
        if (ANOTHER_PERSON.every((f) => wrong.some((w) => w.field === f))) continue;
        // Nor is a group near three times the record's ("이들 11명은" of a boat of four): another group, not a slip.
        if (wrong.some(anotherGroup)) continue;
        // At odds with the record on more than the claim set aside: another event (see below), whatever else is set aside.
        if (wrong.length < all.length) break;
        candidates = alt.candidates;
        confident = true;
        claims = checked;
        warnings = wrong;
        break;
      }
      // In the story, a sentence about the story's incident a little short of the threshold is still checked:
      // what became of someone and how old they were (no evidence the matcher weighs for which incident a sentence
      // tells, so they cannot have pulled it to the wrong one the way a date or a place can) from UNWEIGHED_P (in a
      // live-blog entry, only one that tells the story's people again), and, in a story sentence or a live-blog entry,
      // every claim when it names the incident's own day and, with its claims counted against it, the story's
      // incident still stands at DATED_STORY_P. A related record excuses.
      const top = candidates[0];
      if (!confident && top && top.incident.id === story && (block.segment === 'story' || entry) && r.ctx.storyLinked) {
        const dated = datedStoryTelling(r, top.incident.id, story, true);
        const checked = checkOf(top.incident);
        const wrong = warningsOf(top.incident, checked).filter(
          (w) =>
            (dated ||
              ((!entry || OPENS_WITH_REFERENT.test(r.sentence)) &&
                top.p >= UNWEIGHED_P &&
                UNWEIGHED.includes(w.field))) &&
            !this.relatedFits(top.incident, r, [w], r.scored),
        );
        if (wrong.length) {
          confident = true;
          claims = checked;
          warnings = wrong;
        }
      }
      // Short of the threshold and at odds with the record on two separate things (how many, and which day): more
      // likely another event than twice wrong. No link, no warning.
      if (confident && new Set(warnings.map((w) => GROUP_OF[w.field] ?? w.field)).size > 1) {
        confident = false;
        candidates = r.candidates;
        claims = [];
        warnings = [];
      }
    }
    return {
      mention,
      segment: block.segment,
      context: r.sentence,
      candidates,
      confident,
      generic: r.generic || gloss,
      claims,
      warnings,
      background: this.background(mention.kind),
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

  /**
   * The whole pipeline over text blocks: what the CLI prints and the tests
   * check. `maxMentions` stops matching there (a page dense with mentions);
   * `onProgress` hears every thousandth mention.
   */
  analyze(
    blocks: readonly BlockContext[],
    info: PageInfo,
    kinds: readonly MentionKind[] = MENTION_KINDS,
    opts: MatchOptions & { maxMentions?: number; onProgress?: (matched: number) => void } = {},
  ): { page: PreparedPage; mentions: Array<MatchResult & { block: number }>; truncated: boolean } {
    const page = this.preparePage(info);
    const mentions: Array<MatchResult & { block: number }> = [];
    const max = opts.maxMentions ?? Infinity;
    for (const [i, block] of blocks.entries()) {
      for (const m of detectMentions(block.text, kinds)) {
        if (mentions.length >= max) return { page, mentions, truncated: true };
        mentions.push({ ...this.match(block, m, page, opts), block: i });
        if (mentions.length % 1000 === 0) opts.onProgress?.(mentions.length);
      }
    }
    return { page, mentions, truncated: false };
  }
}

/**
 * "the defector", "the soldier", "he", "the other two", "이 병사", "해당 인원", "나머지 2명": someone the story has already
 * introduced; "이날": the story's day told again.
 */
const STORY_REFERENT =
  /\b(?:the|this)\s+(?:defector|soldier|man|woman|sergeant|private|civilian|fisherman|fishermen|person|crossing|defection|incident|boat|vessel|group|family|swimmer|resident|crew)\b|\b(?:he|she|his|her|they)\b|\bthe\s+(?:other|remaining)\s+(?:two|three|four|five|\d)\b|(?:이|그|해당|이번)\s?(?:병사|남성|여성|주민|인원|사람|군인|하사|어민|목선|선박|일가족|사건|귀순|월북)|이들|이번에|나머지\s?(?:\d+|한|두|세|네|다섯)\s?명|이날/i;

/** A border line named, then glossed: "the NLL, the de facto ", "the Military Demarcation Line (MDL), which is the ". */
const GLOSS_BEFORE =
  /\b(?:NLL|Northern\s+Limit\s+Line|MDL|Military\s+Demarcation\s+Line)(?:\s*\([^)]{1,40}\))?\s*,\s+(?:which\s+(?:is|serves\s+as)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * A place glossed by where it lies: "near Goseong, a county on the east coast that sits right up against the DMZ",
 * "비무장지대와 맞닿은 고성": the border line locates the place, it tells no event.
 */
const PLACE_GLOSS_BEFORE =
  /,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:county|city|town|island|village|province|district|port|area|region)\b[^,.;]{0,60}$/i;
const PLACE_GLOSS_AFTER =
  /^(?:\s?\([^)]{1,20}\))?(?:와|과)\s?(?:맞닿은|맞닿아\s?있는|인접한|가까운|접한|붙어\s?있는)\s/;

/**
 * "In a separate case, …", "the North seized another South Korean squid boat", "이와 별개로", "한편 (합참은) …", "1996년
 * 9월에도 …": the sentence turns to another event.
 */
const ANOTHER_EVENT =
  /\b(?:in\s+(?:a|an|another)\s+(?:separate|unrelated|different)\s+(?:and\s+unrelated\s+)?\w+|in\s+another\s+(?:case|incident|episode)|separately|(?:seized|captured|towed|took)\s+another\s+(?:[\w-]+\s+){0,3}?(?:boat|vessel|ship|trawler))\b|이와\s?별개로|별도로|^한편\s(?!(?:이|그|해당)\s|이들|그는|그가)|(?:(?:19|20)\d\d\s?년|지난해|작년|재작년)\s?(?:\d{1,2}\s?월\s?)?(?:\d{1,2}\s?일\s?)?에도/i;

/** "이번 사건", "this month's crossing": the event told as the news of now ("이번에도", this time too, is not). */
const TOLD_AS_NEWS = /이번(?!에도)|\bthis\s+(?:week|month)(?:'s|’s)?\s|\blast\s+week(?:'s|’s)\s/i;

/** "In a separate case, …", "이와 별개로 …": the sentence says outright that its event is not the story's. */
const A_SEPARATE_CASE =
  /\bin\s+(?:(?:a|an)\s+(?:separate|unrelated|different)|another)\s+(?:and\s+unrelated\s+)?(?:case|incident|episode)\b|^\s*이와\s?별개로/i;

/**
 * Whether a sentence goes on telling the story's own event, so that the
 * story's incident and the publication date may stand in for what it leaves
 * unsaid: it names someone crossing, a direction, a way, a date, or refers
 * back to the story's person. A general statement ("defections across the
 * DMZ remain rare") or a sentence about a place does not.
 */
function tellsOfTheStory(clause: Claims, sentence: Claims, text: string): boolean {
  if (sentence.generic > 0 || ANOTHER_EVENT.test(text)) return false;
  const events = (c: Claims) =>
    c.events.some((e) => e.value !== 'defection') ||
    /\bdefect(?:ed|ing|ion|s)\b|\bfled\b|귀순했|귀순한|넘어왔|넘어온|월북했/i.test(text);
  return Boolean(
    clause.who ||
    sentence.who ||
    clause.direction ||
    sentence.direction ||
    clause.methods.length ||
    clause.dates.some((d) => !d.reference) ||
    events(clause) ||
    STORY_REFERENT.test(text),
  );
}

/** "50 days after they came south", "Sixty-one years before a U.S. private bolted across the line": another event, for reference. */
const ELAPSED_AFTER =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|a\s+few|several|a)\s+(?:days?|weeks?|months?|years?)\s+(?:after|since|before)\s+[^,;.]+/gi;
/**
 * "1년여 전 귀순한 탈북민", "1년 전 '점프 귀순' 탈북민": what someone did a year or more before, told to say who they are
 * ("10년 전 오늘" dates the event told).
 */
const YEARS_BEFORE =
  /(?:\d+|[한두세])\s?(?:년|해)\s?(?:여\s?|남짓\s?)?전(?:에|엔|에는)?\s(?!오늘)(?:['‘"“][^'’"”]{1,15}['’"”]|[^,.…"'“”‘’]){0,20}/g;

/**
 * "2020년 귀순한 탈북민", "지난해 탈북한 A씨": the year someone came, told to say who they are (a returning defector's
 * earlier crossing, not the one the sentence tells).
 */
const KO_YEAR_THEY_CAME =
  /(?:(?:19|20)\d\d\s?년|지난해|작년|재작년)(?:\s?\d{1,2}\s?월)?\s?(?:에\s?)?(?:[^\s,.…"'“”‘’]+\s){0,3}?(?:귀순|탈북|입국|월남)(?:한|했던)\s(?=탈북|북한\s?(?:이탈\s?)?주민|새터민|[A-Z가-힣]{1,4}\s?씨|남성|여성|청년)/g;

/**
 * "삼척항 사건 1주일 만", "'노크 귀순' 사건 이후 3년 만", "한강하구 귀순 12일 만", "노크 귀순 나흘 뒤인 6일": the time
 * since an earlier event named as such or by its act, undated.
 */
const KO_TIME_SINCE =
  /(?:[^\s,.…]+\s){0,2}[^\s,.…]*(?:사건|사태|귀순|월북|탈북|도발|침범)['’"”]?\s?(?:이후\s?)?(?:꼭\s?)?(?:(?:\d+|한|두|세|네|넉|다섯|여섯|일곱|여덟|아홉|열)\s?(?:년|개월|달|주일?|일|시간)|하루|이틀|사흘|나흘|닷새|엿새|이레|열흘)\s?(?:여\s?|남짓\s?)?(?:만|뒤|후)/g;

/** "… 도마 위에 오른 지 꼭 1주일 만": the time since an act told just before, undated. */
const KO_SINCE_ACT =
  /\s지\s?(?:꼭\s?)?(?:\d+|한|두|세|네|넉|다섯|여섯|일곱|여덟|아홉|열|하루|이틀|사흘|나흘|닷새|엿새|이레|열흘)\s?(?:년|개월|달|주일?|일|시간)?\s?(?:여\s?|남짓\s?)?만/g;
/** What the sentence is about before the act it counts from: "이번 귀순은", "… 귀순한 것은", "… 따지면", "…, ". */
const KO_TOPIC_BEFORE_SINCE = /(?:것(?:은|도)|건|따지면|[가-힣](?:은|는)|,)\s/g;

/** Earlier events a text tells as such: one it says is happening again, and sentences wholly about one. */
function earlierEvents(text: string, published?: string): Span[] {
  const repeated = [...text.matchAll(KO_TIME_SINCE)].flatMap((m) =>
    /^(?:에|이다|이며)?\s?(?:또|다시)/.test(text.slice(m.index + m[0].length))
      ? [{ start: m.index, end: m.index + m[0].length }]
      : [],
  );
  const told = sentences(text).filter((s) => NOTHING_OWN.test(s.text.slice(ownStart(s.text, published))));
  return [...repeated, ...told];
}

/** "들어온 ", "구조된 ", "표류하던 ": an act told as a participle before the noun it says which one is. */
const KO_DATED_PARTICIPLE =
  /^[^,.]{0,40}?(?:(?:들어|넘어|건너|내려|올라|돌아|떠내려)(?:온|간)|(?:발견|구조|나포|귀순|월북|월남|표류|예인|송환|인계|적발|포착|검거|체포)(?:된|한|하던|되던|됐던|했던))\s/;

/**
 * Parts of a sentence that tell of an earlier event to compare with or to say
 * who someone is: a "when" clause after a date of reference ("…since August
 * 2024, when a staff sergeant walked across"), and in Korean the phrase from a
 * date to its marker ("2010년 3월 동부전선에서 하전사 1명이 넘어온 이후 2년 7개월
 * 만"), a dated participle before a later day ("지난 15일 … 들어온 목선"), and the
 * time since an event ("삼척항 사건 1주일 만", "… 오른 지 꼭 1주일 만").
 */
function referenceSpans(sentence: string, dates: readonly FoundDate[]): Span[] {
  const spans: Span[] = dates.flatMap((d) =>
    d.referenceEnd !== undefined ? [{ start: d.start, end: d.referenceEnd }] : [],
  );
  // "…, 50 days after they came south": what follows "N days after" is the earlier event; so is "1년여 전 귀순한".
  for (const re of [ELAPSED_AFTER, YEARS_BEFORE, KO_YEAR_THEY_CAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // "지난 15일 삼척항으로 들어온 목선에 타고 있던 주민 4명 가운데 2명이 18일 …": a day told with an act that says which
  // people or boat, before another day for the sentence's own act.
  for (const d of dates) {
    if (d.reference || d.date.day === undefined) continue;
    const m = KO_DATED_PARTICIPLE.exec(sentence.slice(d.end));
    const end = m ? d.end + m[0].length : 0;
    if (m && dates.some((x) => x.start >= end && x.date.day !== undefined && !x.reference))
      spans.push({ start: d.start, end });
  }
  // "삼척항 사건 1주일 만에 또 …": the event named before the time since is the earlier one; so is what comes before
  // "지 꼭 1주일 만이다", from the sentence's start or its topic ("… 귀순으로 따지면", "… 넘어온 것은").
  for (const m of sentence.matchAll(KO_TIME_SINCE)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of sentence.matchAll(KO_SINCE_ACT)) {
    const topic = [...sentence.slice(0, m.index).matchAll(KO_TOPIC_BEFORE_SINCE)].at(-1);
    spans.push({ start: topic ? topic.index + topic[0].length : 0, end: m.index + m[0].length });
  }
  const clauses = clausesOf(sentence);
  clauses.forEach((c, i) => {
    const prev = clauses[i - 1];
    if (
      c.relative &&
      prev &&
      dates.some((d) => d.reference && d.start >= prev.start && d.end <= prev.end && prev.end - d.end < 20)
    )
      spans.push({ start: c.start, end: c.end });
  });
  return spans;
}

/** What is left of a sentence wholly about an earlier event: "이다." after "… 오른 지 꼭 1주일 만". */
const NOTHING_OWN = /^\s*(?:이다|이었다|입니다|이었습니다)?[\s.。!?"'”’)]*$/;

/** Where a sentence's own telling starts: after the references to earlier events it opens with. */
function ownStart(sentence: string, published?: string): number {
  const refs = referenceSpans(sentence, findDates(sentence, published)).sort((a, b) => a.start - b.start);
  let from = 0;
  for (const r of refs) if (r.start <= from && r.end > from) from = r.end;
  return from;
}

function paragraphReferences(text: string, published?: string, yearHint?: string): Span[] {
  return sentences(text).flatMap((s) =>
    referenceSpans(s.text, findDates(s.text, published, yearHint)).map((r) => ({
      start: r.start + s.start,
      end: r.end + s.start,
    })),
  );
}

/** A text with some spans replaced by spaces (offsets stay put). */
function blank(text: string, spans: readonly Span[], offset: number): string {
  let out = text;
  for (const r of spans) {
    const a = Math.max(0, r.start - offset);
    const b = Math.min(out.length, r.end - offset);
    if (b > a) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** Claims read from a clause, with offsets moved to the sentence. */
function shift(c: Claims, by: number): Claims {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    ...c,
    regions: c.regions.map(move),
    places: c.places.map(move),
    routes: c.routes.map(move),
    methods: c.methods.map(move),
    dates: c.dates.map(move),
    yearless: c.yearless.map(move),
    events: c.events.map(move),
    ...(c.direction ? { direction: move(c.direction) } : {}),
    ...(c.result ? { result: move(c.result) } : {}),
    ...(c.who ? { who: move(c.who) } : {}),
  };
}

/** Dates that date the mention's event: its clause's; a "when" clause takes the reference date it follows; else the sentence's. */
function eventDatesOf(
  clause: Claims,
  sentence: Claims,
  clauses: ReturnType<typeof clausesOf>,
  k: number,
  text: string,
  published?: string,
): FoundDate[] {
  const own = clause.dates.filter((d) => !d.reference);
  if (own.length) return own;
  const c = clauses[k]!;
  if (c.relative && k > 0) {
    const prev = clauses[k - 1]!;
    const dates = findDates(text.slice(prev.start, prev.end), published);
    // "…was on August 20 last year, when a sergeant walked across": a "when" right after a day is dated by that day.
    const [day, last] = [dates.at(-2), dates.at(-1)];
    if (last && /^when\b/i.test(text.slice(c.start)) && prev.end - prev.start - last.end <= 2)
      return [day?.date.day !== undefined && last.date.month === undefined && last.start - day.end <= 2 ? day : last];
    // "…since August 2024, when a staff sergeant crossed": the clause is dated by the reference it follows.
    const refs = dates.filter((d) => d.reference);
    if (refs.length) return [refs[refs.length - 1]!];
  }
  if (clauses.length > 1) {
    // Another clause's date dates this one only when this clause tells nothing of its own
    // ("…늘리는 가운데서도, 2024년 8월 20일 … 귀순했다": the fortification is not dated by the crossing).
    if (clause.events.length || clause.who) return [];
    return sentence.dates.filter(
      (d) => !d.reference && !clauses.some((x, i) => i !== k && d.start >= x.start && d.end <= x.end && x.relative),
    );
  }
  return sentence.dates.filter((d) => !d.reference);
}

/**
 * A day the text names that is exactly some incident's day: an incident a few
 * days off (a rescue before the return, the return after the crossing) is
 * then less likely the one meant.
 */
function exactDayFirst(scored: Scored[], weights: Readonly<Record<string, number>>): Scored[] {
  if (!scored.some((s) => s.features['date.day'])) return scored;
  for (const s of scored) {
    if (!s.features['date.near']) continue;
    s.features['date.otherDay'] = 1;
    s.score = scoreOf(s.features, weights);
  }
  return scored;
}

/**
 * News tells of the latest incident of its kind: of the incidents that fit an
 * undated mention (no conflict of date, direction or kind of event), the one
 * nearest before the publication date (or nearest after the latest date the
 * page names) is marked first, the next one second.
 */
function addRecency(ctx: MentionContext, scored: Scored[], weights: Readonly<Record<string, number>>): Scored[] {
  if (!ctx.pageDate || ctx.eventDates.length || ctx.blockAnchored || !ctx.storyLinked || pageLooksBack(ctx))
    return scored;
  const page = dayNumber(ctx.pageDate.iso);
  const bound = ctx.pageDate.bound;
  const inWindow = (s: Scored) => {
    const f = s.features;
    if (f['dir.conflict'] || f['event.conflict'] || f['date.conflict'] || f['lag.after'] || f['region.conflict'])
      return false;
    // Before the publication date (within a year); or shortly after the latest date the page names.
    const lag = page - s.profile.day;
    return bound ? lag <= 3 && lag >= -180 : lag >= -1 && lag <= 400;
  };
  const nearest = (list: Scored[]) =>
    list.sort((a, b) => Math.abs(page - a.profile.day) - Math.abs(page - b.profile.day));
  const fits = scored.filter(inWindow);
  // What happened and who it was decide between neighbours; an incident with a disputed "who" counts only when nobody else fits.
  const tiers = [fits.filter((s) => whoAgrees(s) && !s.features['event.group']), fits.filter(whoAgrees), fits];
  const tier = tiers.find((t) => t.length) ?? [];
  const ranked = nearest([...tier]);
  const mark = (s: Scored | undefined, key: 'recent.first' | 'recent.second' | 'recent.only') => {
    if (!s) return;
    s.features[key] = 1;
    s.score = scoreOf(s.features, weights);
  };
  // The only incident of its kind in the weeks around the page's date: "a soldier fled north" in an early-January story.
  const direction = ctx.clause.direction ?? ctx.sentence.direction;
  // Of the best tier: an incident whose "who" the text disputes is not "the only one" beside one it fits.
  const close = tier.filter((s) => {
    const after = s.profile.day - page;
    const inTime = bound ? after >= -3 && after <= 90 : after >= -30 && after <= 1;
    // Of the same kind: the same way across, and the same kind of event, where the text says.
    return inTime && (!direction || s.profile.incident.direction === direction.value) && !s.features['event.group'];
  });
  const told = direction || ctx.clause.events.length;
  if (told && close.length === 1) mark(close[0], 'recent.only');
  else mark(ranked[0], 'recent.first');
  mark(ranked[1], 'recent.second');
  return scored;
}

/** Nobody the text disputes ("a soldier" beside a record of a civilian), and not a group event for one person. */
function whoAgrees(s: Scored): boolean {
  const f = s.features;
  return !f['role.conflict'] && !f['origin.conflict'] && !f['count.conflict'] && !f['count.singular'];
}

/**
 * News is about what just happened: an incident in the days before the page's
 * date (or just after the latest date an undated page names) is likely its
 * story; on an undated page, one far from every date it names is likely not.
 */
function freshness(page: PreparedPage, date: string | undefined): { fresh: number; stale: number } {
  if (!date) return { fresh: 0, stale: 0 };
  if (page.published) {
    const lag = dayNumber(page.published) - dayNumber(date);
    return { fresh: lag >= -1 && lag <= 14 ? 1 : 0, stale: 0 };
  }
  if (!page.floor) return { fresh: 0, stale: 0 };
  const after = dayNumber(date) - dayNumber(page.floor);
  return { fresh: after >= -3 && after <= 45 ? 1 : 0, stale: after < -60 || after > 400 ? 1 : 0 };
}

/**
 * "The first … since August 2024": nothing up to then is the event, and of
 * the incidents after it that fit the sentence, the earliest is.
 */
function addFirstSince(ctx: MentionContext, scored: Scored[], weights: Readonly<Record<string, number>>): Scored[] {
  const bound = ctx.firstSince;
  if (bound === undefined) return scored;
  const direction = ctx.clause.direction ?? ctx.sentence.direction;
  let first: Scored | undefined;
  for (const s of scored) {
    const f = s.features;
    if (s.profile.day <= bound) {
      f['since.before'] = 1;
      s.score = scoreOf(f, weights);
      continue;
    }
    const fits =
      !f['dir.conflict'] &&
      !f['event.conflict'] &&
      !f['region.conflict'] &&
      !f['date.conflict'] &&
      !f['event.group'] &&
      whoAgrees(s);
    if (
      fits &&
      (!direction || s.profile.incident.direction === direction.value) &&
      (!first || s.profile.day < first.profile.day)
    )
      first = s;
  }
  if (first) {
    first.features['since.first'] = 1;
    first.score = scoreOf(first.features, weights);
  }
  return scored;
}

/** "당시에는 …", "At the time, …", "Back then, …": a sentence set at the time the sentence before it named. */
const AT_THAT_TIME = /^\s*(?:당시(?:에는|에도|엔)?|그때(?:는|도)?|at\s+the\s+time|back\s+then)(?=\s|,)/i;

/**
 * A sentence with no date of its own that opens "당시에는" takes the last date of the sentence before it ("… 2019년
 * 11월 이후 4년 만이다. 당시에는 … 북한 어민 2명이 …"): it tells of that time, not the story's.
 */
function atTimeBefore(
  claims: Claims,
  s: { text: string; start: number },
  text: string,
  published: string | undefined,
  yearHint: string | undefined,
): Claims {
  const m = AT_THAT_TIME.exec(s.text);
  if (!m || claims.dates.length || s.start === 0) return claims;
  const before = sentenceAround(text, s.start - 1, s.start - 1);
  const d = findDates(before.text, published, yearHint).at(-1);
  if (!d) return claims;
  const start = m[0].length - m[0].trimStart().length;
  return { ...claims, dates: [{ date: d.date, start, end: m[0].length, reference: false, relative: d.relative }] };
}

/**
 * "'해상판 노크 귀순'", "a second 'knock-knock defection'", "Before Travis King: the teenage GI who …": a name used to compare
 * another event with it.
 */
const COMPARED_BEFORE =
  /(?:[가-힣]{1,2}판|제\s?\d+의|또\s?다른)\s?['‘"“]?$|\b(?:second|another|new|latest|repeat\s+of\s+the|(?:maritime|sea|river)\s+version\s+of\s+the|before)\s+['‘"“]?$/i;

/** "'노크 귀순' 그 부대 또 뚫렸다": a name standing for the place or unit where something happens again. */
const COMPARED_AFTER = /^['’"”]?\s?(?:그|당시|같은)\s(?:부대|사단|초소|곳|현장|지역|철책|해역)/;

function datesAgree(f: Features): boolean {
  return Boolean(f['date.day'] || f['date.near'] || f['date.month'] || f['date.monthDay']);
}

type Ranked = { candidates: readonly Candidate[]; scored: readonly Scored[] };

/**
 * A sentence telling the story whose best candidate, with a claim set aside, is the story's incident, at DATED_STORY_P
 * unless the caller says otherwise.
 */
function storyStands(
  alt: Ranked,
  id: string,
  story: string | undefined,
  telling: boolean,
  atLeast = DATED_STORY_P,
): boolean {
  return telling && id === story && (alt.candidates[0]?.p ?? 0) >= atLeast;
}

/**
 * "'Knock-knock' defector exposes gaps in Goseong fence  Oct. 12, 2012": a related story's item closes with the day that
 * story was published. It dates the link, as an entry's time stamp does, and is no claim about the event.
 */
function relatedItemDated(block: BlockContext): BlockContext {
  if (block.segment !== 'related' || block.published) return block;
  const last = findDates(block.text).at(-1);
  if (!last?.date.day || last.relative || block.text.slice(last.end).trim()) return block;
  return { ...block, text: block.text.slice(0, last.start).trimEnd(), published: toISO(last.date) };
}

/**
 * "had crossed", "earlier", "three years ago", "since his defection", "앞서", "-던", "귀순 이후", "귀순 당시": a sentence looking back
 * at an act before the story's.
 */
const EARLIER_ACT =
  /\bhad\s+(?:\w+\s+)?(?:defected|crossed|fled|swum|swam|walked|escaped|come|gone|made|returned|arrived|reached|been)\b|\bearlier\b|\bprevious|\bago\b|\bfirst\b|\bsince\s+(?:(?:his|her|their)\s+(?:defection|arrival|escape)|defecting|arriving)\b|앞서|전에|던\s|(?:귀순|탈북|월남|입국)\s?(?:이후|후|뒤|당시)/i;

/**
 * A story-body sentence that goes on telling the story's incident (which stands with the claim set aside) in the
 * plain past, with no date of its own and no look back: its way is the story crossing's way. Not for a record
 * whose people went back: "북쪽으로 돌아갔다" after an incursion is their return, not a crossing told the wrong way.
 */
function plainTelling(
  alt: Ranked,
  inc: Incident,
  story: string | undefined,
  told: boolean,
  sentence: string,
  claims: Claims,
): boolean {
  return (
    storyStands(alt, inc.id, story, told) &&
    !(inc.who ?? []).some((w) => w.result === 'returned' || w.result === 'repatriated') &&
    !looksBack(claims, sentence)
  );
}

/** A sentence that dates itself, tells someone as a former defector, or looks back ("had crossed", "귀순 이후"). */
function looksBack(claims: Claims, sentence: string): boolean {
  return claims.dates.length > 0 || claims.formerDefector || EARLIER_ACT.test(sentence);
}

/**
 * A sentence that goes on telling the story and names the story's incident's own day (or one next to it: a night
 * crossing, reported by the next day's clock) is about that incident even a little short of the confidence threshold.
 */
function datedStoryTelling(alt: Ranked, id: string, story: string | undefined, telling: boolean): boolean {
  const f = alt.scored[0]?.features;
  return storyStands(alt, id, story, telling) && Boolean(f?.['date.day'] || f?.['date.near']);
}

/**
 * A sentence whose subject is someone the story introduced ("The man swam across…", "The 19-year-old defector is a
 * sergeant", "He…", "(조사 결과) 이 남성은…", "(군 안팎에서는) 그가…", "배에 타고 있던 4명은…", "46세로 알려진 H씨는…"), after
 * at most a short opening phrase.
 */
/** What follows a surname when Korean news refers to someone again: "변 씨", "변 상위", "정 회장". */
const KO_TITLE = String.raw`(?:씨|상위|하사|중사|상사|병장|상병|일병|이병|하전사|소위|중위|대위|소좌|대좌|소령|중령|대령|회장|목사|신부|의원|대통령)`;
/**
 * A Korean opening before the subject: "이후", "결국", "조사 결과", "군 관계자에 따르면", "군 안팎에서는", a quote's speaker
 * ("군 소식통은 \""), an official's told without quotes ("합참 관계자는 단속정이 … 말했다") or the authority that found
 * it out ("군은 그가 … 귀순한 것으로 파악했다").
 */
const KO_LEAD = String.raw`(?:(?:이후|이어|그러나|하지만|결국|그리고)\s|(?:[가-힣]+\s?결과|(?:[가-힣]+\s){0,2}[가-힣]+에\s?따르면|(?:[가-힣]+\s){0,2}[가-힣]+에서(?:는|도)|(?:[가-힣]+\s){0,2}(?:관계자|대변인|당국자|소식통)(?:은|는)|(?:군|합참|해경|경찰|정부|국정원|통일부|국방부)(?:\s?당국)?(?:은|는))\s|(?:[가-힣]+\s){0,2}[가-힣]+(?:은|는)\s["“])`;
const KO_PERSON = String.raw`(?:북한군|병사|남성|여성|주민|군인|장병|장교|군관|부사관|하전사|어민|사람|인물|인원|민간인|탈북민|하사|중사|상사|병장|상병|일병|이병|소위|중위|대위|소령|청년|남녀|일가족|선원)`;
/** The craft a story's people came in, or that came itself: "이 경비정은", "해당 목선은". */
const KO_CRAFT = String.raw`(?:경비정|단속정|목선|어선|선박|상선|화물선|무인기|잠수함|잠수정)`;
/**
 * "귀순한 병사는", "NLL에서 인계된 선원 10명은", "구조된 선원 6명 가운데 … 사람은": those the story's act concerned, by that act ("당시 …
 * 넘어온 어민 2명은" is of the earlier event just told, "다른 배에서 구조된 선원 1명은" of another boat).
 */
const KO_BY_THEIR_ACT = String.raw`(?:(?:(?!당시\s|다른\s)\S+\s){0,2}\S+(?:에서|으로|로|을|를)\s)?(?:${KO_TAKEN_PARTICIPLE}|${KO_ACT_PARTICIPLE})\s(?:[가-힣]{1,6}\s){0,2}?(?:\d+\s?명(?:\s(?:가운데|중)\s[^.]{0,30}?(?:사람|이|명))?|${KO_PERSON}들?)`;
/** One person told again in English: "the defector", "this soldier", "the 23-year-old". */
const EN_ONE_PERSON = String.raw`(?:defector|soldier|man|woman|private|sergeant|civilian|fisherman|swimmer|teenager|crosser|\d{1,2}-year-old)`;
/** An English opening before the subject: "On Sunday, ", "Military sources believe (that) ". */
const EN_LEAD = String.raw`(?:[^,]{1,40},\s+|(?:[\w.'’-]+\s+){1,4}(?:believe|believes|believed|say|says|said|think|thinks|thought|suspect|suspects|suspected)\s+(?:that\s+)?)`;
const OPENS_WITH_REFERENT = new RegExp(
  String.raw`^${EN_LEAD}?(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:${EN_ONE_PERSON}|fishermen|teen|pair|group|family|crew|boat|ship|vessel|drones?|submarine|tunnel)\b(?![-'’]|\s+(?:who|of|that|from)\b)|^${EN_LEAD}?(?:he|she|they)\s(?!said|says|told|added)|^(?:[가-힣]{1,4}\s)?[가-힣]{2,4}\s?\(\d{1,3}\)\s?씨|^(?:[^,]{1,40},\s+|${KO_LEAD})?(?:\S+\s(?:알려진|추정되는)\s)?(?:[A-Z]|[가-힣](?:\s?모)?)\s?씨(?:는|가)\s|^(?:[^,]{1,40},\s+|${KO_LEAD})?(?:(?:(?:(?:\d0\s?대|\d{1,2}\s?(?:세|살))인\s)?(?:이|그|해당)\s?(?:\d0\s?대\s|\d{1,2}\s?(?:세|살)\s)?(?:북한군?\s)?${KO_PERSON}(?:들)?|(?:(?:이|그|해당)\s?)?${KO_CRAFT}|${KO_BY_THEIR_ACT}|(?:${KO_PERSON}|이들)\s?(?:가운데|중)\s(?:[가-힣]+\s){0,3}?(?:\d+|한|두|세|네)\s?명)(?:은|는|이|가)|그(?:는|가)|이들(?:은|이)?|[가-힣]+에\s${KO_ABOARD_PARTICIPLE}\s(?:\d+|[가-힣]{1,2})\s?명(?:은|이)|(?:이들|(?:\d+|[가-힣]{1,2})\s?(?:사람|명))이\s${KO_ABOARD_PARTICIPLE}\s(?:목선|어선|선박|배)(?:은|는|이|가)?)\s`,
  'i',
);

/** A sentence opening with one person told again: "The soldier", "this man", "이 병사는". */
const ONE_PERSON = new RegExp(
  String.raw`^(?:[^,]{1,40},\s+)?(?:the|this)\s+(?:[\w-]+\s+){0,2}?${EN_ONE_PERSON}\b(?![-'’])|^(?:이|그|해당)\s(?:북한군\s)?(?:병사|군인|남성|여성|주민|하사|장교)(?:은|는|이|가)\s`,
  'i',
);

/**
 * "The five defectors", "all three", "이들은", "(조사 결과) A씨는", or a sentence opening with one of them: a sentence
 * telling the story again of the people it introduced.
 */
function toldAgain(
  alt: Ranked,
  id: string,
  story: string | undefined,
  telling: boolean,
  sentence: Claims,
  text: string,
): boolean {
  const who = sentence.who?.text ?? '';
  const inc = alt.candidates[0]?.incident;
  // "The soldier" is one person, not a unit of twenty that stepped over the line the same day.
  const people = (inc?.who ?? []).reduce((n, p) => n + (p.count ?? 1), 0);
  if (people >= 3 && ONE_PERSON.test(who || text)) return false;
  return (
    storyStands(alt, id, story, telling, TOLD_AGAIN_P) &&
    (/^(?:the|all|these|those|both)\b/i.test(who) ||
      namesOneOf(sentence.who, alt.candidates[0]!.incident) ||
      opensWithName(text, alt.candidates[0]!.incident) ||
      /(?:^|\s)(?:이들|이\s|그(?:\s|$)|해당|[가-힣A-Z]\s?(?:모\s?)?씨)/.test(who) ||
      OPENS_WITH_REFERENT.test(text))
  );
}

/** "Kang, it turned out, had crossed …", "Jenkins then walked …": a sentence whose subject is one of the record's people. */
const OPENING_NAME = /^(?:[^,]{1,40},\s+)?([A-Z][a-z]+)(?=,|\s+(?!said|says|told|tells|added|adds)[a-z]+\b)/;

function opensWithName(text: string, inc: Incident): boolean {
  const name = OPENING_NAME.exec(text)?.[1];
  return name !== undefined && namesOneOf({ text: name, start: 0, end: name.length, name }, inc);
}

/**
 * A sentence that tells the story's crossing itself (three of who, which way, where and how) and gets all of it right
 * is about that crossing whatever day it gives. (A date of another act in the story, a proposal or a visit, comes with
 * no such account.)
 */
function toldInFull(
  alt: Ranked,
  id: string,
  story: string | undefined,
  telling: boolean,
  checked: readonly CheckedClaim[],
): boolean {
  const agreeing = new Set(checked.filter((c) => c.verdict === 'agrees').map((c) => GROUP_OF[c.field]));
  const told = (['who', 'direction', 'place', 'method'] as const).filter((g) => agreeing.has(g)).length;
  return (
    storyStands(alt, id, story, telling) &&
    told >= 3 &&
    !checked.some((c) => c.field !== 'date' && c.verdict === 'contradicts')
  );
}

/** An undated place that another record of the same kind fits in its own words is right about that record. */
function placeOfAnother(w: Warning, r: { sentenceClaims: Claims; scored: readonly Scored[] }, inc: Incident): boolean {
  return GROUP_OF[w.field] === 'place' && !r.sentenceClaims.dates.length && toldOfAnother(r.scored, inc);
}

/**
 * Whether the sentence fits another record than `inc` (and its related ones) where it is and in its title's words,
 * with nothing against it (no way, who, date or kind of event it contradicts): "당시 … 철원 지역 … 철책이 잘린 것을 발견한 뒤 … 월북" after "2004년 10월 이후 처음".
 */
function toldOfAnother(scored: readonly Scored[], inc: Incident): boolean {
  return scored.some((s) => {
    const f = s.features;
    const id = s.profile.incident.id;
    return (
      id !== inc.id &&
      !inc.related?.includes(id) &&
      Boolean(f['place.agree']) &&
      (f['words.title'] ?? 0) >= 0.5 &&
      !Object.keys(f).some((k) => k.endsWith('.conflict') || k.endsWith('Conflict'))
    );
  });
}

/**
 * Whether a date the sentence gives is far from the incident's: a year stated outright more than a year off ("2007년 9월
 * 6일" in a sentence dated by its 2017 reports), or a day and month without a year more than a month off ("귀순 전날인 2월
 * 2일" told of a November crossing). A slip in a date is a few days, a weekday or a year; far off, it is another event's.
 */
function datedFarOff(claims: Claims, inc: Incident): boolean {
  const year = Number(inc.date.slice(0, 4));
  const day = dayNumber(inc.date);
  return claims.dates.some(
    (d) =>
      !d.reference &&
      (d.monthDay ? Math.abs(dayNumber(toISO(d.date)) - day) > 31 : !d.relative && Math.abs(d.date.year - year) > 1),
  );
}

function hasOwnAnchor(s: Scored): boolean {
  const f = s.features;
  return datesAgree(f) || Boolean(f['since.first'] || f['name.sentence']);
}

function toCandidate(s: Scored, p: number, weights: Readonly<Record<string, number>>): Candidate {
  const reasons = (Object.entries(s.features) as Array<[keyof typeof MODEL.weights, number]>)
    .map(([k, v]) => [k, (weights[k] ?? 0) * v] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k);
  return { incident: s.profile.incident, score: s.score, p, reasons, features: s.features };
}
