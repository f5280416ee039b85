import type { PageInfo } from '../match/matcher';
import { sampleText } from './blocks';

/**
 * Headline, publication date and opening text of a page, from the metadata
 * news sites publish (Open Graph, JSON-LD NewsArticle, <time>). Pure DOM reads.
 */

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

const ISO_START = /^\d{4}-\d{2}-\d{2}/;

function fromJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) stack.push(...v);
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

export function publishedDate(doc: Document): string | undefined {
  for (const sel of DATE_META) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v && ISO_START.test(v.trim())) return v.trim().slice(0, 10);
  }
  const ld = fromJsonLd(doc);
  if (ld) return ld.slice(0, 10);
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], header time[datetime]')?.getAttribute('datetime');
  return time && ISO_START.test(time) ? time.slice(0, 10) : undefined;
}

export function headline(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = doc.querySelector('article h1, main h1, h1')?.textContent;
  return (og || h1 || doc.title || '').replace(/\s+/g, ' ').trim();
}

/** The article body: <article>, else <main>, else the body. */
export function articleRoot(doc: Document): Element {
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

export function pageInfo(doc: Document, maxBody = 50_000): PageInfo {
  const root = articleRoot(doc);
  // Headline and first paragraph: who and where the story is about. Later
  // paragraphs recall older incidents and would blur that.
  const paragraphs = [...root.querySelectorAll('p')].slice(0, 1).map((p) => p.textContent ?? '');
  const published = publishedDate(doc);
  const info: PageInfo = { title: headline(doc), lede: paragraphs.join('\n'), body: sampleText(root, maxBody) };
  if (published) info.published = published;
  return info;
}
