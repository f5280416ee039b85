import type { DatePrecision } from '../data/enums';
import { EN_NUMBER_WORDS, EN_ORDINAL_WORDS, KO_NUMBER_WORDS } from './numbers';

/** A date as far as a text gives it. month and day are 1-based. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  /** Counted back in whole years ("four years ago", "4년 전"): the year may be one off. */
  approx?: boolean;
}

/** A date found in a text: where, and whether it dates the event told or is a point of reference. */
export interface FoundDate {
  date: PartialDate;
  start: number;
  end: number;
  /** "since August 2024", "the first since 2019", "지난해 12월 이후": a reference, not the event's date. */
  reference: boolean;
  /** Where the phrase about the earlier event ends ("2010년 3월 … 넘어온 이후 2년 7개월 만"), when the date opens one. */
  referenceEnd?: number;
  /** Resolved from the publication date ("on Sunday", "지난 13일"), not written out. */
  relative: boolean;
  /** A day and month without a year ("June 17", "6월 17일"). */
  monthDay?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_RE = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?`;
/** "6:40 p.m.", "9 a.m.": an English clock (hour, minutes, a or p). */
export const EN_CLOCK = /\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?m\.?/gi;
const YEAR_RE = String.raw`((?:19[5-9]|20[0-4])\d)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const KO_WEEKDAYS = '일월화수목금토';

type Make = (m: RegExpExecArray, pub?: PartialDate) => PartialDate | undefined;

/** "18일" alone, not "지난 18일" or "이달 18일" (which count from the publication date). */
const BARE_KO_DAY = /^\s*\d{1,2}\s*일$/;
const SAME_YEAR_BEFORE = /(?:같은|그)\s?해\s*$|\b(?:the\s+same|that)\s+year,?\s*(?:on|in)?\s*$/i;
/** "11∼12일": a span of days, read as its first. */
const KO_DAY_RANGE = String.raw`[~∼〜-]\s*\d{1,2}\s*`;

/** Explicit dates, most specific first; a later pattern never takes text an earlier one took. */
const EXPLICIT: Array<[RegExp, Make]> = [
  // 2022-01-01, 2022.01.01, 2022/01/01
  [
    new RegExp(String.raw`\b${YEAR_RE}[-./](\d{1,2})[-./](\d{1,2})\b`, 'g'),
    (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  ],
  // 1982.8, 2024.08: a timeline's year and month
  [
    new RegExp(String.raw`\b${YEAR_RE}\.(\d{1,2})\b(?![.,]?\d|\s?%)`, 'g'),
    (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? { year: +m[1]!, month: +m[2]! } : undefined),
  ],
  // January 1, 2022 / Jan. 1 2022
  [
    new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR_RE}\b`, 'gi'),
    (m) => ({ year: +m[3]!, month: monthOf(m[1]!), day: +m[2]! }),
  ],
  // 1 January 2022
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_RE},?\s+${YEAR_RE}\b`, 'gi'),
    (m) => ({ year: +m[3]!, month: monthOf(m[2]!), day: +m[1]! }),
  ],
  // 2022년 1월 1일 / 2024년 8월
  [
    new RegExp(String.raw`${YEAR_RE}\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*(?:${KO_DAY_RANGE})?일)?`, 'g'),
    (m) => ({ year: +m[1]!, month: +m[2]!, ...(m[3] ? { day: +m[3] } : {}) }),
  ],
  // August 2024
  [
    new RegExp(String.raw`\b${MONTH_RE},?\s+(?:of\s+)?${YEAR_RE}\b`, 'gi'),
    (m) => ({ year: +m[2]!, month: monthOf(m[1]!) }),
  ],
  // "families who fled south during the war", "한국전쟁 때 월남한": the Korean War, 1950–53, not a crossing of today.
  [
    /\b(?:during|in)\s+the\s+(?:1950-53\s+|1950–53\s+)?Korean\s+War\b|\bduring\s+the\s+war\b(?!\s+(?:in|on|against|with|of|between)\b)|(?:한국|6[·.]25\s?)전쟁\s?(?:때|당시|중에?|통에)|6[·.]25\s?(?:때|당시)/gi,
    () => ({ year: 1951, approx: true }),
  ],
];

