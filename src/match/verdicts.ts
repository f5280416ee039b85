import {
  isCrossingType,
  type Direction,
  type Method,
  type Nationality,
  type Origin,
  type Region,
  type Result,
  type Role,
} from '../data/enums';
import type { Incident, Person, Source } from '../data/schema';
import { roughlyCountedGroup } from '../data/people';
import { WISH, directionFor, type Claims, type Found, type WhoClaim } from './claims';
import { dayNumber, EN_CLOCK, toISO, type FoundDate } from './dates';
import { PLACES, RANK_WORDS, RESULT_WORDS, findAll, type Place } from './lexicon';
import { countFits, recordedCounts, roughCountFits } from './profile';

/**
 * The article's claims about an incident, checked against the record: each
 * claim agrees, is less precise, contradicts, or is not in the record. Only
 * contradictions become warnings ("Check this"), and only from the mention's
 * own sentence: a headline or a neighbouring sentence about someone else
 * never accuses the sentence at hand.
 */

export type ClaimField =
  'origin' | 'role' | 'rank' | 'count' | 'age' | 'direction' | 'region' | 'place' | 'date' | 'method' | 'result';
export type Verdict = 'agrees' | 'less-precise' | 'contradicts' | 'not-in-record';

export interface CheckedClaim {
  field: ClaimField;
  verdict: Verdict;
  /** The article's own words. */
  quote: string;
  /** What the article says, as a value of the model. */
  said: string | number;
  /** What the record says (values of the model), when it says anything. */
  record?: Array<string | number>;
}

export interface Warning extends CheckedClaim {
  verdict: 'contradicts';
  /** Who the record says crossed, for "the sources say a North Korean civilian". */
  person?: Person;
  sources: readonly Source[];
}

const SAID_OR_TOLD =
  /\b(?:said|says|announced|disclosed|told|reported|confirmed|added|stated|revealed|according|made\s+public|apologi[sz]ed|admitted|acknowledged)\b[^.]{0,25}$|밝혔|전했|발표/;
/** "The military on Monday laid out what it believes happened": a date right before what someone says dates the saying. */
const STATED_AFTER =
  /^\s*(?:laid\s+out|said|says|told|announced|disclosed|confirmed|revealed|reported|briefed|explained|released|made\s+public)\b/i;
/**
 * "합참은 5일 …고 밝혔다", "국방부 장관이 15일 … 사과했다", "조선중앙TV가 지난 26일 … 보도하면서": a Korean date right after who
 * speaks dates the statement.
 */
const KO_SPEAKER_DATE =
  /[가-힣)]+(?:은|는)\s*$|(?:장관|의장|총장|대변인|관계자|실장|청장|위원장|대통령|총리|TV|통신|매체|방송|신문)(?:이|가)\s*$/;
/** "… 사건과 관련해 15일 공식 사과했다": a date after what a statement concerns dates the statement. */
const KO_CONCERNING_BEFORE = /(?:관련(?:해|하여)|대해|대하여)\s*$/;
const KO_STATEMENT =
  /(?:밝혔|밝히|전했|발표|말했|설명했|알렸|공개했|공개하|판단(?:했|한다고)|보고했|사과했|인정했|답변했|보도|고개를\s?숙)/;
/** "2011.10.05" opening or closing a text: a listed story's date, not its event's. */
const LIST_ENTRY_DATE = /^\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\.?$/;
/** "8월 말 탈북을 결심하고", "in late August he decided to defect": the day of a decision, not of the crossing. */
const DECIDED_AFTER = /^[^.,;]{0,12}?(?:결심|마음을\s?먹|decided|made\s+up\s+(?:his|her|their)\s+minds?)/;
/** A river told by its course: "flows through …", "before emptying into …" (and, after the sea, "서해로 흘러드는"). */
const RIVER_COURSE = /\b(?:flows?|flowing|empt(?:ies|ying)|drains?|runs\s+(?:into|through))\b[^.,;]{0,50}$/i;
/** "16일과 17일 두 차례 … 추진했지만": days listed together tell of tries or steps, not the one event. */
const LISTED_DAYS = /^\s*(?:과|와|및|,|and)\s*(?:지난\s?)?\d{1,2}\s*(?:일|th|st|nd|rd)/;
const LISTED_DAYS_BEFORE = /\d{1,2}\s*(?:일|th|st|nd|rd)?\s*(?:과|와|및|,|and)\s*$/;
/** "판문점 연락 채널", "the western military hotline", "판문점에서 확성기로": the lines the two sides talk through. */
const CHANNEL =
  /연락\s?(?:채널|사무소|관)|통신선|통지문|\b(?:channel|hotline|liaison)\b|(?:판문점|panmunjom)\s?(?:을|를)?\s?(?:통해|through|via)[^.]{0,40}?(?:알리|알렸|통보|통지|notif|inform|told|message)|(?:판문점|panmunjom)\s?(?:에서|at)?\s?[^.]{0,12}?(?:확성기|loudspeaker|megaphone)/i;
const FOLLOW_UP = String.raw`(?:\b(?:sentenced|charged|indicted|convicted|acquitted|arrested|detained|released|freed|expelled|questioned|interrogated|testified|pleaded|ruled|court|trial|hearing)\b|선고|기소|재판|구속|체포|석방|판결|심문|진술)`;
/** "who enlisted in January 2021", "2021년 1월 입대한": a date of the person's life, not of the crossing. */
const LIFE_EVENT_BEFORE =
  /\b(?:enlisted|joined\s+(?:the\s+)?(?:army|military|navy|air\s+force|unit)|(?:was|were)\s+born|graduated|married)\b[^.,;]{0,12}$/i;
const LIFE_EVENT_AFTER = /^\s*(?:에\s?)?(?:입대|태어나|태어난|태어났|졸업|결혼)/;
/** "사건 이튿날인 3일", "닷새 뒤인 7일", "the next day, Oct. 3": a day told as one after the event, so not the event's. */
const DAY_AFTER_BEFORE =
  /(?:이튿날|다음\s?날|(?:이틀|사흘|나흘|닷새|엿새|\d+\s?일)\s?(?:뒤|후|만))인?\s*$|\b(?:the\s+(?:next|following)\s+day|(?:a|one|two|three|four|five|\d+)\s+days?\s+later),?\s*(?:on\s+)?$/i;
