/**
 * Sentences and clauses: the units a claim belongs to. A mention is judged by
 * what its own clause says first, then its sentence; a clause that tells of
 * another event ("since August 2024, when a sergeant crossed…") is kept apart.
 */

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?。]["'”’)]?\s+|다\.\s*|\n+/g;
/**
 * A period after an initial or an abbreviation is not an end: "U.S. soldier", "Jan. 1", "N. Korea", "Pvt. King". Only
 * known abbreviations: a short word ending a sentence ("… in the Yellow Sea.", "… the Demarcation Line.") ends it.
 */
const ABBREVIATION =
  /\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|St|Mr|Mrs|Ms|Dr|No|Nos|Gen|Lt|Sgt|Pvt|Pfc|Cpl|Spc|Col|Maj|Capt|Cpt|Cmdr|Adm|Brig|Rep|Sen|Gov|Pres|Prof|Rev|Jr|Sr|Co|Corp|Inc|Ltd|Mt|Ft|Vol|approx|vs|est)$/;

/** "a.m. Thursday", "p.m. (local time)": the clock's period, with the day or zone it is told with. */
const CLOCK = /\b[ap]\.m$/i;
const AFTER_CLOCK =
  /^(?:\(|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|KST\b|GMT\b|UTC\b|local\b)/;

/** Whether the period at `at` (its match ending at `next`) stops short of a sentence's end. */
function notAnEnd(text: string, at: number, next: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  if (ABBREVIATION.test(before)) return true;
  const after = text.slice(next, next + 12);
  // A sentence does not open in lower case: "at about 1:05 a.m. on Tuesday", "approx. five".
  if (/^[a-z]/.test(after)) return true;
  return CLOCK.test(before) && AFTER_CLOCK.test(after);
}

/** The sentence around [start, end) in a block of text. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith('.') && notAnEnd(text, m.index, stop)) continue;
    if (stop <= start) from = stop;
    else if (m.index >= end) {
      // Keep the sentence's own punctuation: "…했다." ends after the period.
      to = m.index + (m[0].startsWith('다') ? 2 : 1);
      break;
    }
  }
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: from + lead };
}

/** Every sentence of a block, with offsets. */
export function sentences(text: string): Array<Span & { text: string }> {
  const out: Array<Span & { text: string }> = [];
  let at = 0;
  while (at < text.length) {
    const s = sentenceAround(text, at, at);
    const end = Math.max(s.start + s.text.length, at + 1);
    if (s.text) out.push({ start: s.start, end: s.start + s.text.length, text: s.text });
    // Step past the sentence and the whitespace after it.
    at = end;
    while (at < text.length && /\s/.test(text[at]!)) at++;
  }
  return out;
}

export interface Clause extends Span {
  /** Starts with "when", "where", "who"…: tells about something named just before it. */
  relative: boolean;
}

/**
 * Clauses of a sentence: split at ", when", ", who", ", which", ", after
 * which", ", while", ", three days after" (an earlier event), before "who had …" (an earlier event, comma or not),
 * semicolons and dashes (and Korean -며/-고/-지만 with a comma or space, -이자 with a comma), and after an opening
 * "Only weeks after …," and "월북한 지 1시간쯤 지난 …께," (an earlier act, told as the time of the next one),
 * which is where news sentences join two events.
 */
const CLAUSE_BREAK =
  /,\s+(?=(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)\s+|(?:just|only|shortly|soon|long)\s+)(?:after|before)\b)|,\s+(?=(?:when|where|who|whom|which|while|whereas|after\s+which|as\s+(?:did|had)|like|just\s+as)\b)|,\s+(?=(?:and|but)\s+(?:(?:the|a|an|his|her|their|two|three|four|five)\b|[A-Z]))|\s+(?=(?:who|which|that)\s+had\s+(?!(?:to|no|a|an|the|his|her|their|its)\b))|;\s+|\s+[—–]\s+|\s+--\s+|(?<=[가-힣](?:으며|며|지만|는데|고))(?<!(?:타|들|입|끼|메|안|업|쓰|잡|끌|싣|밟|몰)고),?\s+|(?<=가운데(?:서도|서)?),?\s+|(?<=[가-힣]이자),\s+|(?<=^(?:only\s+|just\s+)?(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+(?:after|before)\b[^,]{5,150}),\s+|(?<=[가-힣](?:한|온|간|은|던)\s지\s[^,]{1,40}?(?:지난|만에|만인|뒤|후)[^,]{0,30}),\s+/gi;

export function clausesOf(sentence: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  let relative = false;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    out.push({ start: from, end: m.index, relative });
    from = m.index + m[0].length;
    relative = m[0].startsWith(',');
  }
  out.push({ start: from, end: sentence.length, relative });
  return out.filter((c) => c.end > c.start);
}

/** The clause of a sentence that holds an offset. */
export function clauseAt(clauses: readonly Clause[], offset: number): number {
  const i = clauses.findIndex((c) => offset >= c.start && offset < c.end);
  return i >= 0 ? i : clauses.length - 1;
}

/** Caps a context so huge blocks (a page with no paragraphs) stay cheap. */
export function clip(text: string, start: number, end: number, radius = 400): string {
  if (text.length <= radius * 2) return text;
  return text.slice(Math.max(0, start - radius), Math.min(text.length, end + radius));
}

/** Whether a span sits in a short phrase in quotes ("'월책 귀순'", "'점프 귀순'"): a nickname of one crossing. */
export function inShortQuote(text: string, start: number, end: number): boolean {
  return (
    /['‘"“][^'’"”.,]{0,12}$/.test(text.slice(Math.max(0, start - 14), start)) &&
    /^[^'’"”.,]{0,6}['’"”]/.test(text.slice(end, end + 8))
  );
}