// "on Tuesday", "early Tuesday", "at 8:04 a.m. Thursday", "Tuesday morning".
const EN_WEEKDAY =
  /\b(?:on|last|this\s+past|early|late|(?:hours|morning|afternoon|evening|night)\s+of|(?:before\s+)?dawn|[ap]\.m\.|[ap]m)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(\s+(?:of\s+)?last\s+week)?|\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s|’s)?\s+(?:morning|afternoon|evening|night|dawn)\b/gi;
const KO_WEEKDAY = /([일월화수목금토])요일/g;
/** "four years ago (today)", "Twenty-five years ago today", "4년 전(오늘)": counted back from the publication date. */
const YEARS_AGO = new RegExp(
  String.raw`\b(\d{1,2}|${Object.keys(EN_NUMBER_WORDS).join('|')})\s+years?\s+ago(\s+today)?\b|(?<![\d가-힣])(\d{1,2}|${Object.keys(KO_NUMBER_WORDS).join('|')})\s?년\s?전(?=에|의|인|쯤|께|\s|[.,…·]|$)(\s?오늘)?`,
  'gi',
);
/** "the fourth anniversary", "15th anniversary", "4주기", "70주년": the event is that many years before the page. */
const ANNIVERSARY = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)\s+anniversary\b|\b(${Object.keys(EN_ORDINAL_WORDS).join('|')})\s+anniversary\b|(?<![\d가-힣])(\d{1,2})\s?(?:주기|주년)`,
  'gi',
);
const YESTERDAY = /\byesterday\b|어제/gi;
const TODAY = /\btoday\b|\bearlier\s+today\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b|오늘/gi;
/** Days that count back from the publication date within its week. */
const THIS_WEEK: ReadonlySet<RegExp> = new Set([EN_WEEKDAY, KO_WEEKDAY, YESTERDAY, TODAY]);
/**
 * "A year after that", "three months later", "이듬해", "2년 뒤": the text tells its own timeline, so a weekday in it
 * ("on a Saturday morning") is a day of that timeline, not of the week the page was published.
 */
const NARRATIVE_TIME =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:months?|years?)\s+(?:after\s+that|later)|the\s+(?:following|next)\s+(?:month|year))\b|이듬해|\d+\s?(?:개월|년)\s?(?:뒤|후)/i;

/** Dates without a year, or relative ones: resolved against the publication date when there is one. */
const RELATIVE: Array<[RegExp, Make]> = [
  // Aug. 20 / August 20th (no year)
  [
    new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)`, 'gi'),
    (m, pub) => pub && inYearBefore(pub, monthOf(m[1]!), +m[2]!),
  ],
  // 20 August (no year)
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_RE}\b(?!\s*,?\s*(?:19|20)\d\d)`, 'gi'),
    (m, pub) => pub && inYearBefore(pub, monthOf(m[2]!), +m[1]!),
  ],
  // 8월 20일 (no year)
  [
    new RegExp(String.raw`(?<!\d\s*년\s*)(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*(?:${KO_DAY_RANGE})?일`, 'g'),
    (m, pub) => pub && inYearBefore(pub, +m[1]!, +m[2]!),
  ],
  // 같은 달 19일: the month of the date before it
  [/같은\s?달\s*(\d{1,2})\s*일/g, (m) => ({ year: NaN, month: NaN, day: +m[1]! })],
  // 지난달 13일, 이달 8일, 지난 13일, 13일 (day of a month named by the publication date), 다음 달 13일; not a span of
  // days ("14일간", "14일 만에", "'노크 귀순' 14일의 기록", "6일의 표류")
  [
    /(지난달|이달|이번\s?달|다음\s?달|지난)?\s*(?<![\d월])(\d{1,2})\s*일(?![간째])(?!\s?(?:만|동안|이내|뒤|후))(?!의\s?(?:기록|여정|시간|행적|표류|항해|도주|탈출|사투|추적))/g,
    (m, pub) =>
      pub && dayOfMonthBefore(pub, +m[2]!, m[1]?.startsWith('지난달') ? 1 : m[1]?.startsWith('다음') ? -1 : 0),
  ],
  // on Sunday, last Sunday, Sunday's crossing, the early hours of Sunday, before dawn Sunday
  // "on Tuesday last week": that weekday of the week before the publication's (weeks start on Monday)
  [
    EN_WEEKDAY,
    (m, pub) => {
      const day = pub && weekdayBefore(pub, WEEKDAYS.indexOf((m[1] ?? m[3])!.toLowerCase()));
      if (!day || !m[2]) return day;
      const sinceMonday = (toUTC(pub).getUTCDay() + 6) % 7;
      return dayNumber(toISO(pub)) - dayNumber(toISO(day)) <= sinceMonday ? addDays(day, -7) : day;
    },
  ],
  // (일요일), 지난 14일(일)
  [KO_WEEKDAY, (m, pub) => pub && weekdayBefore(pub, KO_WEEKDAYS.indexOf(m[1]!))],
  // New Year's Day, 새해 첫날: the latest 1 January
  [/\bNew\s+Year['’]s\s+Day\b|새해\s?첫날/gi, (_m, pub) => pub && inYearBefore(pub, 1, 1)],
  // four years ago, 4년 전 오늘: before today takes its word
  [
    YEARS_AGO,
    (m, pub) => {
      const word = (m[1] ?? m[3])!.toLowerCase();
      const n = Number(word) || EN_NUMBER_WORDS[word] || KO_NUMBER_WORDS[word];
      if (!pub || !n) return undefined;
      return m[2] || m[4] ? { ...pub, year: pub.year - n } : { year: pub.year - n, approx: true };
    },
  ],
  // the fourth anniversary, 4주기: marked about the day itself, so the month is the event's (approx: no claim to check)
  [
    ANNIVERSARY,
    (m, pub) => {
      const n = Number(m[1] ?? m[3]) || EN_ORDINAL_WORDS[m[2]?.toLowerCase() ?? ''];
      return pub && n ? { year: pub.year - n, month: pub.month, approx: true } : undefined;
    },
  ],
  // yesterday / today (this morning, tonight), 어제 / 오늘
  [YESTERDAY, (_m, pub) => pub && addDays(pub, -1)],
  [TODAY, (_m, pub) => pub && { ...pub }],
  // last month / earlier this month, 지난달 / 이달 초
  [/\blast\s+month\b|지난달/gi, (_m, pub) => pub && monthBefore(pub, 1)],
  [
    /\b(?:earlier|early|late)\s+this\s+month\b|이달\s?(?:초|중순|들어)/gi,
    (_m, pub) => pub && { year: pub.year, month: pub.month },
  ],
  // August last year, March of this year
  [
    new RegExp(String.raw`\b${MONTH_RE}\s+(?:of\s+)?(last|this)\s+year\b`, 'gi'),
    (m, pub) => pub && { year: pub.year - (m[2]!.toLowerCase() === 'last' ? 1 : 0), month: monthOf(m[1]!) },
  ],
  // last year / this year, 지난해 / 올해
  [/\blast\s+year\b|지난해|작년/gi, (_m, pub) => pub && { year: pub.year - 1 }],
  [/\bthis\s+year\b|\bearlier\s+this\s+year\b|올해|올\s?들어/gi, (_m, pub) => pub && { year: pub.year }],
  // 10월, 같은 해 10월: a month whose year comes from the date before it (or the publication date)
  [/(?<![년\d]\s*)(?<!\d)(\d{1,2})\s*월(?!\s*\d{1,2}\s*일)/g, (m) => ({ year: NaN, month: +m[1]! })],
  // in October, last March (no day, no year)
  [
    new RegExp(String.raw`\b(?:in|last|this|early|late|mid-?|since|until|by)\s+${MONTH_RE}(?!\s*\d)`, 'gi'),
    (m) => ({ year: NaN, month: monthOf(m[1]!) }),
  ],
  // a bare year: "in 2017", "2020년"
  [new RegExp(String.raw`(?:\b|(?<=\D))${YEAR_RE}(?:\b|(?=년))(?![-./]\d)`, 'g'), (m) => ({ year: +m[1]! })],
];

/** Patterns of a day and month without a year, which a year hint may complete. */
const DAY_MONTH = new Set(RELATIVE.slice(0, 3).map(([re]) => re));

/** "since 2019", "after August 2024", "before the 2018 summit"; "2019년 이후", "5년 만에". */
const REFERENCE_BEFORE =
  /\b(?:(?:since|until|till|prior\s+to)(?:\s+[^\s,;.]+){0,8}?|after|before|following|as\s+of|like|unlike|as\s+(?:in|with|during)|last\s+(?:\w+\s+){0,3}(?:was|were|came)\s+in)\s+(?:(?:the|late|early|mid|mid-)\s+)?$/i;
/** "…이후", "…까지", "지난해 연안호 때처럼": a point of reference; "4일 합참에 따르면": the day of the report, not of the event. */
const REFERENCE_AFTER =
  /^\s*(?:년|월|일)?\s*(?:이후|이래|만에|만이|전에|전까지|부터|까지|후)|^\s*(?:[가-힣A-Za-z\d·-]+\s){0,2}?[가-힣A-Za-z\d·-]*\s?때(?:처럼|와\s?(?:같이|마찬가지로|달리))|^\s*(?:[가-힣A-Za-z·]+\s){0,4}[가-힣A-Za-z()·]+에\s?따르면/;
/** "SEOUL, Aug. 23 --", "PANMUNJOM, July 4 (AP) —": a wire dateline dates the report, not the event. */
const DATELINE_BEFORE = /^\s*[A-Z][A-Za-z .'-]{1,40},\s+$/;
const DATELINE_AFTER = /^\s*(?:\(|--|—|–)/;
/** "the 1953 armistice", "a 2018 summit": a year naming another event, not the one told. */
const NAMED_EVENT_AFTER =
  /^\s+(?:inter-korean\s+)?(?:korean\s+war|armistice|summit|agreement|accord|truce|cease-?fire|talks|olympics|games|world\s+cup|election|deal|pact|treaty|declaration)\b/i;
/**
 * Korean tells what came before at the end of the clause: "2010년 3월 … 넘어온 이후 2년 만", "… 고성에 이어", "… 넘어온 지
 * 38일 만", "… 넘어온 지 넉 달 만", in a relative clause of the past ("2020년 11월 … 남쪽으로 왔던 탈북민": who someone is, by an earlier act), or as
 * a precedent ("2017년 5월 … 북으로 돌아간 사례가 있다").
 */
const KO_REFERENCE_LATER =
  /^[^.。!?,]{0,60}?(?:(?<![은는]\s)이후|이래|에\s?이어|지\s?(?:\d+|[한두세네넉닷댓엿일곱여덟아홉열]{1,2})\s?(?:년|개월|달|주|일)\s?만)|^[^.。!?,\d]{0,60}?[았었였했왔갔넜]던(?=\s)|^[^.。!?]{0,60}?에\s?이어|^[^.。!?\d]{0,110}?[은는던온간한]\s?(?:사례|전례)(?:가|도)\s?있/;

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function toUTC(d: PartialDate): Date {
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

function fromUTC(t: Date): PartialDate {
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function addDays(d: PartialDate, n: number): PartialDate {
  const t = toUTC(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUTC(t);
}

/** How far ahead a day and month without a year may lie: a report of what is to come (see UPCOMING_CUE). */
const UPCOMING_DAYS = 60;
/** Words of what is to come: a schedule, an opening, a plan. */
const UPCOMING_CUE =
  /예정|계획|열린다|연다|문\s?을\s?연|개방한다|개방된다|개최한다|개최된다|시작된다|시작한다|재개된다|재개한다|받는다|\bwill\b|\bscheduled\b|\bplans?\s+to\b|\bset\s+to\b|\bto\s+(?:open|reopen|resume|begin|start)\b|\b(?:opens|reopens|resumes|begins|starts)\b/i;

/**
 * A day and month without a year: the latest one on or before the publication (a day or two after it is the same
 * night by another clock), or one in the next UPCOMING_DAYS, which a report of what is to come names without a year
 * ("4월 18일 문을 연다", "opens April 18"; see UPCOMING_CUE).
 */
function inYearBefore(pub: PartialDate, month: number, day: number): PartialDate | undefined {
  if (month < 1 || day < 1 || day > 31) return undefined;
  const d = { year: pub.year, month, day };
  return toUTC(d) > toUTC(addDays(pub, UPCOMING_DAYS)) ? { ...d, year: pub.year - 1 } : d;
}

function dayOfMonthBefore(pub: PartialDate, day: number, monthsBack: number): PartialDate | undefined {
  if (day < 1 || day > 31 || pub.month === undefined) return undefined;
  let back = monthsBack;
  if (back === 0 && pub.day !== undefined && day > pub.day + 1) back = 1;
  const m = monthBefore(pub, back);
  return { year: m.year, month: m.month!, day };
}

function monthBefore(pub: PartialDate, n: number): PartialDate {
  const months = pub.year * 12 + (pub.month ?? 1) - 1 - n;
  return { year: Math.floor(months / 12), month: (months % 12) + 1 };
}

/** The latest given weekday on or before the publication date. */
function weekdayBefore(pub: PartialDate, weekday: number): PartialDate | undefined {
  if (weekday < 0 || pub.day === undefined) return undefined;
  const back = (toUTC(pub).getUTCDay() - weekday + 7) % 7;
  return addDays(pub, -back);
}

/** A day (and month) a page without any date cannot place in a year: "July 4", "19일". */
export interface YearlessDate {
  month?: number;
  day: number;
  start: number;
  end: number;
  reference: boolean;
}

/** The Korean day of a month ("19일", "지난 13일"): its pattern in RELATIVE. */
const KO_DAY = RELATIVE[4]![0];

/**
 * Dates in a text, most specific first per place: "January 1, 2022" yields one
 * date, not also a bare 2022. With the publication date, dates without a year
 * and relative ones ("on Sunday", "지난 13일", "last month") are resolved.
 */
export function findDates(text: string, published?: string, yearHint?: string): FoundDate[] {
  return readDates(text, published, yearHint).dates;
}

/**
 * findDates, and the days and months that had no year to take (only when
 * neither a publication date nor a hint gives one): on an undated page, "19일"
 * or "July 4" still says which day of the year it was.
 */
export function readDates(
  text: string,
  published?: string,
  yearHint?: string,
): { dates: FoundDate[]; yearless: YearlessDate[] } {
  const pub = published ? parseISODate(published) : undefined;
  // Without a publication date, a day and month ("Nov. 2") may still take a year from a hint; weekdays and "지난 13일" may not.
  const hint = !pub && yearHint ? parseISODate(yearHint) : undefined;
  const ownTimeline = NARRATIVE_TIME.test(text);
  const taken: Array<[number, number]> = [];
  const out: FoundDate[] = [];
  const yearless: YearlessDate[] = [];
  for (const [patterns, relative] of [
    [EXPLICIT, false],
    [RELATIVE, true],
  ] as const) {
    for (const [re, make] of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const s = m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && e > a)) continue;
        // With only a hint, a day and month falls in the hint's year: read as if published on the next 1 January.
        const hinted = hint && DAY_MONTH.has(re) ? { year: hint.year + 1, month: 1, day: 1 } : undefined;
        const read = (ownTimeline && THIS_WEEK.has(re) ? undefined : make(m, pub)) ?? (hinted && make(m, hinted));
        const base = pub ?? hinted;
        // A day and month still to come is read so only where a dated text speaks of what is to come.
        const date =
          read &&
          base &&
          DAY_MONTH.has(re) &&
          toUTC(read) > toUTC(addDays(base, 2)) &&
          !(pub && UPCOMING_CUE.test(text))
            ? { ...read, year: read.year - 1 }
            : read;
        const after = text.slice(e, e + 120);
        const later = /[가-힣]/.test(after) ? KO_REFERENCE_LATER.exec(after) : null;
        const reference =
          // "since April": the pattern may take the preposition in with the month.
          /^(?:since|until|till)\b/i.test(m[0]) ||
          REFERENCE_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
          REFERENCE_AFTER.test(after) ||
          later !== null ||
          (/^\d{4}$/.test(m[0]) && NAMED_EVENT_AFTER.test(after)) ||
          (DATELINE_BEFORE.test(text.slice(0, s)) && DATELINE_AFTER.test(after));
        if (!date && !pub && !hint && (DAY_MONTH.has(re) || re === KO_DAY)) {
          // Read as if published at the end of a leap year: the month and day come out as written.
          const d = make(m, { year: 2000, month: 12, day: 31 });
          if (d?.day !== undefined && valid(d)) {
            taken.push([s, e]);
            yearless.push({
              ...(re === KO_DAY && !/월/.test(m[0]) ? {} : { month: d.month! }),
              day: d.day,
              start: s,
              end: e,
              reference,
            });
          }
          continue;
        }
        if (!date || !valid(date)) continue;
        taken.push([s, e]);
        // A bare year is written out, not resolved.
        out.push({
          date,
          start: s,
          end: e,
          reference,
          ...(later ? { referenceEnd: e + later[0].length } : {}),
          relative: relative && !(date.month === undefined && /\d{4}/.test(m[0])),
          ...(DAY_MONTH.has(re) ? { monthDay: true } : {}),
        });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "5월 27일 화요일", "Tuesday, May 27": a weekday next to a written date names the same day.
  for (let i = out.length - 1; i > 0; i--) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (b.start - a.end <= 3 && a.date.day !== undefined && b.relative && /요일|day/i.test(text.slice(b.start, b.end)))
      out.splice(i, 1);
    else if (
      b.start - a.end <= 3 &&
      b.date.day !== undefined &&
      a.relative &&
      /요일|day/i.test(text.slice(a.start, a.end))
    )
      out.splice(i - 1, 1);
  }
  const orphans = new Set<FoundDate>();
  // A month without a year takes the year of the date before it ("2008년 4월 … 같은 해 10월"),
  // and so does a day and month ("In 2015 … on June 17"), before any publication date.
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (d.monthDay) {
      // "지난해 8월 8일", "last year on Aug. 8", "August 20 last year": a year right before the day (or a counted one right
      // after it) is its year, even one counted from the publication date.
      const [prev, next] = [out[i - 1], out[i + 1]];
      const own =
        prev && prev.date.month === undefined && /^[\s,]*(?:on\s+)?$/.test(text.slice(prev.end, d.start))
          ? prev
          : next?.relative && next.date.month === undefined && /^[\s,]*(?:of\s+)?$/.test(text.slice(d.end, next.start))
            ? next
            : undefined;
      const before =
        own ??
        out
          .slice(0, i)
          .reverse()
          .find((x) => !x.relative && !Number.isNaN(x.date.year));
      if (before) d.date = { ...d.date, year: before.date.year };
      // "같은 해 11월 27일" with no year before it in this text: the year is another sentence's, not the page's.
      else if (SAME_YEAR_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start))) orphans.add(d);
    }
    // "2017년 6월 17일 저녁 … 이튿날인 18일 새벽": a bare day after a written day is of that day's month ("2019년 11월 …
    // 12일 공개했다" is not: a month alone leaves the day to the publication date).
    if (d.relative && BARE_KO_DAY.test(text.slice(d.start, d.end))) {
      const written = out
        .slice(0, i)
        .reverse()
        .find((x) => !x.relative && x.date.day !== undefined && !Number.isNaN(x.date.year + x.date.month!));
      if (written) {
        d.date = { year: written.date.year, month: written.date.month, day: d.date.day };
        d.relative = false;
        continue;
      }
    }
    if (!Number.isNaN(d.date.year)) continue;
    const before = out
      .slice(0, i)
      .reverse()
      .find((x) => !Number.isNaN(x.date.year));
    if (Number.isNaN(d.date.month)) {
      // "같은 달 19일" is of the month named before it, or of nothing this text says.
      const month = out
        .slice(0, i)
        .reverse()
        .find((x) => !Number.isNaN(x.date.year) && x.date.month !== undefined && !Number.isNaN(x.date.month));
      d.date = month ? { ...d.date, year: month.date.year, month: month.date.month } : { ...d.date, year: NaN };
      continue;
    }
    // Else the publication year, or the one before when the month has not come yet.
    const year = before?.date.year ?? (pub && (d.date.month! > (pub.month ?? 12) ? pub.year - 1 : pub.year));
    if (year !== undefined) d.date = { ...d.date, year };
  }
  return { dates: out.filter((d) => !Number.isNaN(d.date.year) && !orphans.has(d)), yearless };
}

function valid(d: PartialDate): boolean {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return false;
  if (d.day !== undefined && (d.day < 1 || d.day > 31)) return false;
  return true;
}

export function toISO(d: PartialDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${p(d.month ?? 1)}-${p(d.day ?? 1)}`;
}

