import type { MentionRecord, MentionStore } from './mentions';
import { MARK_TAG } from './highlight/wrap-fallback';

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
  for (const r of rects) if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return r;
  return undefined;
}

export function recordRects(rec: MentionRecord): DOMRect[] {
  const doc = rec.segments[0]!.node.ownerDocument;
  const marks = doc.querySelectorAll(`${MARK_TAG}[data-mention="${rec.id}"]`);
  if (marks.length) return [...marks].flatMap((m) => [...m.getClientRects()]);
  const range = doc.createRange();
  range.setStart(rec.range.startContainer, rec.range.startOffset);
  range.setEnd(rec.range.endContainer, rec.range.endOffset);
  return [...range.getClientRects()];
}

/**
 * The mention under a point. With the Highlight API there are no elements to
 * receive events, so the caret position under the pointer is looked up in the
 * store, then checked against the mention's boxes (the caret API snaps to the
 * nearest character even in empty space).
 */
export function recordAtPoint(store: MentionStore, doc: Document, x: number, y: number, target?: EventTarget | null): { rec: MentionRecord; rect: DOMRect } | undefined {
  const mark = target instanceof Element ? target.closest(MARK_TAG) : null;
  if (mark) {
    const rec = store.get(Number((mark as HTMLElement).dataset.mention));
    return rec ? { rec, rect: mark.getBoundingClientRect() } : undefined;
  }
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const node = caret.node as Text;
  const rec = store.at(node, caret.offset) ?? (caret.offset > 0 ? store.at(node, caret.offset - 1) : undefined);
  if (!rec) return undefined;
  const rect = inRects(recordRects(rec), x, y);
  return rect ? { rec, rect } : undefined;
}
