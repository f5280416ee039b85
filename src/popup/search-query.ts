import { LEXICON, LONGEST_PHRASE, type LexiconEntry, type Sense } from './search-lexicon';
import { isHangul, normalize, stripParticle, tokens } from './search-text';

/** Years, inclusive; a month (1–12) narrows every year in the range. */
export interface TimeRange {
  from: number;
  to: number;
  month?: number;
}

/** A structured filter read from the query. */
export interface Facet extends Sense {
  /** The query's words that asked for it: incidents that use them rank higher. */
  words: string[];
  /** Its entry's phrases, for literal senses. */
  phrases: ReadonlyArray<readonly string[]>;
}

export interface ParsedQuery {
  time?: TimeRange;
  facets: Facet[];
  /** Words left for name and title matching (typo-tolerant). */
  terms: string[];
  /** The last term is still being typed: it may be the start of a longer word. */
  partial: boolean;
}

const Y = String.raw`(19\d\d|20\d\d)(?!\d)`;
/** 2015-2017, 2015~17, 2015 to 2017 (years may carry 년). */
const RANGE = new RegExp(
  String.raw`(?<!\d)${Y}\s*년?\s*(?:-|–|~|to|until|through)\s*(19\d\d|20\d\d|\d\d)(?!\d)\s*년?`,
  'g',
);
const OPEN_EN = new RegExp(String.raw`\b(since|after|from|before|until|till)\s+${Y}`, 'g');
const OPEN_KO = new RegExp(String.raw`(?<!\d)${Y}\s*년?\s*(이후|이래|부터|이전|까지)`, 'g');
/** 1990s, 90s, 90년대, 1990년대. */
const DECADE = /(?<!\d)(?:(19|20)(\d)0|(\d)0)\s*(?:s|년대)(?![a-z])/g;
const YEAR = new RegExp(String.raw`(?<!\d)${Y}\s*년?`, 'g');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?<!\d)(1[0-2]|[1-9])\s*월/;

/** Which facets are the same (asked twice, they are one). */
export function facetKey(s: Sense): string {
  return `${s.boost ? '+' : ''}${s.field}:${s.values.join(',')}`;
}

/** "90s", "1990s", "90년대" → 1990. */
function decadeStart(century: string | undefined, digit: string): number {
  const d = Number(digit) * 10;
  if (century) return Number(century) * 100 + d;
  return d >= 30 ? 1900 + d : 2000 + d;
}

/**
 * Takes dates out of the query: years, ranges, decades, "since"/"before" and
 * their Korean forms, and a month. Returns the range and the query without them.
 */
function takeTime(text: string): { time?: TimeRange; rest: string } {
  let from = -Infinity;
  let to = Infinity;
  let found = false;
  const spans: Array<[number, number]> = [];
  const take = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    for (const m of text.matchAll(re)) {
      if (spans.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
      spans.push([m.index, m.index + m[0].length]);
      found = true;
      f(m);
    }
  };
  const span = (a: number, b: number) => {
    from = from === -Infinity ? a : Math.min(from, a);
    to = to === Infinity ? b : Math.max(to, b);
  };
  take(RANGE, (m) => {
    const a = Number(m[1]);
    const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
    span(Math.min(a, b), Math.max(a, b));
  });
  take(OPEN_EN, (m) => {
    const y = Number(m[2]);
    if (m[1] === 'since' || m[1] === 'from') from = y;
    else if (m[1] === 'after') from = y + 1;
    else if (m[1] === 'before') to = y - 1;
    else to = y;
  });
  take(OPEN_KO, (m) => {
    const y = Number(m[1]);
    if (m[2] === '이전') to = y - 1;
    else if (m[2] === '까지') to = y;
    else from = y;
  });
  take(DECADE, (m) => {
    const start = decadeStart(m[1], m[2] ?? m[3]!);
    span(start, start + 9);
  });
  take(YEAR, (m) => span(Number(m[1]), Number(m[1])));
  let month: number | undefined;
  const mm = MONTH.exec(text);
  // "may" is a month only beside a year ("May 2017"), not in "may have".
  if (mm && !(mm[1] === 'may' && !found)) {
    month = mm[2] ? Number(mm[2]) : MONTHS.indexOf(mm[1]!.slice(0, 3)) + 1;
    spans.push([mm.index, mm.index + mm[0].length]);
    found = true;
  }
  if (!found) return { rest: text };
  let rest = text;
  for (const [a, b] of spans.sort((x, y) => y[0] - x[0])) rest = rest.slice(0, a) + ' ' + rest.slice(b);
  return { time: { from, to, ...(month ? { month } : {}) }, rest };
}

