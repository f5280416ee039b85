import type { Highlighter } from './highlight';
import type { MentionRecord, MentionStore } from './mentions';

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

function inRects(rects: Iterable<DOMRect>, x: number, y: number, slack = 1): DOMRect | undefined {
  for (const r of rects)
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return r;
  return undefined;
}

/**
 * The mention under a point. Marks (the wrapping fallback) are event
 * targets; with the Highlight API there are no elements to receive events,
 * so the caret position under the pointer is looked up in the store, then
 * checked against the mention's boxes (the caret API snaps to the nearest
 * character even in empty space).
 */
export function recordAtPoint(
  store: MentionStore,
  highlighter: Highlighter,
  doc: Document,
  x: number,
  y: number,
  target: EventTarget | null,
): MentionRecord | undefined {
  const id = highlighter.idAt(target);
  if (id !== undefined) return store.get(id);
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const node = caret.node as Text;
  const rec = store.at(node, caret.offset) ?? (caret.offset > 0 ? store.at(node, caret.offset - 1) : undefined);
  return rec && inRects(highlighter.rects(rec), x, y) ? rec : undefined;
}
