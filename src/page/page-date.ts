/**
 * When a page was published, from everything it offers, best first: JSON-LD
 * and meta tags, a <time> in the article's header, then the visible byline
 * ("Published : 2025-07-04 10:41", "입력 2025.07.04 10:41", "July 4, 2025 |
 * 10:41 KST") and the wire dateline ("SEOUL, July 4 (Yonhap) --"). Pure DOM reads.
 */

export interface PublishedDate {
  iso: string;
  from: 'metadata' | 'byline' | 'dateline';
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

const ISO_START = /^\s*(\d{4})-(\d{2})-(\d{2})/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** Byline forms, first publication before update. */
const BYLINE: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [
    /(?:published|posted|first\s+published|입력|등록|기사\s?입력|승인|발행|송고)\s*(?:on|at|:|：)?\s*(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})/i,
    (m) => [+m[1]!, +m[2]!, +m[3]!],
  ],
  [
    new RegExp(String.raw`(?:published|posted|first\s+published)\s*(?:on|:)?\s*${MONTH}\s+(\d{1,2}),?\s+(\d{4})`, 'i'),
    (m) => [+m[3]!, monthOf(m[1]!), +m[2]!],
  ],
  [
    new RegExp(String.raw`(?:published|posted)\s*(?:on|:)?\s*(\d{1,2})\s+${MONTH},?\s+(\d{4})`, 'i'),
    (m) => [+m[3]!, monthOf(m[2]!), +m[1]!],
  ],
  [/(?<![\d.])(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?\s+(?:\d{1,2}:\d{2}|오전|오후)/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [
    new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\s*(?:\||,|at|·|-)?\s*\d{1,2}:\d{2}`, 'i'),
    (m) => [+m[3]!, monthOf(m[1]!), +m[2]!],
  ],
  // A date with its weekday, as newspapers print it: "2023년 10월 25일 수요일", "2023년 10월 25일(수)", "Wednesday, Oct. 25, 2023".
  [
    /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일\s*(?:[일월화수목금토]요일|\([일월화수목금토]\))/,
    (m) => [+m[1]!, +m[2]!, +m[3]!],
  ],
  [
    new RegExp(String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+${MONTH}\s+(\d{1,2}),?\s+(\d{4})`, 'i'),
    (m) => [+m[3]!, monthOf(m[1]!), +m[2]!],
  ],
  [
    /(?:updated|last\s+updated|수정)\s*(?:on|at|:|：)?\s*(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})/i,
    (m) => [+m[1]!, +m[2]!, +m[3]!],
  ],
  [
    new RegExp(String.raw`(?:updated|last\s+updated)\s*(?:on|:)?\s*${MONTH}\s+(\d{1,2}),?\s+(\d{4})`, 'i'),
    (m) => [+m[3]!, monthOf(m[1]!), +m[2]!],
  ],
];

/** "SEOUL, July 4 (Yonhap) --": month and day; the year comes from the page. */
const DATELINE = new RegExp(
  String.raw`^\s*[A-Z][A-Za-z .'-]{1,40},\s+${MONTH}\s+(\d{1,2})\s*\((?:Yonhap|AP|AFP|Reuters|UPI|Kyodo|Xinhua|NK News|News1|Newsis)\)`,
  'i',
);

const BYLINE_SELECTOR =
  '[class*="byline" i], [class*="date" i], [class*="time" i], [class*="meta" i], [class*="publish" i], [class*="info" i], [id*="date" i], [id*="byline" i], time, header';

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1950 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fromJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...(v as unknown[]));
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.datePublished === 'string' && ISO_START.test(o.datePublished)) return o.datePublished;
          if (o['@graph']) stack.push(o['@graph']);
        }
      }
    } catch {
      // Broken JSON-LD is common; other sources may still have the date.
    }
  }
  return undefined;
}

function fromMetadata(doc: Document, root: Element): string | undefined {
  for (const sel of DATE_META) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v && ISO_START.test(v)) return v.trim().slice(0, 10);
  }
  const ld = fromJsonLd(doc);
  if (ld) return ld.trim().slice(0, 10);
  const time =
    root.querySelector('header time[datetime], time[pubdate][datetime], time[itemprop="datePublished"][datetime]') ??
    doc.querySelector('article time[datetime]');
  const dt = time?.getAttribute('datetime');
  return dt && ISO_START.test(dt) ? dt.trim().slice(0, 10) : undefined;
}

/** Visible byline text: short elements that look like bylines or dates, and the story's first short paragraphs. */
function bylineText(body: Element, root: Element): string {
  const parts: string[] = [];
  let total = 0;
  const firstShort = [...root.querySelectorAll('p, div')].slice(0, 8);
  for (const el of [...body.querySelectorAll(BYLINE_SELECTOR), ...firstShort]) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t || t.length > 200) continue;
    parts.push(t);
    total += t.length;
    if (total > 3000) break;
  }
  return parts.join('\n');
}

export function publishedDate(doc: Document, root: Element): PublishedDate | undefined {
  const meta = fromMetadata(doc, root);
  if (meta) return { iso: meta, from: 'metadata' };
  const byline = bylineText(doc.body ?? root, root);
  for (const [re, parts] of BYLINE) {
    const m = re.exec(byline);
    const d = m && iso(...parts(m));
    if (d) return { iso: d, from: 'byline' };
  }
  // A wire dateline in the first paragraph gives month and day.
  const first = root.querySelector('p')?.textContent ?? '';
  const dl = DATELINE.exec(first);
  if (dl) {
    const year = yearOf(doc);
    const d = year && iso(year, monthOf(dl[1]!), +dl[2]!);
    if (d) return { iso: d, from: 'dateline' };
  }
  return undefined;
}

/** The year of a dateline: the copyright year if shown, else the latest year the page names. */
function yearOf(doc: Document): number | undefined {
  const text = (doc.body?.textContent ?? '').slice(0, 50_000);
  const copyright = /(?:©|copyright|ⓒ)\s*(\d{4})/i.exec(text);
  if (copyright) return Number(copyright[1]);
  const years = [...text.matchAll(/\b(19[5-9]\d|20[0-4]\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}
