import { findDates, toISO } from '../match/dates';
import type { SegmentKind } from '../match/score';

/**
 * A news page is several documents: the story, related-story lists, "most
 * viewed" boxes, sidebars, captions, and on a live blog one entry after
 * another. Each is its own context: a related link must not inherit the
 * story's date, and an entry has its own time stamp. Pure DOM reads.
 */

export interface Segment {
  kind: SegmentKind;
  /** An entry's own publication date (ISO day), from its <time>; or the day a dated section of the story tells. */
  published?: string;
}

/** Boxes around the story: by tag, role, or the words sites use in their class names and ids. */
const ASIDE_TAGS = new Set(['ASIDE', 'FOOTER', 'NAV']);
const ASIDE_WORDS =
  /related|recommend|most[-_ ]?(?:read|viewed|popular|shared)|popular|trending|sidebar|side[-_]?bar|more[-_ ]?(?:stories|news|from)|also[-_ ]?read|read[-_ ]?more|newsletter|comments?\b|promo|\brail\b|outbrain|taboola|you[-_ ]?may[-_ ]?like|latest[-_ ]?news|headlines|ranking|많이\s?본/i;
/** Containers of live-blog entries, and entries themselves. */
const FEED_WORDS = /\blive\b|liveblog|live[-_]blog|stream|timeline|updates|feed|entries|posts|ticker/i;
/** An entry's time stamp: a <time>, or an element sites name for one ("<span class=\"time\">11.20(목) 10:15</span>"). */
const STAMP = 'time, .time, .timestamp, .stamp, [class*="stamp"]';
const ENTRY_WORDS = /\bentry\b|\bpost\b|\bupdate\b|block|item|card/i;

function label(el: Element): string {
  return `${el.id} ${typeof el.className === 'string' ? el.className : ''} ${el.getAttribute('aria-label') ?? ''}`;
}

/** How much of an element's text is link text: a list of headlines is nearly all. */
function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!all) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links / all;
}

/** "2025.11.20 10:15", "11.20(목) 10:15", "11월 20일": a stamp's own day; the year, when it has none, is the page's. */
const STAMP_DAY = /(?:(\d{4})[.\-/년]\s*)?(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*일?(?!\d)/;

function entryDate(el: Element): string | undefined {
  const dt = el.querySelector('time[datetime]')?.getAttribute('datetime');
  if (dt && /^\d{4}-\d{2}-\d{2}/.test(dt)) return dt.slice(0, 10);
  const m = STAMP_DAY.exec(el.querySelector(STAMP)?.textContent ?? '');
  const year = m?.[1] ?? pageYear(el.ownerDocument);
  if (!m || !year) return undefined;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year a page was published or last updated, from its metadata. */
function pageYear(doc: Document): string | undefined {
  const meta = doc.querySelector(
    'meta[property="article:modified_time"], meta[property="article:published_time"], meta[name="date"]',
  );
  return /^(\d{4})-/.exec(meta?.getAttribute('content') ?? '')?.[1];
}

function isEntry(el: Element, parent: Element | null): boolean {
  if (!parent) return false;
  const entryLike = el.tagName === 'ARTICLE' || el.tagName === 'LI' || ENTRY_WORDS.test(label(el));
  return entryLike && FEED_WORDS.test(label(parent)) && el.querySelector(STAMP) !== null;
}

/** How far back a block looks for its section's heading (a bound for huge pages). */
const SECTION_REACH = 30;

/**
 * "② 2022년 3월 8일, 대선 하루 전", "Oct. 6, 2012: shots at a guard post": the day a story's section is about, from
 * the heading over it, so that "금요일 새벽" in it is that week's Friday. A heading without a full date ends a section.
 */
function sectionDate(el: Element, root: Element): string | undefined {
  let e: Element | null = el;
  for (let steps = 0; e && e !== root && steps < SECTION_REACH; steps++) {
    const prev: Element | null = e.previousElementSibling;
    if (!prev) {
      e = e.parentElement;
      continue;
    }
    e = prev;
    if (/^H[2-4]$/.test(e.tagName.toUpperCase())) {
      const day = findDates(e.textContent ?? '').find(
        (d) => d.date.year !== undefined && d.date.day !== undefined && !d.relative && !d.date.approx,
      );
      return day ? toISO(day.date) : undefined;
    }
  }
  return undefined;
}

/**
 * Classifies the block element of some text: which part of the page it is in.
 * `root` is the story's root (<article>, <main>, or the body).
 */
export function segmentOf(el: Element, root: Element): Segment {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'FIGCAPTION') return { kind: 'caption' };
    if (tag === 'H1') return { kind: 'headline' };
    // A story's own <footer> or <nav> links inside the article count as asides too.
    if (
      ASIDE_TAGS.has(tag) ||
      e.getAttribute('role') === 'complementary' ||
      (e !== root && ASIDE_WORDS.test(label(e)))
    ) {
      return { kind: linkShare(e) > 0.5 ? 'related' : 'aside' };
    }
    if (e !== root && isEntry(e, e.parentElement)) {
      const published = entryDate(e);
      return { kind: 'entry', ...(published ? { published } : {}) };
    }
    // Inside the story, a list of links ("Related: …") is a list of other stories.
    if ((tag === 'UL' || tag === 'OL') && linkShare(e) > 0.7) return { kind: 'related' };
    if (e === root) {
      const published = sectionDate(el, root);
      return { kind: 'story', ...(published ? { published } : {}) };
    }
  }
  // Outside the story's root: page chrome.
  return { kind: 'aside' };
}