const FOLLOW_UP_BEFORE = new RegExp(String.raw`${FOLLOW_UP}[^.,;]{0,20}$`, 'i');
const FOLLOW_UP_AFTER = new RegExp(String.raw`^[^.,;]{0,20}${FOLLOW_UP}`, 'i');
/** "지난 7일 합참이 … 귀순 사실을 공개하면서": the day the fact came out (not "지난 7일 귀순한 사실이 공개됐다"). */
const KO_FACT_DISCLOSED =
  /^(?![^.,]{0,50}?(?:귀순|월북|월남|탈북|넘어|건너|헤엄쳐)(?:한|온|간|은|왔던|갔던)\s?사실)[^.,]{0,50}?사실(?:을|이)\s?(?:공개|발표|확인|알려|밝혀|공표)/;
/** "The last such defection there was in 2007", "a soldier last got away through the JSA in 2007": an earlier one. */
const LAST_BEFORE =
  /\bthe\s+last\s+(?:such|one|time)\b|\blast\s+(?:got\s+away|defected|crossed|fled|happened|occurred|took\s+place)\b/i;
/** A clause set off by commas that tells something else of someone ("…, a scout who enlisted in 2021, …"). */
const ASIDE_CLAUSE = /,\s[^,]{0,60}?\b(?:who|which|whose)\s[^,]{1,80},/g;
/** "… 사실이 지난 7일 공개됐다", "넘어온 것으로 16일 확인됐다", "북한이 지난달 26일 관영매체를 통해 공개하기 전까지": the day it came out, not the day it happened. */
const KO_DISCLOSED_AFTER =
  /^\s*(?:에\s?)?(?:(?![가-힣]*(?:귀순|월북|월남|넘|건너|헤엄|탈북|표류))[가-힣A-Za-z·]+\s){0,3}?(?:공개|발표|알려지|알려졌|드러나|드러났|공표|보도|확인(?:됐|되|했)|밝혀(?:졌|지)|전해졌)/;
/**
 * "귀순 당시 상황을 설명했다", "귀순한 경위를 캐물었다", "병사가 귀순한 … 소초 앞에서", "the circumstances of his defection": the
 * crossing as what another act looks back to (not "철책을 넘은 뒤 … 소초", what he did next).
 */
const RECALLED_CROSSING =
  /(?:귀순|월북|월남|탈북|넘어올|넘어온|넘을|넘은|귀순한|월북한)\s?(?:당시|때|경위|과정|배경|이유|동기)|(?:귀순한|넘어온|넘은|월북한)\s(?!뒤|후|다음)(?:[가-힣\d]+\s){0,5}?(?:소초|초소|GP|GOP|철책|현장|지점|곳|장소)|\b(?:at\s+the\s+time|the\s+moment|the\s+night|the\s+day|(?:the\s+)?circumstances|(?:the\s+)?details|(?:the\s+)?reasons?)\s+(?:of|for|behind)\s+(?:the|his|her|their)\s+(?:defection|crossing|escape)/i;

function check(
  field: ClaimField,
  quote: string,
  said: string | number,
  record: Array<string | number> | undefined,
  verdict: Verdict,
): CheckedClaim {
  return { field, verdict, quote, said, ...(record?.length ? { record } : {}) };
}

/** "the pair had crossed", "넘어왔던": a crossing told as before the act the sentence tells of (not "a boat that had …"). */
const EARLIER_CROSSING =
  /(?<!\b(?:that|which)\s)\bhad\s+(?:\w+\s+)?(?:crossed|entered|defected|strayed|drifted|swum|walked|fled)\b|(?:넘어왔|넘어갔|넘었|월북했|귀순했|표류했)던/i;

/** Ranks that name one grade each, as against "sergeant", "NCO" or "private" said of any of several. */
const EXACT_RANKS = new Set([
  'staff sergeant',
  'sergeant first class',
  'master sergeant',
  'first sergeant',
  'private first class',
  'private second class',
  'specialist',
]);

/** "A low-ranking soldier": read as a private, though it says only that he was no officer. */
const LOW_RANKING = /\blow[- ]ranking\b/i;

/** The words of a person's name, lower-cased: "Joseph T. White" → joseph, t., white. */
export const nameParts = (name: string) => name.toLowerCase().split(/[\s-]+/);

/** Whether the name a text gives someone ("King", "Sgt. White") is that of one of the record's people. */
export function namesOneOf(who: WhoClaim | undefined, inc: Incident): boolean {
  if (!who?.name) return false;
  const named = new Set((inc.who ?? []).flatMap((p) => (p.name ? nameParts(p.name) : [])));
  return nameParts(who.name).every((t) => named.has(t));
}

/** The same country under another name: a Soviet citizen is often called Russian. */
const SAME_COUNTRY: Partial<Record<Nationality, Nationality>> = { russia: 'soviet-union' };

/** A country the text gives someone of another origin fits the record unless the record names theirs and it differs. */
function nationalityFits(who: WhoClaim, people: readonly Person[]): boolean {
  if (!who.nationality) return true;
  const recorded = people.filter((p) => p.origin === 'other').map((p) => p.nationality);
  const said = SAME_COUNTRY[who.nationality] ?? who.nationality;
  return recorded.some((n) => n === undefined || (SAME_COUNTRY[n] ?? n) === said);
}

