import type { HighlightStyle } from '../../shared/settings';
import type { MentionRecord } from '../mentions';
import type { Highlighter } from './highlighter';

/** Custom element name: page rules like "span { display:none }" do not reach it. */
export const MARK_TAG = 'dmz-mark';

/**
 * For browsers without the Highlight API: wraps each mention's text in
 * <dmz-mark> elements and unwraps them on removal, merging the text back.
 * Marks are focusable so keyboard users can reach them.
 */
export class WrapHighlighter implements Highlighter {
  readonly mutatesDom = true;
  private readonly marks = new Map<number, HTMLElement[]>();
  private style: HighlightStyle;

  constructor(style: HighlightStyle) {
    this.style = style;
  }

  add(records: readonly MentionRecord[]): void {
    // Last first: splitting a text node keeps earlier offsets valid.
    const segs = records.flatMap((r) => r.segments.map((s) => ({ r, s })));
    segs.sort((a, b) => (a.s.node === b.s.node ? b.s.start - a.s.start : 0));
    for (const { r, s } of segs) {
      if (!s.node.parentNode || s.end <= s.start || s.end > s.node.data.length) continue;
      const doc = s.node.ownerDocument;
      const mark = doc.createElement(MARK_TAG);
      mark.dataset.style = this.style;
      mark.dataset.mention = String(r.id);
      mark.tabIndex = 0;
      const range = doc.createRange();
      range.setStart(s.node, s.start);
      range.setEnd(s.node, s.end);
      range.surroundContents(mark);
      const list = this.marks.get(r.id) ?? [];
      list.push(mark);
      this.marks.set(r.id, list);
    }
  }

  remove(records: readonly MentionRecord[]): void {
    for (const r of records) {
      for (const mark of this.marks.get(r.id) ?? []) unwrap(mark);
      this.marks.delete(r.id);
    }
  }

  setActive(record: MentionRecord | undefined): void {
    for (const [id, marks] of this.marks) for (const m of marks) m.toggleAttribute('data-active', record?.id === id);
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    for (const marks of this.marks.values()) for (const m of marks) m.dataset.style = style;
  }

  clear(): void {
    for (const marks of this.marks.values()) for (const m of marks) unwrap(m);
    this.marks.clear();
  }
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  parent.normalize();
}