export function parseISODate(iso: string): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return undefined;
  return { year: +m[1]!, ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}) };
}

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
}

export type DateAgreement = 'day' | 'near' | 'month' | 'year' | 'none';

/**
 * Whether a text date and a dataset date agree as far as both are precise.
 * 'near': within three days (articles date the announcement, or the morning
 * after, as often as the crossing itself).
 */
export function dateAgreement(text: PartialDate, iso: string, precision: DatePrecision): DateAgreement {
  const inc = parseISODate(iso);
  if (!inc) return 'none';
  if (text.month !== undefined && text.day !== undefined && precision === 'day') {
    const gap = Math.abs(dayNumber(toISO(text)) - dayNumber(iso));
    if (gap === 0) return 'day';
    if (gap <= 3) return 'near';
    return 'none';
  }
  if (inc.year !== text.year && !(text.approx && Math.abs(inc.year - text.year) === 1)) return 'none';
  if (text.month === undefined || precision === 'year') return 'year';
  return inc.month === text.month ? 'month' : 'none';
}

/** The latest day-precise or month-precise date among dates a page names, as ISO. */
export function latestDate(dates: readonly PartialDate[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) {
    if (d.month === undefined) continue;
    const iso = toISO(d);
    if (!best || iso > best) best = iso;
  }
  return best;
}

