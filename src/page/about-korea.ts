import { isSkippedElement } from './blocks';

/**
 * Whether a page is about Korea at all. Detection alone would light up a
 * router manual's "DMZ"; nothing is highlighted or matched on a page this
 * says no to. The content script's first stage and the CLI both decide with
 * this, so the browser and the command line agree.
 *
 * DOM reads only (a tree walk over text nodes), no layout: it runs on every
 * page the extension is loaded into.
 */

/**
 * Words that show a page is about Korea, and where they need a word boundary
 * (Latin words; Korean has none, as particles attach to nouns). Searched as
 * plain substrings: a regex over 20 kB starts out interpreted in V8 and cost
 * milliseconds on every page.
 */
const WORDS: ReadonlyArray<readonly [word: string, boundary: 'start' | 'both' | 'none']> = [
  ['korea', 'start'],
  ['pyongyang', 'both'],
  ['seoul', 'both'],
  ['kim jong', 'start'],
  ['panmunj', 'start'],
  // Korean border words count too: 비무장지대 is only ever the Korean DMZ.
  ...(
    [
      '한국',
      '북한',
      '남한',
      '조선',
      '평양',
      '서울',
      '탈북',
      '귀순',
      '월북',
      '비무장지대',
      '군사분계선',
      '판문점',
      '북방한계선',
      '남북',
    ] as const
  ).map((w) => [w, 'none'] as const),
];

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;

/** `anywhere`: inside words too (text joined without spaces, "CartPyongyang", must not hide a name). */
function namesKorea(text: string, anywhere = false): boolean {
  const lower = text.toLowerCase();
  for (const [word, boundary] of WORDS) {
    for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
      if (anywhere) return true;
      if (boundary !== 'none' && isWordChar(lower.charCodeAt(i - 1))) continue;
      if (boundary === 'both' && isWordChar(lower.charCodeAt(i + word.length))) continue;
      return true;
    }
  }
  return false;
}

/** Characters of a page's text read to decide: the top of the page (headline, lede, first paragraphs). */
export const KOREA_SAMPLE_CHARS = 20_000;

/**
 * The first maxChars of the text a reader would see under root, joined by
 * newlines: the elements skipped for scanning are skipped here too. One
 * native walk over elements and text, stepping over a skipped element's
 * subtree (a selector match per text node, or a script filter per node, cost
 * milliseconds on every page).
 */
function readText(root: Node, maxChars: number): string {
  const first = root.nodeType === 1 ? (root as Element) : root.parentElement;
  for (let el = first; el; el = el.parentElement) if (isSkippedElement(el)) return '';
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  let n = walker.nextNode();
  while (n && length < maxChars) {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      parts.push(data);
      length += data.length + 1;
      n = walker.nextNode();
    } else n = isSkippedElement(n as Element) ? pastSubtree(walker, root) : walker.nextNode();
  }
  return parts.join('\n').slice(0, maxChars);
}

/** The node after the walker's current node and everything under it, or null at the end of root. */
function pastSubtree(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    const up = walker.parentNode();
    if (!up || up === root) return null;
  }
}

/** Up to this size a page is first checked as a whole (its text with scripts and hidden parts, a superset of what is read). */
const QUICK_NO_ELEMENTS = 5_000;
const QUICK_NO_CHARS = 500_000;

/** A Document (its title and the top of its visible text) or plain text (its first KOREA_SAMPLE_CHARS). */
export function isAboutKorea(page: Document | string): boolean {
  if (typeof page === 'string') return namesKorea(page.slice(0, KOREA_SAMPLE_CHARS));
  if (namesKorea(page.title)) return true;
  const root = page.body ?? page.documentElement;
  if (root === null) return false;
  // Most pages name Korea nowhere, scripts included: one native read says so, where walking costs milliseconds cold.
  if (root.getElementsByTagName('*').length <= QUICK_NO_ELEMENTS) {
    const all = root.textContent ?? '';
    if (all.length <= QUICK_NO_CHARS && !namesKorea(all, true)) return false;
  }
  return namesKorea(readText(root, KOREA_SAMPLE_CHARS));
}

/**
 * The same test over content added to a page later (live pages, SPA
 * navigation): the text of the added nodes, KOREA_SAMPLE_CHARS at most.
 */
export function addedContentIsAboutKorea(doc: Document, added: Iterable<Node>): boolean {
  if (namesKorea(doc.title)) return true;
  let text = '';
  for (const node of added) {
    if (!node.isConnected) continue;
    // A walk from a text node finds nothing below it: read its parent's text.
    const root = node.nodeType === 3 ? node.parentNode : node;
    if (root) text += readText(root, KOREA_SAMPLE_CHARS - text.length) + '\n';
    if (text.length >= KOREA_SAMPLE_CHARS) break;
  }
  return namesKorea(text);
}
