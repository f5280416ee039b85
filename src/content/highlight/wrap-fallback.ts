import type { HighlightStyle } from '../../shared/settings';
import type { MentionRecord } from '../mentions';
import { adoptStyles } from '../page-styles';
import { PAINT, rangeRects, type Highlighter, type HighlighterOptions } from './highlighter';
import { TextSplits } from './text-splits';

/**
 * For browsers without the Highlight API: wraps each mention's text in mark
 * elements (a custom element, so page rules like "span { display:none }" do
 * not reach them) and takes them out again on removal, leaving the page's
 * own text nodes as they were. Marks are focusable so keyboard users can
 * reach them.
 */
export class WrapHighlighter implements Highlighter {
  private readonly splits = new TextSplits();
  private readonly marks = new Map<number, Element[]>();
  private readonly ids = new WeakMap<Element, number>();
  private readonly doc: Document;
  private readonly tag: string;
  private readonly guard: HighlighterOptions['guard'];
  private readonly dropStyles: () => void;
  private style: HighlightStyle;

  constructor({ doc, names, style, guard }: HighlighterOptions) {
    this.doc = doc;
    this.tag = names.mark;
    this.guard = guard;
    this.style = style;
    const t = this.tag;
    this.dropStyles = adoptStyles(
      doc,
      `${t} { display: inline !important; cursor: help; } ${t}[data-style='underline'] { ${PAINT.underline.replace(/;/g, ' !important;')} } ` +
        `${t}[data-style='background'] { ${PAINT.background.replace(/;/g, ' !important;')} } ${t}[data-active] { ${PAINT.active.replace(/;/g, ' !important;')} }`,
    );
  }

  add(records: readonly MentionRecord[]): void {
    this.guard(() => {
      for (const r of records) {
        if (this.marks.has(r.id)) continue;
        const list: Element[] = [];
        for (const s of r.segments) {
          const mark = this.doc.createElement(this.tag);
          mark.setAttribute('data-style', this.style);
          mark.setAttribute('tabindex', '0');
          if (this.splits.wrap(s.node, s.start, s.end, mark)) {
            this.ids.set(mark, r.id);
            list.push(mark);
          }
        }
        if (list.length) this.marks.set(r.id, list);
      }
    });
  }

  remove(records: readonly MentionRecord[]): void {
    this.guard(() => {
      for (const r of records) {
        for (const mark of this.marks.get(r.id) ?? []) this.splits.unwrap(mark);
        this.marks.delete(r.id);
      }
    });
  }

  setActive(record: MentionRecord | undefined): void {
    this.guard(() => {
      for (const [id, marks] of this.marks) for (const m of marks) m.toggleAttribute('data-active', record?.id === id);
    });
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.guard(() => {
      for (const marks of this.marks.values()) for (const m of marks) m.setAttribute('data-style', style);
    });
  }

  rects(record: MentionRecord): DOMRect[] {
    const marks = this.marks.get(record.id);
    if (marks) return marks.flatMap((m) => [...m.getClientRects()]);
    const first = record.segments[0]!;
    const last = record.segments[record.segments.length - 1]!;
    return rangeRects(this.doc, this.splits.locate(first.node, first.start), this.splits.locate(last.node, last.end));
  }

  idAt(target: EventTarget | null): number | undefined {
    const mark = target instanceof Element ? target.closest(this.tag) : null;
    return mark ? this.ids.get(mark) : undefined;
  }

  clear(): void {
    this.guard(() => {
      for (const marks of this.marks.values()) for (const m of marks) this.splits.unwrap(m);
    });
    this.marks.clear();
    this.dropStyles();
  }
}