/** `inClause`: the crosser is told in the mention's own clause (not another clause of the sentence). */
function whoClaims(who: WhoClaim, inc: Incident, inClause: boolean): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  const people = inc.who ?? [];
  if (!people.length) return out;
  // Someone named whom the record does not name is another person ("Kim, 54, a fisherman who saw him land").
  if (who.name && !namesOneOf(who, inc)) return out;
  const q = who.text;
  const counted = recordedCounts(inc);
  if (who.origin) {
    const origins = people.map((p) => p.origin);
    // "The seven South Korean fishermen" of a crew of four South Koreans and three Chinese: the whole group given
    // one origin that only part of it had.
    const ofOrigin = people.filter((p) => p.origin === who.origin).reduce((n, p) => n + (p.count ?? 1), 0);
    const wholeGroup = who.count !== undefined && !who.approx && counted?.total === who.count && ofOrigin < who.count;
    out.push(
      check(
        'origin',
        q,
        who.nationality ?? who.origin,
        origins,
        origins.includes(who.origin) && !wholeGroup && nationalityFits(who, people) ? 'agrees' : 'contradicts',
      ),
    );
  }
  if (who.role) {
    const roles = people.map((p) => p.role);
    const soldier = who.role === 'soldier';
    // A fisherman called an official (or the reverse) is as wrong as a civilian called a soldier; "civilian" fits any.
    const ok = roles.some((r) =>
      soldier ? r === 'soldier' : r !== 'soldier' && (who.role === 'civilian' || r === 'civilian' || r === who.role),
    );
    out.push(
      check('role', q, who.role, roles, !ok ? 'contradicts' : roles.includes(who.role) ? 'agrees' : 'less-precise'),
    );
  }
  if (who.rank) {
    const ranks = people.flatMap((p) => (p.rank ? [p.rank.toLowerCase()] : []));
    if (!ranks.length) out.push(check('rank', q, who.rank.key, undefined, 'not-in-record'));
    else if (ranks.some((r) => r.includes(who.rank!.key))) out.push(check('rank', q, who.rank.key, ranks, 'agrees'));
    else {
      const grades = ranks.map((r) => findAll(RANK_WORDS, r)[0]?.value.grade);
      // A staff sergeant called a sergeant first class is wrong; called a sergeant or an NCO, only less precise.
      // A corporal is no private of any class (the reverse is not read: "low-ranking" is read as a private).
      const exact =
        (EXACT_RANKS.has(who.rank.key) && ranks.some((r) => EXACT_RANKS.has(r))) ||
        (who.rank.key === 'corporal' && ranks.some((r) => r.startsWith('private')));
      // "A low-ranking soldier" (read as a private) is loose, not wrong, of a staff sergeant, the lowest NCO rank.
      const loose = LOW_RANKING.test(q) && ranks.every((r) => r === 'staff sergeant');
      out.push(
        check(
          'rank',
          q,
          who.rank.key,
          ranks,
          (grades.includes(who.rank.grade) && !exact) || loose ? 'less-precise' : 'contradicts',
        ),
      );
    }
  }
  // A group the record counts only roughly ("about 10 soldiers", "20 to 30"): checked only on a count told in the
  // mention's own clause, as such groups are often listed ("10명가량이 …을 넘었고, 지난달 19일에는 … 20여 명이").
  const rough = roughlyCountedGroup(inc);
  if (who.count !== undefined && rough) {
    const fits = roughCountFits({ count: who.count, approx: who.approx }, rough);
    if (inClause) out.push(check('count', q, who.count, [rough.count!], fits ? 'agrees' : 'contradicts'));
  } else if (who.count !== undefined || who.part !== undefined) {
    // "one of the four", "two of them": any group's size or the total agrees.
    if (!counted) out.push(check('count', q, (who.count ?? who.part)!, undefined, 'not-in-record'));
    // "선원 가운데 2명은", "선원 5명 가운데 2명은": some of a group, which may hold more than the record's people (two
    // boats rescued together): the part is checked, no more than the record's people and at best one of its groups.
    else if (who.part !== undefined || PART_OF_GROUP.test(who.text)) {
      const part = { count: (who.part ?? who.count)!, approx: who.approx };
      const verdict = countFits(part, counted) ? 'agrees' : part.count < counted.total ? 'less-precise' : 'contradicts';
      out.push(check('count', q, part.count, [counted.total], verdict));
    } else if (who.count !== undefined)
      out.push(
        check(
          'count',
          q,
          who.count,
          [counted.total],
          countFits({ count: who.count, approx: who.approx }, counted) ? 'agrees' : 'contradicts',
        ),
      );
  }
  if (who.age !== undefined) {
    const aged = people.flatMap((p) =>
      p.age ? [{ p, span: [p.age, p.age] as const }] : p.ageRange ? [{ p, span: p.ageRange }] : [],
    );
    const ages = aged.map((x) => x.span);
    // Two people's ages told together are checked each against the record's people.
    const said = who.ageSpans ?? [[who.age, who.ageTo ?? who.age] as const];
    const span = ([a, b]: readonly [number, number]) => (a === b ? String(a) : `${a}–${b}`);
    // Ages overlap, an exact one within a year either side for a Korean: a Korean count of age runs a year ahead; no
    // one counts a foreigner's so ("King, 24," of a 23-year-old American). (Two decades overlap only where they meet,
    // 20s and 30s not at all.)
    const fits = ([from, to]: readonly [number, number]) =>
      aged.some(({ p, span: [a, b] }) => {
        const korean = p.origin === undefined || p.origin === 'north-korea' || p.origin === 'south-korea';
        const slack = korean && (a === b || from === to) ? 1 : 0;
        return a <= to + slack && b >= from - slack;
      });
    out.push(
      check(
        'age',
        q,
        said.length === 1 && said[0]![0] === said[0]![1] ? said[0]![0] : said.map(span).join(', '),
        ages.map(([a, b]) => (a === b ? a : span([a, b]))),
        !ages.length ? 'not-in-record' : said.every(fits) ? 'agrees' : 'contradicts',
      ),
    );
  }
  return out;
}

/** "선원 가운데 2명", "이들 중 1명", "two of the crew": a part of a group named before it. */
const PART_OF_GROUP =
  /(?:가운데|중)\s(?:[가-힣]+\s){0,3}?(?:\d+|한|두|세|네|다섯)\s?명|\b(?:one|two|three|four|five|six|\d+)\s+of\s+(?:the|them|those|these)\b/i;

/** "4일 송환", "repatriated on March 4": the day of a return. */
const RETURN_AFTER = /^\s*(?:에\s?)?(?:송환|북송|돌려보내|돌려보낸|인계|추방)/;
const RETURN_BEFORE =
  /\b(?:repatriated|sent\s+(?:\w+\s+)?back|handed\s+(?:\w+\s+)?back|deported|expelled)\s+(?:on\s+)?$/i;

/** What a sentence may tell of an incident besides the crossing itself: a return, a hand-over, a sentence, a death. */
const LATER_EVENTS: ReadonlySet<string> = new Set(['repatriation', 'visit']);

/**
 * The dates of a sentence that can date the crossing itself: not a point of reference ("since April"), nor the day of
 * a report ("said on Monday", "합참은 5일 …고 밝혔다", "지난 7일 공개됐다", a list entry's "2012.10.15"), of a court's or
 * an inquiry's act ("was charged on Friday", "귀순한 경위를 캐물었다"), of an aside about the person ("…, a scout who
 * enlisted in 2021, …"), or of an earlier one ("the last such defection … in 2007").
 */