/**
 * Reads a search box query: dates, then known words and phrases (longest
 * first) as facets, and what is left as terms. `knows` says whether the index
 * has a word starting with the given one; a Korean word it does not know is
 * split where it begins or ends with a facet word (판문점귀순 → 판문점 + 귀순).
 * A query not ending in a space is still being typed: its last word may be the
 * start of a longer one, and the first digits of a year are read as a decade.
 * A lone Latin letter is no word yet, typed or not: it would match most of the
 * dataset and narrow nothing.
 */
export function parseQuery(query: string, knows: (word: string) => boolean = () => false): ParsedQuery {
  const { time: fromDates, rest } = takeTime(normalize(query));
  // Dates are taken out first, so "travis 2023" has no word being typed.
  const typing = !/\s$/.test(rest);
  let time = fromDates;
  const words = tokens(rest);
  const facets = new Map<string, Facet>();
  const terms: string[] = [];
  let partial = false;
  const add = (entry: LexiconEntry, used: string[]) => {
    for (const s of entry.senses) {
      const key = facetKey(s);
      const had = facets.get(key);
      if (had) had.words.push(...used);
      else facets.set(key, { ...s, words: [...used], phrases: entry.phrases });
    }
  };
  /**
   * A Korean word is a facet word itself or one with a particle; or, when the
   * index does not know it, two words written together, one of them a facet
   * word (판문점귀순, 노크귀순). Returns whether it was read, not left as a term.
   */
  const readHangul = (word: string): boolean => {
    const bare = LEXICON.get(word) ? word : stripParticle(word);
    const entry = bare && LEXICON.get(bare);
    if (entry) {
      add(entry, [bare]);
      return true;
    }
    if (knows(word)) return false;
    for (let n = word.length - 1; n >= 2; n--) {
      const head = LEXICON.get(word.slice(0, n));
      if (!head) continue;
      add(head, [word.slice(0, n)]);
      const tail = word.slice(n);
      if (tail.length > 1 && !readHangul(tail)) terms.push(tail);
      return true;
    }
    for (let n = 1; n <= word.length - 2; n++) {
      const tail = word.slice(n);
      const bareTail = LEXICON.get(tail) ? tail : stripParticle(tail);
      const entry = bareTail && LEXICON.get(bareTail);
      if (!entry) continue;
      terms.push(word.slice(0, n));
      add(entry, [bareTail]);
      return true;
    }
    return false;
  };

  for (let i = 0; i < words.length;) {
    let n = Math.min(LONGEST_PHRASE, words.length - i);
    for (; n > 0; n--) {
      const entry = LEXICON.get(words.slice(i, i + n).join(' '));
      if (entry) {
        add(entry, words.slice(i, i + n));
        break;
      }
    }
    if (n > 0) {
      i += n;
      continue;
    }
    const word = words[i]!;
    const last = typing && i === words.length - 1;
    i++;
    if (isHangul(word) && readHangul(word)) continue;
    if (last && /^(?:19|20)\d$/.test(word) && !time) {
      const start = Number(word) * 10;
      time = { from: start, to: start + 9 };
      continue;
    }
    if (last && /^(?:1|2|19|20)$/.test(word)) continue;
    if (word.length > 1 || isHangul(word) || /\d/.test(word)) {
      terms.push(word);
      partial = last;
    }
  }
  return { ...(time ? { time } : {}), facets: peopleNotDirection([...facets.values()]), terms, partial };
}

/**
 * In a query about sending people back (탈북 어민 북송, "defectors repatriated"),
 * 탈북 and 귀순 say where the people came from, not which way the event went:
 * they become the origin North Korea, and defections stop ranking first.
 */
function peopleNotDirection(facets: Facet[]): Facet[] {
  if (!facets.some((f) => f.field === 'type' && f.values.includes('repatriation'))) return facets;
  const fromNorth = facets.filter((f) => f.field === 'direction' && f.values.includes('north-to-south'));
  if (fromNorth.length === 0) return facets;
  const rest = facets.filter(
    (f) => !fromNorth.includes(f) && !(f.boost && f.field === 'type' && f.values.includes('defection')),
  );
  const words = fromNorth.flatMap((f) => f.words);
  const had = rest.find((f) => f.field === 'origin' && f.values.includes('north-korea'));
  if (had) had.words.push(...words);
  else rest.push({ field: 'origin', values: ['north-korea'], literal: false, words, phrases: [] });
  return rest;
}