/** "the first … since August 2024", "2024년 8월 이후 처음": the text says the event is the first of its kind after that date. */
const FIRST_BEFORE_SINCE = /\b(?:first|1st)\b[^.;!?]{0,160}\bsince\s+(?:(?:the|late|early|mid|mid-)\s+)?$/i;
const KO_FIRST_AFTER = /^\s*(?:년|월|일)?\s*(?:이후|이래)\s*(?:[가-힣]+\s*){0,3}?(?:처음|첫)/;

/** "the first in nearly three years", "3년 가까이 만이다": the event told is the latest, and the one before is years back. */
const ELAPSED_SINCE_LAST = new RegExp(
  String.raw`(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:년|개월|달)\s?(?:가까이|여|반|남짓)?\s?만(?:에|이다|이며|이고|으로|의)|` +
    String.raw`\b(?:first|1st)\b[^.;!?]{0,80}?\bin\s+(?:(?:nearly|almost|more\s+than|over|about|roughly|some)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years|months|decades)\b`,
  'i',
);

export function tellsElapsedSinceLast(text: string): boolean {
  return ELAPSED_SINCE_LAST.test(text);
}

/**
 * The last day of the period a "first since" sentence counts from, as a day
 * number: "the first since August 2024" excludes everything up to 31 August.
 */
export function firstSinceBound(text: string, dates: readonly FoundDate[]): number | undefined {
  for (const d of dates) {
    // "since August last year" counts from a date resolved against the publication date; "since Sunday" is not how news says it.
    if (!d.reference || (d.relative && d.date.day !== undefined)) continue;
    if (
      !FIRST_BEFORE_SINCE.test(text.slice(Math.max(0, d.start - 200), d.start)) &&
      !KO_FIRST_AFTER.test(text.slice(d.end, d.end + 30))
    )
      continue;
    const { year, month, day } = d.date;
    if (day !== undefined && month !== undefined) return dayNumber(toISO(d.date));
    // The period's last day: the day before the next month (or year) begins.
    return (
      dayNumber(
        month !== undefined
          ? toISO(month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 })
          : toISO({ year: year + 1 }),
      ) - 1
    );
  }
  return undefined;
}
