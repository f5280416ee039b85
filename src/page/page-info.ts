import type { PageInfo } from '../match/matcher';
import { iterateBlocks, sampleText, type CollectOptions } from './blocks';
import { publishedDate } from './page-date';
import { segmentOf } from './segments';

/**
 * Headline, publication date and opening text of a page, from the metadata
 * news sites publish (Open Graph, JSON-LD NewsArticle, <time>) and the visible
 * byline. Pure DOM reads.
 */

export function headline(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = doc.querySelector('article h1, main h1, h1')?.textContent;
  return (og || h1 || doc.title || '').replace(/\s+/g, ' ').trim();
}

/**
 * The story's root: its <article>, else <main>, else the body. On a live blog the <article>s are its entries, side by
 * side: the root is then what holds them all.
 */
export function articleRoot(doc: Document): Element {
  const first = doc.querySelector('article');
  const outer = first && [...doc.querySelectorAll('article')].every((a) => first.contains(a)) ? first : null;
  return outer ?? doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

const BYLINE_LIKE =
  /^(?:by\s|published|updated|posted|live\b[\s·|–-]*(?:updated|updates?\b)|입력|수정|기사입력|승인)|(?:published|updated)\s*:?\s*\d{4}|입력\s*\d{4}/i;

/**
 * The lede: the story's first paragraphs (three, up to 900 characters), skipping captions, asides and bylines. A live
 * blog has at most a standfirst outside its entries: the entries it shows first fill the rest.
 */
function ledeOf(root: Element, opts: ReadOptions): string {
  const story: string[] = [];
  const entries: string[] = [];
  for (const block of iterateBlocks(root, { ...opts, maxChars: 20_000 })) {
    if (block.element.tagName !== 'P') continue;
    const kind = segmentOf(block.element, root).kind;
    if (kind !== 'story' && kind !== 'entry') continue;
    const text = block.text.replace(/\s+/g, ' ').trim();
    // Bylines and datelines in a <p> are not the story.
    if (text.length < 40 || BYLINE_LIKE.test(text)) continue;
    (kind === 'story' ? story : entries).push(text);
    if (story.length === 3 || story.join(' ').length > 900) break;
  }
  if (story.length >= 2) return story.join('\n');
  const out: string[] = [];
  for (const text of [...story, ...entries]) {
    out.push(text);
    if (out.length === 3 || out.join(' ').length > 900) break;
  }
  return out.join('\n');
}

/** What else to read through: the content script's own marks, once the page is painted with them. */
export type ReadOptions = Pick<CollectOptions, 'inline'>;

export function pageInfo(doc: Document, maxBody = 50_000, opts: ReadOptions = {}): PageInfo {
  const root = articleRoot(doc);
  const published = publishedDate(doc, root);
  const info: PageInfo = { title: headline(doc), lede: ledeOf(root, opts), body: sampleText(root, maxBody, opts) };
  if (published) {
    info.published = published.iso;
    info.publishedFrom = published.from;
  }
  return info;
}
