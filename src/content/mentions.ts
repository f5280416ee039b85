import type { MentionKind } from '../shared/incident';
import type { Mention } from '../match/detect';
import type { MatchResult } from '../match/matcher';
import { positionAt, type TextBlock } from '../page/blocks';

/** One highlighted mention on the page. */
export interface MentionRecord {
  id: number;
  mention: Mention;
  /** The block's text at scan time: the matcher's context. */
  blockText: string;
  /** The part of each text node the mention covers. */
  segments: Array<{ node: Text; start: number; end: number }>;
  range: StaticRange;
  /** Filled in on first open: matching is lazy. */
  result?: MatchResult;
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
  const range = new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
  return { id: nextId++, mention, blockText: block.text, segments, range };
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

  clear(): void {
    this.byId.clear();
    this.byNode.clear();
  }

  at(node: Text, offset: number): MentionRecord | undefined {
    return this.byNode.get(node)?.find((r) => r.segments.some((s) => s.node === node && offset >= s.start && offset < s.end));
  }

  /** Records in document order (for next/previous). */
  ordered(): MentionRecord[] {
    return this.all().sort((a, b) => {
      const an = a.segments[0]!.node;
      const bn = b.segments[0]!.node;
      if (an === bn) return a.segments[0]!.start - b.segments[0]!.start;
      return an.compareDocumentPosition(bn) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  countByKind(): Partial<Record<MentionKind, number>> {
    const out: Partial<Record<MentionKind, number>> = {};
    for (const r of this.byId.values()) out[r.mention.kind] = (out[r.mention.kind] ?? 0) + 1;
    return out;
  }
}