/** "'노크 귀순' 현장": the site of a crossing known by its name, visited or shown on another day. */
const NAMED_CROSSING_SITE = /(?:귀순|월북|탈북)['’"”]\s?(?:현장|지점|장소)/;

/** Two places of the same kind (islands, or counties and cities), neither within the other nor a landmark. */
function peers(a: Place, b: Place): boolean {
  return (
    !a.landmark &&
    !b.landmark &&
    Boolean(a.island) === Boolean(b.island) &&
    a.within !== b.key &&
    b.within !== a.key &&
    (a.within === undefined || a.within !== b.within)
  );
}

/** "'노크 귀순' 사건과 관련해 사과했다": the crossing named as an incident that another act concerns. */
const KO_NAMED_INCIDENT = /(?:귀순|월북|월남|탈북)['’"”]?\s?사건(?:과|에|을|으로|\s?(?:이후|뒤|후|관련|당시|직후))/;
const HAPPENED = /발생|일어난|벌어진|있었던/;

function crossingDates(dates: readonly FoundDate[], sentence: string): FoundDate[] {
  if (LAST_BEFORE.test(sentence) || NAMED_CROSSING_SITE.test(sentence)) return [];
  const recalled = RECALLED_CROSSING.exec(sentence);
  const named = KO_NAMED_INCIDENT.exec(sentence);
  const asides = [...sentence.matchAll(ASIDE_CLAUSE)].map((m) => [m.index, m.index + m[0].length] as const);
  return dates.filter((d) => {
    const before = (n: number) => sentence.slice(Math.max(0, d.start - n), d.start);
    const after = (n?: number) => sentence.slice(d.end, n === undefined ? undefined : d.end + n);
    return !(
      d.reference ||
      asides.some(([a, b]) => d.start >= a && d.end <= b) ||
      SAID_OR_TOLD.test(before(40)) ||
      STATED_AFTER.test(after(20)) ||
      KO_DISCLOSED_AFTER.test(after(30)) ||
      KO_FACT_DISCLOSED.test(after(60)) ||
      FOLLOW_UP_BEFORE.test(before(30)) ||
      DAY_AFTER_BEFORE.test(before(16)) ||
      LIFE_EVENT_BEFORE.test(before(40)) ||
      LIFE_EVENT_AFTER.test(after(8)) ||
      FOLLOW_UP_AFTER.test(after(30)) ||
      (d.start <= 2 && LIST_ENTRY_DATE.test(sentence.slice(0, d.end))) ||
      LIST_ENTRY_DATE.test(sentence.slice(d.start)) ||
      DECIDED_AFTER.test(after(16)) ||
      LISTED_DAYS.test(after(12)) ||
      LISTED_DAYS_BEFORE.test(before(12)) ||
      // A day before the named incident dates the act about it, unless it says the incident happened then; so does a
      // day after it ("'노크 귀순' 사건과 관련해 … 15일 대국민 사과를 했다"), unless it is the incident's own ("사건 당시").
      (named &&
        (d.end <= named.index
          ? !HAPPENED.test(sentence.slice(d.end, named.index))
          : !named[0].includes('당시') && !HAPPENED.test(after(20)))) ||
      // Only a date right before "귀순 당시" is the crossing's; any other dates the act that recalls it.
      (recalled && (d.end > recalled.index || recalled.index - d.end > 15)) ||
      ((KO_SPEAKER_DATE.test(before(12)) || KO_CONCERNING_BEFORE.test(before(12))) && KO_STATEMENT.test(after()))
    );
  });
}

/** "25일 오전 9시 55분께", "17일 새벽 1시 5분쯤", "아침": the clock (or part of the day) said right after a Korean date. */
const KO_CLOCK_AFTER =
  /^\s*(?:\([^)]{1,3}\)\s*)?(?:(새벽|오전|오후|아침|낮|저녁|밤)?\s?(\d{1,2})\s?시(?:\s?(\d{1,2})\s?분)?|(낮|오전|오후|아침)|(새벽))/;
const KO_AFTERNOON = new Set(['오후', '저녁', '밤']);

/**
 * Minutes after midnight of a Korean clock: "오후 3시" is 15:00 and "밤 11시" 23:00, but "밤 2시" 02:00; "낮 12시" is noon
 * and "낮 1시" 13:00.
 */
function koMinutes(period: string | undefined, hourText: string, minuteText?: string): number {
  const hour = Number(hourText) % 12;
  const pm =
    period !== undefined &&
    ((KO_AFTERNOON.has(period) && (period !== '밤' || hour >= 6)) || (period === '낮' && hour < 6));
  return (hour + (pm ? 12 : 0)) * 60 + Number(minuteText ?? 0);
}

/** Minutes after midnight of an English clock's match: hour, minutes, "a" or "p". */
function enMinutes(m: RegExpMatchArray): number {
  return ((Number(m[1]) % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(m[2] ?? 0);
}

/**
 * The clock times said beside a date, in minutes after midnight ("at 3:30 p.m. on June 25", "25일 오후 3시"), or
 * the part of the day told without an hour: 'day' ("14일 아침"), 'small-hours' ("17일 새벽").
 */
function clocksBeside(sentence: string, d: FoundDate): Array<number | 'day' | 'small-hours'> {
  const ko = KO_CLOCK_AFTER.exec(sentence.slice(d.end, d.end + 24));
  if (ko) {
    if (ko[4]) return ['day'];
    if (ko[5]) return ['small-hours'];
    return [koMinutes(ko[1], ko[2]!, ko[3])];
  }
  const near = sentence.slice(Math.max(0, d.start - 30), d.end + 30);
  return [...near.matchAll(EN_CLOCK)].map(enMinutes);
}

/** "오전 9시 50분께", "낮 12시10분께": a Korean clock told to the minute. */
const KO_MINUTE_CLOCK = /(새벽|오전|오후|아침|낮|저녁|밤)?\s?(\d{1,2})\s?시\s?(\d{1,2})\s?분/g;

/**
 * Whether a sentence tells a time of the incident's own to the minute (give or take five): "이날 오전 9시 50분께 …
 * NLL을 넘었다" of a record timed 09:50. A day's events are seldom timed alike, so it tells that incident. With
 * `crossing`, only the record's own time (the crossing's) told with a crossing: "오후 10시40분께 군사분계선을 넘어".
 */
export function toldAtItsClock(sentence: string, inc: Incident, crossing = false): boolean {
  if (crossing && !CROSSING_ANYWHERE.test(sentence)) return false;
  const steps = crossing ? [] : (inc.timeline ?? []).map((s) => s.time);
  const recorded = [inc.time, ...steps].flatMap((t) => (t ? [minutesOf(t)] : []));
  if (!recorded.length) return false;
  const told = [
    ...[...sentence.matchAll(KO_MINUTE_CLOCK)].map((m) => koMinutes(m[1], m[2]!, m[3])),
    ...[...sentence.matchAll(EN_CLOCK)].filter((m) => m[2] !== undefined).map(enMinutes),
  ];
  return told.some((t) => recorded.some((r) => Math.abs(t - r) <= 5));
}

/** "새벽": from midnight to six. */
const SMALL_HOURS_END = 6 * 60;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function inDay(minutes: number): boolean {
  return minutes >= 4 * 60 && minutes < 20 * 60;
}

/** A verb of crossing next to a date, with no other act told between ("10월 4일 아침, … 군사분계선을 넘은"). */
const CROSSING_VERB = String.raw`(?:넘었|넘은|넘는|(?:넘어|건너|헤엄쳐)\s?(?:(?:남측|남쪽|북측|북쪽)\S{0,2}\s)?(?:와|왔|온|갔|간|내려\s?(?:와|왔|온)|올라\s?(?:가|갔|간)|귀순|월북|월남)|건넜|걸어\s?(?:와|왔|온)|\bcrossed\b|\b(?:walked|ran|swam|dashed|slipped|stepped|crept|sneaked|made\s+it)\s+(?:across|over)\b|\bmade\s+(?:his|her|their)\s+(?:\w+\s+)?dash\b|\bdefected\b)`;
const CROSSING_AFTER = new RegExp(String.raw`^[^.;]{0,100}?${CROSSING_VERB}`, 'i');
/** A crossing told anywhere in a sentence, also as a step ("군사분계선을 넘어 남측 지역으로 들어왔다"). */
const CROSSING_ANYWHERE = new RegExp(String.raw`${CROSSING_VERB}|(?:넘어|건너)\s`, 'i');
/** "… crossed the MDL into the South on Aug. 18": a verb of crossing before the date. */
const CROSSING_BEFORE = new RegExp(String.raw`${CROSSING_VERB}[^.;]{0,60}$`, 'i');
const OTHER_ACT = /제안|발표|밝혔|말했|회담|보도|\bproposed\b|\bannounced\b|\bsaid\b|\breported\b/i;

/** The words of the crossing a date goes with, if it goes with one, with what follows its verb ("넘어와 귀순한"). */
function crossingOf(before: string, after: string): string | undefined {
  const next = CROSSING_AFTER.exec(after);
  const m = next ?? CROSSING_BEFORE.exec(before);
  if (m === null || OTHER_ACT.test(m[0])) return undefined;
  return next ? after.slice(0, m[0].length + 6) : m[0];
}

/** Whether a return is told soon after a date: "… 판문점을 통해 북측으로 추방됐다", "… were deported through Panmunjom". */
function returnFollows(after: string): boolean {
  return findAll(RESULT_WORDS, after.slice(0, 80)).some(
    (r) => r.value === 'repatriated' && r.start <= 50 && !/[.;]/.test(after.slice(0, r.start)),
  );
}

/** Someone's defection: never itself what a record of an event nobody crossed in (a tunnel found, a shelling) tells. */
const DEFECTED = /귀순|월북|월남|\bdefected\b/i;

/**
 * A date written out and one part off the record's (the year, the month or the day) told next to the crossing itself
 * ("Abshier made his dash across the DMZ on 28 May 1963", "2000년 6월 15일 … 북방한계선을 넘어온", "넘은 건 지난 18일
 * 토요일 오전 7시 반쯤"): the record's crossing misdated, not another act.
 */
export function misdatedCrossing(checked: readonly CheckedClaim[], sentence: string, inc: Incident): boolean {
  if (inc.datePrecision !== 'day') return false;
  const [y, m, d] = inc.date.split('-');
  return checked.some((c) => {
    // Written out ("지난 18일", "Oct. 18"): a weekday is counted from the page's date, which may be a time zone off.
    if (c.field !== 'date' || c.verdict !== 'contradicts' || typeof c.said !== 'string' || !/\d/.test(c.quote))
      return false;
    const [sy, sm, sd] = c.said.split('-');
    if (sd === undefined) return false;
    const at = sentence.indexOf(c.quote);
    // A day's number alone takes its month from the page: only a day or two off is a slip of that day.
    const slip = /\d{4}/.test(c.quote) || Math.abs(Number(sd) - Number(d)) <= 2;
    return (
      slip &&
      [sy === y, sm === m, sd === d].filter(Boolean).length === 2 &&
      at >= 0 &&
      crossingOf(sentence.slice(0, at), sentence.slice(at + c.quote.length)) !== undefined
    );
  });
}

function dateClaims(
  dates: readonly FoundDate[],
  clause: Claims,
  sentence: string,
  inc: Incident,
  published?: string,
): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  // A sentence telling the crossing is dated by the crossing and the journey to it, not by what
  // followed (the investigation, a visit to the post, the return): those days only for a sentence that tells them.
  const later =
    (clause.result && clause.result.value !== 'stayed') || clause.events.some((e) => LATER_EVENTS.has(e.value));
  const last = dayNumber(inc.date) + 1;
  const recordDays = [inc.date, ...(inc.timeline ?? []).map((s) => s.date)].map(dayNumber);
  const days = recordDays.filter((d) => later || d <= last);
  // A return's record is dated by the return: "saying the pair had crossed the border illegally on May 11" dates
  // the crossing that came before it.
  if (inc.type === 'repatriation' && EARLIER_CROSSING.test(sentence)) return out;
  // The record dates no return of its own: a day told for the return ("나머지 4일 송환", planned or done) cannot be checked.
  const returnUndated = !recordDays.some((x) => x > last);
  for (const d of crossingDates(dates, sentence)) {
    // "1975년 3월 5일 … 넘어와 귀순한": the defector who told of the tunnel crossed on a day of his own.
    const crossed = crossingOf(sentence.slice(0, d.start), sentence.slice(d.end));
    if (crossed !== undefined && !isCrossingType(inc.type) && DEFECTED.test(crossed)) continue;
    if (
      returnUndated &&
      (RETURN_AFTER.test(sentence.slice(d.end, d.end + 12)) ||
        RETURN_BEFORE.test(sentence.slice(Math.max(0, d.start - 30), d.start)))
    )
      continue;
    // A day without a year, read long after the event (an anniversary piece, a timeline), may have taken the wrong year.
    // "Four years ago" is too rough to check, and dates what a clause looks back on as often as the event.
    if (d.date.approx) continue;
    const yearless = d.relative || d.monthDay;
    if (yearless && (!published || dayNumber(published) - dayNumber(inc.date) > 60)) continue;
    const quote = sentence.slice(d.start, d.end);
    const said = toISO(d.date).slice(0, d.date.day ? 10 : d.date.month ? 7 : 4);
    const record = [inc.date.slice(0, inc.datePrecision === 'day' ? 10 : inc.datePrecision === 'month' ? 7 : 4)];
    if (d.date.day !== undefined && inc.datePrecision === 'day') {
      const clocks = clocksBeside(sentence, d);
      const timed = [{ date: inc.date, time: inc.time }, ...(inc.timeline ?? [])].flatMap((s) =>
        s.time ? [{ day: dayNumber(s.date), minutes: minutesOf(s.time) }] : [],
      );
      const recordTimes = timed.map((t) => t.minutes);
      // "2일 오후 6시40분께" against a record of 18:40 on the 1st: the clock says which of the record's days it is.
      const sameClock = timed.filter((t) => clocks.some((c) => typeof c === 'number' && Math.abs(c - t.minutes) <= 60));
      // Two days off is no clock's doing where the date goes on to the crossing itself ("10월 4일 … 군사분계선을 넘은");
      // elsewhere the day may be another act's (a proposal two days before an incursion).
      // Of a return's record, the return is its crossing ("2019년 11월 5일 판문점을 통해 북측으로 추방됐다").
      const crossing = crossed !== undefined || (inc.type === 'repatriation' && returnFollows(sentence.slice(d.end)));
      // A crossing the record times inside its day is told by that day, not by the next (the day it was made public).
      const daytime = crossing && inc.time !== undefined && inDay(minutesOf(inc.time));
      // A date told with no crossing may be any step's the record gives ("지난 9일 … 말한 거동 수상자", the day he was found).
      const comparedDays = daytime ? days.filter((x) => x <= dayNumber(inc.date)) : crossing ? days : recordDays;
      const gap = Math.min(
        ...(sameClock.length ? sameClock.map((t) => t.day) : comparedDays).map((x) =>
          Math.abs(x - dayNumber(toISO(d.date))),
        ),
      );
      // A day off is read as the report's clock (a night crossing, another time zone, a weekday counted from the
      // page's date) unless the record's time is well inside its day.
      // Nor is it where the text reads the record's own clock (within the hour): the same clock, another day.
      const midday =
        (inc.time !== undefined && inDay(minutesOf(inc.time))) ||
        clocks.some((c) => {
          if (c === 'day') return true;
          if (c === 'small-hours') return recordTimes.some((t) => t < SMALL_HOURS_END);
          return inDay(c) || recordTimes.some((t) => Math.abs(c - t) <= 60);
        });
      // A weekday or "yesterday" is counted from the page's own date, which may be a day off; a day's number is not.
      const counted = d.relative && !d.monthDay && !/\d/.test(quote);
      const verdict =
        gap === 0
          ? 'agrees'
          : gap > 2 || (!counted && ((gap === 1 && midday) || (gap === 2 && crossing)))
            ? 'contradicts'
            : 'less-precise';
      out.push(check('date', quote, said, record, verdict));
    } else {
      const sameYear = Number(inc.date.slice(0, 4)) === d.date.year;
      const sameMonth =
        d.date.month === undefined || inc.datePrecision === 'year' || Number(inc.date.slice(5, 7)) === d.date.month;
      out.push(check('date', quote, said, record, sameYear && sameMonth ? 'agrees' : 'contradicts'));
    }
  }
  // A clause that gets the date right and names another ("the man who had crossed in 2020 crossed again on 1 January")
  // uses the other for another event.
  return agreementExcuses(out);
}

/** Claims of one field where one agrees: the others tell another step or event, not a contradiction. */
function agreementExcuses(claims: CheckedClaim[]): CheckedClaim[] {
  return claims.some((c) => c.verdict === 'agrees') ? claims.filter((c) => c.verdict !== 'contradicts') : claims;
}

const ON_FOOT: readonly Method[] = ['walked', 'ran', 'climbed-fence'];
/** Ways past the fence itself (over, through or under it), as against ways across the line or the water. */
const PAST_FENCE: readonly Method[] = ['climbed-fence', 'cut-fence', 'drain'];

const EXCLUSIVE_METHODS: Partial<Record<Method, readonly Method[]>> = {
  swam: ['walked', 'boat', 'vehicle', 'ran'],
  boat: ['walked', 'swam', 'ran', 'vehicle', 'climbed-fence', 'cut-fence'],
  walked: ['swam', 'boat', 'vehicle'],
  // Driven across is not walked across; but one who ran to a car (or from it) ran too.
  vehicle: ['walked', 'swam', 'boat'],
  // Past a fence over it, through it or under it.
  'climbed-fence': ['cut-fence', 'drain'],
  'cut-fence': ['climbed-fence', 'drain'],
  drain: ['climbed-fence', 'cut-fence'],
};

/**
 * Checks what one sentence (the clause of the mention for where, when and
 * which way; the sentence's crosser for who) says against an incident.
 */
export function checkClaims(
  inc: Incident,
  clause: Claims,
  sentence: Claims,
  sentenceText: string,
  published?: string,
): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  const people = inc.who ?? [];
  // Who: the mention's own clause's crosser where it names one ("'노크 귀순', 그리고 … 북한 남성이 … '오리발 귀순'"),
  // read over the whole sentence when it is the sentence's crosser (what the sentence's predicate says of him counts).
  const same = clause.who && sentence.who?.start === clause.who.start && sentence.who.text === clause.who.text;
  const who = same ? sentence.who : (clause.who ?? sentence.who);
  // Of an event nobody crossed in, whose people are the South's (those the mines or the shells hurt), whoever the
  // sentence says came south is someone else: "북한군이 군사분계선을 넘어와 … 묻은 목함지뢰".
  const crossedInNone =
    inc.direction === 'none' &&
    (clause.direction ?? sentence.direction)?.value === 'north-to-south' &&
    people.every((p) => p.origin !== 'north-korea');
  if (who && !crossedInNone) out.push(...whoClaims(who, inc, clause.who !== undefined));

  const direction = directionFor(clause, inc);
  // "… 북쪽으로 돌아간 것으로", "went back north", "북쪽으로 물러갔다": of people who had come (or a boat, a patrol that came
  // south and turned back), that tells what became of them (checked as such), not which way they came.
  const goingBack =
    direction !== undefined &&
    inc.type !== 'repatriation' &&
    (people.some((p) => p.result) || inc.direction === 'north-to-south') &&
    (/^\s?(?:돌아|물러)(?:갔|간|가겠|가기|가고|갈|났|난)/.test(sentenceText.slice(direction.end, direction.end + 6)) ||
      /\b(?:back|retreated|withdrew)\b/i.test(sentenceText.slice(Math.max(0, direction.start - 10), direction.end)));
  // "입북한 주원문씨, 판문점 통해 귀환", "the man, who had crossed into the North, was handed back": of a return, the
  // crossing that came before it, told of the person.
  const before =
    direction !== undefined &&
    inc.type === 'repatriation' &&
    (/^[가-힣]*?(?:한|했던|던|온|간)\s/.test(sentenceText.slice(direction.start, direction.end + 4)) ||
      EARLIER_CROSSING.test(sentenceText.slice(Math.max(0, direction.start - 30), direction.end)));
  if (direction && inc.direction !== 'none' && !goingBack && !before) {
    const d: Direction = direction.value;
    out.push(
      check(
        'direction',
        sentenceText.slice(direction.start, direction.end),
        d,
        [inc.direction],
        d === inc.direction ? 'agrees' : 'contradicts',
      ),
    );
  }

  // A sentence about the lines the two sides talk through ("판문점 연락 채널과 서해 군 통신선") names them, not
  // where anyone crossed: its regions and Panmunjom are not checked.
  const channel = CHANNEL.test(sentenceText);
  // "판문점을 거쳐 북측으로 돌려보내진": Panmunjom is where a return is done, not where the crossing was.
  const returnTold =
    inc.type !== 'repatriation' &&
    (clause.result?.value === 'repatriated' || clause.events.some((e) => e.value === 'repatriation'));
  // "the Imjin River, which flows through the DMZ before emptying into the Yellow Sea": the river's course, not the event's.
  const course = (r: { start: number; end: number }) =>
    RIVER_COURSE.test(sentenceText.slice(Math.max(0, r.start - 60), r.start)) ||
    /^\s?(?:으로|로)\s?흘러/.test(sentenceText.slice(r.end, r.end + 8));
  const regions = channel
    ? []
    : [...new Set(clause.regions.filter((r) => !(returnTold && r.value === 'jsa') && !course(r)).map((r) => r.value))];
  if (regions.length) {
    const said = clause.regions.find((r) => regions.includes(r.value))!;
    const quote = sentenceText.slice(said.start, said.end);
    const verdict: Verdict = !inc.region
      ? 'not-in-record'
      : regions.some((r) => sameArea(r, inc.region))
        ? 'agrees'
        : 'contradicts';
    out.push(check('region', quote, regions.join('/'), inc.region ? [inc.region] : undefined, verdict));
  }
  const recordPlaces = findAll(
    PLACES,
    [inc.place.en, inc.place.ko ?? '', inc.place.county ?? '', inc.place.island ?? ''].join(' '),
  ).map((f) => f.value);
  const placeClaims: CheckedClaim[] = [];
  for (const p of clause.places) {
    if ((channel || returnTold) && p.value.region === 'jsa') continue;
    const quote = sentenceText.slice(p.start, p.end);
    const keys = recordPlaces.map((r) => r.key);
    let verdict: Verdict;
    if (keys.includes(p.value.key)) verdict = 'agrees';
    else if (!inc.region && !keys.length) verdict = 'not-in-record';
    // Another county where the record names one is wrong; where it names only the front, it may just be more precise.
    else if (keys.length && (inc.place.county || inc.place.island)) verdict = 'contradicts';
    // So is another island or county of the South where the record's words name one ("27 km northwest of Baengnyeong").
    else if (recordPlaces.some((r) => peers(p.value, r))) verdict = 'contradicts';
    else if (
      sameArea(inc.region, p.value.region) ||
      (inc.region === undefined && recordPlaces.some((r) => r.region === p.value.region))
    )
      verdict = 'less-precise';
    else verdict = 'contradicts';
    placeClaims.push(
      check('place', quote, p.value.key, keys.length ? keys : inc.region ? [inc.region] : undefined, verdict),
    );
  }
  // "Left Kaesong at dusk and came ashore in Gimpo": with the crossing's place right, the others are the journey.
  // Panmunjom is the JSA's place as much as its area ("판문점 경유 방북…금강산 관광으로").
  const atJsa = inc.region === 'jsa' && clause.regions.some((r) => r.value === 'jsa');
  out.push(...(atJsa ? placeClaims.filter((c) => c.verdict !== 'contradicts') : agreementExcuses(placeClaims)));

  // "지난달 13일에는 … 구조됐고, 이들은 4일 … 들어왔다": with the record's own day in another clause of the sentence,
  // the clause's other day is of another step or event.
  const dated = dateClaims(clause.dates, clause, sentenceText, inc, published);
  const elsewhere = sentence.dates.filter((d) => !clause.dates.some((c) => c.start === d.start));
  // Only needed (and only read) when the clause's own day contradicts.
  const agreedElsewhere =
    dated.some((c) => c.verdict === 'contradicts') &&
    elsewhere.length > 0 &&
    dateClaims(elsewhere, clause, sentenceText, inc, published).some((c) => c.verdict === 'agrees');
  out.push(...(agreedElsewhere ? dated.filter((c) => c.verdict !== 'contradicts') : dated));

  const said = methodsSaid(clause, sentence);
  const methods = [...new Set(said.map((m) => m.value))];
  if (methods.length && inc.method?.length) {
    const rec = inc.method;
    const clashes = (m: Method) =>
      !rec.includes(m) &&
      (EXCLUSIVE_METHODS[m] ?? []).some((x) => rec.includes(x)) &&
      // "On foot" is as true of a run as of a walk (a jeep driven to the line, then a dash across it).
      !(ON_FOOT.includes(m) && rec.some((x) => ON_FOOT.includes(x)));
    // The way past the fence and the way across are told apart: "배수로를 빠져나온 뒤 갯벌을 걸어서" is right about the
    // drain and wrong about the swim.
    const wrongKind = [true, false]
      .map((fence) => methods.filter((m) => PAST_FENCE.includes(m) === fence))
      .find((ms) => ms.length && !ms.some((m) => rec.includes(m)) && ms.some(clashes));
    const shown = wrongKind ? said.find((f) => f.value === wrongKind.find(clashes))! : said[0]!;
    out.push(
      check(
        'method',
        sentenceText.slice(shown.start, shown.end),
        methods.join('/'),
        rec,
        wrongKind ? 'contradicts' : methods.some((m) => rec.includes(m)) ? 'agrees' : 'less-precise',
      ),
    );
  }

  // "Two asked to stay and the other two went back": a sentence telling several fates is read clause by clause.
  const fates = new Set(findAll(RESULT_WORDS, sentenceText).map((f) => f.value));
  // "A family of nine came across …; 27 of that group were later sent home": across a semicolon, of others.
  const ofOthers = (r: Found<Result>) =>
    clause.who !== undefined &&
    sentenceText.slice(Math.min(clause.who.end, r.end), Math.max(clause.who.start, r.start)).includes(';');
  const told =
    fates.size > 1 ? clause.result : sentence.result && !ofOthers(sentence.result) ? sentence.result : undefined;
  if (told && people.some((p) => p.result)) {
    const r: Result = told.value;
    const results = people.flatMap((p) => (p.result ? [p.result] : []));
    const clash =
      (r === 'repatriated' && results.every((x) => x === 'stayed')) ||
      (r === 'stayed' && results.every((x) => x === 'repatriated' || x === 'killed')) ||
      (r === 'killed' && results.every((x) => x === 'stayed'));
    const quote = sentenceText.slice(told.start, told.end);
    // "Wanted to defect" is a wish, not an outcome: the deported fishermen had said so too.
    const wish = WISH.test(quote);
    // "4명 모두 남쪽에 남기로 했다" of a boat whose crew split: true of some, said of all.
    const ofAll = fates.size === 1 && ALL.test(sentenceText) && results.some((x) => x !== r && FATES.has(x));
    // A wish to stay, or a stay, said of people who, the sources say, all asked to go home and did not stay (those
    // lost at sea aside): "이들 3명은 … 남쪽에 정착하게 될 전망이다" of a crew handed back or about to be.
    const living = people.filter((p) => p.result && p.result !== 'missing' && p.result !== 'died');
    // "남쪽에 남겠다며 귀순 의사를 밝힌 사람은 없었다": a stay the sentence says nobody chose.
    const denied = r === 'stayed' && wishDenied(sentenceText, told);
    const wishedHome =
      r === 'stayed' &&
      !denied &&
      living.length > 0 &&
      living.every((p) => p.wish === 'return' && p.result !== 'stayed');
    if (wishedHome) out.push(check('result', quote, r, ['return'], 'contradicts'));
    else if (!denied) {
      const verdict = results.includes(r)
        ? ofAll && !wish
          ? 'contradicts'
          : 'agrees'
        : clash && !wish
          ? 'contradicts'
          : 'less-precise';
      out.push(check('result', quote, r, results, verdict));
    }
  }
  return out;
}

/**
 * How the mention's clause says the crossing was made; a clause with neither a way nor a subject of its own goes on
 * with the sentence's ("목선을 타고 … 내려오다 구조됐으며, 구조 직후 귀순 의사를 밝혔다").
 */
export function methodsSaid(clause: Claims, sentence: Claims): Claims['methods'] {
  return clause.methods.length || clause.who ? clause.methods : sentence.methods;
}

/** "did not want to defect", "asked whether they wished to stay", "귀순 의사가 없다": no wish is claimed. */
const WISH_DENIED_BEFORE = /\b(?:not|never|no|n['’]t|whether|if)\s+(?:\w+\s+){0,3}$/i;
const WISH_DENIED_AFTER =
  /^\s?(?:가|는|도|를|은)?\s?(?:[가-힣]+\s){0,6}(?:없|밝히지\s?(?:는|도)?\s?않|보이지\s?(?:는|도)?\s?않|원하지\s?(?:는|도)?\s?않|않)|^\s?(?:가|를)?\s?(?:밝혔는지|있는지)/;

function wishDenied(text: string, told: { start: number; end: number }): boolean {
  return (
    WISH_DENIED_BEFORE.test(text.slice(Math.max(0, told.start - 40), told.start)) ||
    WISH_DENIED_AFTER.test(text.slice(told.end))
  );
}

/**
 * "All", "both", "모두", "전원": a claim about every one of them. So is one about the rest that says they did the
 * same ("나머지 1명도", "the other two were also", "along with the other 20", "3명도 … 함께"): all of them did it.
 */
const ALL =
  /\b(?:all|both|every\s+one)\b|모두|전원|전부|\b(?:the\s+)?(?:other|remaining)\s+(?:[\w-]+\s+){0,5}?(?:also|too)\b|\bthe\s+rest\b(?:\s+[\w-]+){0,4}?\s+(?:also|too)\b|\b(?:along|together)\s+with\s+the\s+(?:other|remaining|rest)\b|\bas\s+did\s+the\s+(?:others?|rest|remaining)\b|나머지[^.,。]{0,12}?도\s|\d\s?명도\s[^.,。]{0,40}?함께/i;
/** Outcomes that exclude each other: staying, being sent back, being killed. */
const FATES: ReadonlySet<Result> = new Set(['stayed', 'repatriated', 'killed']);

/** The contradictions worth a warning, with the sources to check them against. */
export function warningsOf(inc: Incident, checked: readonly CheckedClaim[]): Warning[] {
  return checked
    .filter((c): c is CheckedClaim & { verdict: 'contradicts' } => c.verdict === 'contradicts')
    .map((c) => ({
      ...c,
      ...(inc.who?.[0] && isWhoField(c.field) ? { person: inc.who[0] } : {}),
      sources: inc.sources,
    }));
}

/** Panmunjom is on the western front: an article may name either. */
/**
 * Whether two regions may name the same spot: the JSA is on the western front; the Han estuary, where the land
 * border meets the Yellow Sea, is "near the western border" and "in the Yellow Sea" as much as in the estuary; and a
 * crossing of the East Sea ends "on the east coast" of the eastern front.
 */
function sameArea(a: Region | undefined, b: Region | undefined): boolean {
  if (a === b) return true;
  const pair = new Set([a, b]);
  return (
    (pair.has('jsa') && pair.has('western-front')) ||
    (pair.has('han-estuary') && (pair.has('western-front') || pair.has('west-sea'))) ||
    (pair.has('eastern-front') && pair.has('east-sea'))
  );
}

export function isWhoField(f: ClaimField): boolean {
  return f === 'origin' || f === 'role' || f === 'rank' || f === 'count' || f === 'age';
}

export type { Origin, Role };
