import type { DatePrecision } from '../data/schema';

/** A date as far as a text gives it. month and day are 1-based. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR_RE = String.raw`((?:19[5-9]|20[0-4])\d)`;

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => PartialDate]> = [
  // 2022-01-01
  [new RegExp(String.raw`\b${YEAR_RE}-(\d{2})-(\d{2})\b`, 'g'), (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! })],
  // January 1, 2022 / Jan. 1 2022
  [new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR_RE}\b`, 'gi'), (m) => ({ year: +m[3]!, month: monthOf(m[1]!), day: +m[2]! })],
  // 1 January 2022
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_RE},?\s+${YEAR_RE}\b`, 'gi'), (m) => ({ year: +m[3]!, month: monthOf(m[2]!), day: +m[1]! })],
  // August 2024
  [new RegExp(String.raw`\b${MONTH_RE},?\s+(?:of\s+)?${YEAR_RE}\b`, 'gi'), (m) => ({ year: +m[2]!, month: monthOf(m[1]!) })],
  // 2022년 1월 1일 / 2024년 8월
  [new RegExp(String.raw`${YEAR_RE}\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?`, 'g'), (m) => ({ year: +m[1]!, month: +m[2]!, ...(m[3] ? { day: +m[3] } : {}) })],
  // a bare year: "in 2017", "2020년"
  [new RegExp(String.raw`(?:\b|(?<=\D))${YEAR_RE}(?:\b|(?=년))`, 'g'), (m) => ({ year: +m[1]! })],
];

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Explicit dates in a text, most specific first per place: "January 1, 2022"
 * yields one date, not also a bare 2022.
 */
export function findDates(text: string): PartialDate[] {
  const taken: Array<[number, number]> = [];
  const out: PartialDate[] = [];
  for (const [re, make] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const d = make(m);
      if (d.month !== undefined && (d.month < 1 || d.month > 12)) continue;
      if (d.day !== undefined && (d.day < 1 || d.day > 31)) continue;
      taken.push([s, e]);
      out.push(d);
    }
  }
  return out;
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

/** Whether a text date and a dataset date agree as far as both are precise. */
export function dateAgreement(text: PartialDate, iso: string, precision: DatePrecision): 'day' | 'month' | 'year' | 'none' {
  const inc = parseISODate(iso);
  if (!inc || inc.year !== text.year) return 'none';
  if (text.month === undefined || precision === 'year') return 'year';
  if (inc.month !== text.month) return 'none';
  if (text.day === undefined || precision === 'month') return 'month';
  return inc.day === text.day ? 'day' : 'none';
}

/** The latest day-precise or month-precise date a page mentions, as ISO. */
export function latestDate(dates: readonly PartialDate[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) {
    if (d.month === undefined) continue;
    const iso = toISO(d);
    if (!best || iso > best) best = iso;
  }
  return best;
}
