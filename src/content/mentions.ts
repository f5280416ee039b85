import type { Mention } from '../match/detect';
import { positionAt, type TextBlock } from '../page/blocks';

/** One highlighted mention on the page. */
export interface MentionRecord {
  id: number;
  mention: Mention;
  /** The block element the mention is in: the unit of lazy painting. */
  element: Element;
  /** The block's text at scan time: the matcher's context. */
  blockText: string;
  /** The part of each text node the mention covers. */
  segments: Array<{ node: Text; start: number; end: number }>;
  range: StaticRange;
}

let nextId = 1;

export function makeRecord(block: TextBlock, mention: Mention): MentionRecord {
  const from = positionAt(block, mention.start);
  const to = positionAt(block, mention.end, true);
  const segments: MentionRecord['segments'] = [];
  const first = block.nodes.indexOf(from.node);
  const last = block.nodes.indexOf(to.node);
  for (let i = first; i <= last; i++) {
    const node = block.nodes[i]!;
    segments.push({ node, start: i === first ? from.offset : 0, end: i === last ? to.offset : node.data.length });
  }
  const range = new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
  return { id: nextId++, mention, element: block.element, blockText: block.text, segments, range };
}

/** All records, indexed by text node for hit-testing and pruning. */
export class MentionStore {
  private readonly byId = new Map<number, MentionRecord>();
  private readonly byNode = new Map<Text, MentionRecord[]>();

  get size(): number {
    return this.byId.size;
  }

  get(id: number): MentionRecord | undefined {
    return this.byId.get(id);
  }

  all(): MentionRecord[] {
    return [...this.byId.values()];
  }

  add(rec: MentionRecord): void {
    this.byId.set(rec.id, rec);
    for (const s of rec.segments) {
      const list = this.byNode.get(s.node);
      if (list) list.push(rec);
      else this.byNode.set(s.node, [rec]);
    }
  }

  /** Removes records that satisfy a predicate; returns them. */
  removeWhere(pred: (r: MentionRecord) => boolean): MentionRecord[] {
    const gone: MentionRecord[] = [];
    for (const r of this.byId.values()) if (pred(r)) gone.push(r);
    for (const r of gone) {
      this.byId.delete(r.id);
      for (const s of r.segments) {
        const list = this.byNode.get(s.node)?.filter((x) => x !== r);
        if (list?.length) this.byNode.set(s.node, list);
        else this.byNode.delete(s.node);
      }
    }
    return gone;
  }

  /**
   * Records that a change to these subtrees invalidates: those with a text
   * node inside one of them or no longer in the document. Looks up the roots'
   * own text nodes instead of testing every record against every root: those
   * DOM calls grow with the page's mentions times the changed blocks, and
   * each is slow through Firefox's content-script wrappers (a live blog spent
   * 25-60 ms per batch there, against 3-9 ms in Chromium).
   */
  staleAfterChange(roots: readonly Node[]): Set<MentionRecord> {
    const stale = new Set<MentionRecord>();
    for (const root of roots) {
      const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        for (const r of this.byNode.get(n as Text) ?? []) stale.add(r);
    }
    for (const [node, records] of this.byNode) if (!node.isConnected) for (const r of records) stale.add(r);
    return stale;
  }

  clear(): void {
    this.byId.clear();
    this.byNode.clear();
  }

  at(node: Text, offset: number): MentionRecord | undefined {
    return this.byNode
      .get(node)
      ?.find((r) => r.segments.some((s) => s.node === node && offset >= s.start && offset < s.end));
  }

  /**
   * The next (or previous) record in document order from a record, or from
   * the start (end) of root. Walks text nodes from there instead of sorting
   * all records: comparing positions is slow on pages with many siblings.
   */
  step(from: MentionRecord | undefined, dir: 1 | -1, root: Node): MentionRecord | undefined {
    if (this.byId.size === 0) return undefined;
    const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const firstOf = (node: Text, after?: number) => {
      const segs = (this.byNode.get(node) ?? [])
        .map((r) => ({ r, start: r.segments.find((s) => s.node === node)!.start, head: r.segments[0]!.node === node }))
        // A record is reached at its first node going forward, at its last going back.
        .filter((x) => (dir === 1 ? x.head : x.r.segments[x.r.segments.length - 1]!.node === node))
        .filter((x) => after === undefined || (dir === 1 ? x.start > after : x.start < after))
        .sort((a, b) => (a.start - b.start) * dir);
      return segs[0]?.r;
    };
    if (from) {
      const edge = dir === 1 ? from.segments[0]! : from.segments[from.segments.length - 1]!;
      const same = firstOf(edge.node, edge.start);
      if (same) return same;
      walker.currentNode = edge.node;
    } else if (dir === -1) {
      // With SHOW_TEXT, the root's last child is its last text node.
      const last = walker.lastChild();
      const r = last && firstOf(last as Text);
      if (r) return r;
    }
    for (
      let n = dir === 1 ? walker.nextNode() : walker.previousNode();
      n;
      n = dir === 1 ? walker.nextNode() : walker.previousNode()
    ) {
      const r = firstOf(n as Text);
      if (r) return r;
    }
    // Wrap around.
    return from ? this.step(undefined, dir, root) : undefined;
  }
}
