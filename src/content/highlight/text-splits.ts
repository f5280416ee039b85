/** One wrapped part of a page text node, in offsets of the node's text at wrap time. */
interface Piece {
  start: number;
  end: number;
  mark: Element;
  /** The wrapped text (a node we created, inside mark). */
  mid: Text;
  /** The text after mark up to the next piece or the end (a node we created), if any. */
  tail: Text | null;
}

interface DomPosition {
  node: Text;
  offset: number;
}

/**
 * Wraps parts of page text nodes in elements and undoes exactly that.
 *
 * A split keeps the page's own Text object in place as the part before the
 * first mark (possibly empty), so a framework holding that object still finds
 * it; undoing gives it its whole text back and removes only the nodes made
 * here. Nothing is ever merged with the page's other nodes (no normalize()).
 * If the page rewrote a node in the meantime, the page's text wins: the
 * pieces made here are dropped instead of merged into it.
 */
export class TextSplits {
  /** Per page text node: its wrapped pieces in text order. */
  private readonly pieces = new Map<Text, Piece[]>();
  private readonly byMark = new Map<Element, Text>();
  /** The text each node had when it was last written here, to tell the page's later edits apart. */
  private readonly written = new WeakMap<Text, string>();

  /** Text nodes that hold at least one wrapped piece. */
  get size(): number {
    return this.pieces.size;
  }

  /**
   * Wraps [start, end) of node's text (offsets as when it was scanned) in
   * mark. False when that text is no longer there as it was.
   */
  wrap(node: Text, start: number, end: number, mark: Element): boolean {
    if (end <= start || !node.parentNode) return false;
    const list = this.pieces.get(node) ?? [];
    const at = list.findIndex((p) => p.start >= start);
    const before = at === -1 ? list[list.length - 1] : list[at - 1];
    const after = at === -1 ? undefined : list[at];
    if ((before && before.end > start) || (after && after.start < end)) return false;
    // The node that holds [start, end) now: the page's node, or the tail after the previous piece.
    const host = before ? before.tail : node;
    const base = before ? before.end : 0;
    if (!host || !host.parentNode || (list.length > 0 && !this.intact(host))) return false;
    if (end - base > host.data.length) return false;
    const tail = end - base < host.data.length ? host.splitText(end - base) : null;
    const mid = host.splitText(start - base);
    host.parentNode.insertBefore(mark, mid);
    mark.appendChild(mid);
    this.written.set(host, host.data);
    if (tail) this.written.set(tail, tail.data);
    list.splice(at === -1 ? list.length : at, 0, { start, end, mark, mid, tail });
    this.pieces.set(node, list);
    this.byMark.set(mark, node);
    return true;
  }

  /** Takes a mark out and gives its text back to the node before it. */
  unwrap(mark: Element): void {
    const node = this.byMark.get(mark);
    if (!node) return;
    this.byMark.delete(mark);
    const list = this.pieces.get(node)!;
    const k = list.findIndex((p) => p.mark === mark);
    const piece = list[k]!;
    const left = k === 0 ? node : list[k - 1]!.tail;
    if (left && this.intact(left) && (!piece.tail || this.intact(piece.tail))) {
      left.data += piece.mid.data + (piece.tail?.data ?? '');
      this.written.set(left, left.data);
    }
    mark.remove();
    piece.tail?.remove();
    list.splice(k, 1);
    if (list.length === 0) this.pieces.delete(node);
  }

  /** Where an offset of node's text (as when scanned) is in the DOM now. */
  locate(node: Text, offset: number): DomPosition {
    let host: Text = node;
    let base = 0;
    for (const p of this.pieces.get(node) ?? []) {
      if (offset < p.start) break;
      if (offset < p.end) return { node: p.mid, offset: offset - p.start };
      if (!p.tail) return { node: p.mid, offset: p.mid.data.length };
      host = p.tail;
      base = p.end;
    }
    return { node: host, offset: offset - base };
  }

  private intact(text: Text): boolean {
    return this.written.get(text) === text.data;
  }
}
