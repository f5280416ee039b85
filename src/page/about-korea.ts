import { sampleText } from './blocks';

/**
 * Whether a page is about Korea at all. Detection alone would light up a
 * router manual's "DMZ"; nothing is highlighted or matched on a page this
 * says no to. The content script's first stage and the CLI both decide with
 * this, so the browser and the command line agree.
 *
 * DOM reads only (a tree walk over text nodes), no layout: it runs on every
 * page the extension is loaded into.
 */

/** Words that show a page is about Korea. */
const KOREA_PATTERN = /\bkorea|\bpyongyang\b|\bseoul\b|\bkim jong|\bpanmunj|한국|북한|남한|조선|평양|서울|탈북|귀순|월북/i;

/** Characters of a page's text read to decide: the top of the page (headline, lede, first paragraphs). */
export const KOREA_SAMPLE_CHARS = 20_000;

/** A Document (its title and the top of its visible text) or plain text (its first KOREA_SAMPLE_CHARS). */
export function isAboutKorea(page: Document | string): boolean {
  if (typeof page === 'string') return KOREA_PATTERN.test(page.slice(0, KOREA_SAMPLE_CHARS));
  if (KOREA_PATTERN.test(page.title)) return true;
  const root = page.body ?? page.documentElement;
  return root !== null && KOREA_PATTERN.test(sampleText(root, KOREA_SAMPLE_CHARS));
}

/**
 * The same test over content added to a page later (live pages, SPA
 * navigation): the text of the added nodes, KOREA_SAMPLE_CHARS at most.
 */
export function addedContentIsAboutKorea(doc: Document, added: Iterable<Node>): boolean {
  if (KOREA_PATTERN.test(doc.title)) return true;
  let text = '';
  for (const node of added) {
    if (!node.isConnected) continue;
    // A walk from a text node finds nothing below it: read its parent's text.
    const root = node.nodeType === 3 ? node.parentNode : node;
    if (root) text += sampleText(root, KOREA_SAMPLE_CHARS - text.length) + '\n';
    if (text.length >= KOREA_SAMPLE_CHARS) break;
  }
  return KOREA_PATTERN.test(text);
}
