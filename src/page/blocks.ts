/**
 * Flattens a page into blocks of text (one per paragraph-like element) with a
 * table from string offsets back to text nodes, so the DOM-free matcher works
 * on plain strings and its results map back to ranges. Inline markup does not
 * split a block: "<b>De</b>militarized Zone" is one string.
 *
 * Runs in the content script and, under jsdom, in the CLI.
 */

export interface TextBlock {
  /** The nearest block-level ancestor. */
  element: Element;
  text: string;
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in text. */
  starts: number[];
}

export interface NodePosition {
  node: Text;
  offset: number;
}

/** Elements whose text is never scanned: code, forms, editors, media, our own UI. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'NAV',
]);

/** Inline elements do not end a block; everything else does. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
]);

export interface CollectOptions {
  /** Elements to leave alone besides the built-in ones (our popover host). */
  skip?: (el: Element) => boolean;
  /** Stop after this many characters, for pathological pages. */
  maxChars?: number;
  /** Elements to read through as inline besides the built-in ones (the wrapping fallback's marks). */
  inline?: (el: Element) => boolean;
}

/** Skipped by what the element itself says (tag, hidden, editable): attribute reads only, cheap on every page. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

function isSkipped(el: Element, skip?: (el: Element) => boolean): boolean {
  // isContentEditable is false in jsdom, hence the attribute in isSkippedElement; it also catches inherited editing.
  return isSkippedElement(el) || (el as HTMLElement).isContentEditable || (skip?.(el) ?? false);
}

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

export function blockAncestor(node: Node, root: Node, inline?: (el: Element) => boolean): Element {
  let el = node.parentElement;
  while (el && el !== root && (isInlineElement(el) || inline?.(el))) el = el.parentElement;
  return el ?? (root as Element);
}

/**
 * Yields blocks in document order. A generator, so the content script can stop
 * after a time slice and resume without walking the page twice.
 */
export function* iterateBlocks(root: Node, opts: CollectOptions = {}): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(n) {
      if (n.nodeType === 1)
        return isSkipped(n as Element, opts.skip) ? 2 /* REJECT: skip subtree */ : 3; /* SKIP: descend */
      return 1; /* ACCEPT */
    },
  });
  let current: TextBlock | undefined;
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const element = blockAncestor(text, root, opts.inline);
    if (!current || current.element !== element) {
      if (current && current.text.trim()) yield current;
      current = { element, text: '', nodes: [], starts: [] };
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += data;
    total += data.length;
    if (opts.maxChars !== undefined && total > opts.maxChars) break;
  }
  if (current && current.text.trim()) yield current;
}

export function collectBlocks(root: Node, opts?: CollectOptions): TextBlock[] {
  return [...iterateBlocks(root, opts)];
}

/** Maps a string offset in a block to a text node position (binary search). */
export function positionAt(block: TextBlock, offset: number, preferEnd = false): NodePosition {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}

/**
 * The first maxChars of text a reader would see, without forcing layout
 * (innerText would) or copying a whole huge page (textContent would).
 */
export function sampleText(root: Node, maxChars: number, opts: CollectOptions = {}): string {
  let out = '';
  for (const block of iterateBlocks(root, { ...opts, maxChars })) {
    out += block.text + '\n';
    if (out.length >= maxChars) break;
  }
  return out.slice(0, maxChars);
}
