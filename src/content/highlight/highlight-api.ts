import type { HighlightStyle } from '../../shared/settings';
import type { MentionRecord } from '../mentions';
import { adoptStyles } from '../page-styles';
import { PAINT, rangeRects, type Highlighter, type HighlighterOptions } from './highlighter';

/**
 * CSS Custom Highlight API: ranges are painted by the browser and the page's
 * text is never touched, so framework pages (React hydration) and editors are
 * safe.
 *
 * The ::highlight() rules apply only to blocks that carry our (random)
 * attribute, and text below inherits them. Unscoped, adding them to a page
 * restyles every element at once: a 300 ms task on a 3 MB article. Scoped,
 * adding the rules restyles nothing and marking a block restyles that block.
 */
export class HighlightApiHighlighter implements Highlighter {
  private readonly ranges = new Highlight();
  private readonly active = new Highlight();
  private readonly names: HighlighterOptions['names']['highlight'];
  private readonly attr: string;
  /** Painted records per block: the block keeps the attribute while it has any. */
  private readonly blocks = new Map<Element, number>();
  private readonly doc: Document;
  private readonly dropStyles: () => void;
  private style: HighlightStyle;

  constructor({ doc, names, style }: HighlighterOptions) {
    this.doc = doc;
    this.names = names.highlight;
    this.attr = names.paintedAttr;
    this.style = style;
    this.active.priority = 1;
    const n = this.names;
    const a = `[${this.attr}]`;
    this.dropStyles = adoptStyles(
      doc,
      `${a}::highlight(${n.underline}) { ${PAINT.underline} } ${a}::highlight(${n.background}) { ${PAINT.background} } ${a}::highlight(${n.active}) { ${PAINT.active} }`,
    );
    CSS.highlights.set(n.active, this.active);
    this.register();
  }

  private register(): void {
    CSS.highlights.delete(this.names.underline);
    CSS.highlights.delete(this.names.background);
    if (this.style !== 'off') CSS.highlights.set(this.names[this.style], this.ranges);
  }

  add(records: readonly MentionRecord[]): void {
    for (const r of records) {
      if (this.ranges.has(r.range)) continue;
      this.ranges.add(r.range);
      const n = this.blocks.get(r.element) ?? 0;
      if (n === 0) r.element.setAttribute(this.attr, '');
      this.blocks.set(r.element, n + 1);
    }
  }

  remove(records: readonly MentionRecord[]): void {
    for (const r of records) {
      this.active.delete(r.range);
      if (!this.ranges.delete(r.range)) continue;
      const n = (this.blocks.get(r.element) ?? 1) - 1;
      if (n > 0) this.blocks.set(r.element, n);
      else {
        this.blocks.delete(r.element);
        r.element.removeAttribute(this.attr);
      }
    }
  }

  setActive(record: MentionRecord | undefined): void {
    this.active.clear();
    if (record) this.active.add(record.range);
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.register();
  }

  rects(record: MentionRecord): DOMRect[] {
    const r = record.range;
    return rangeRects(
      this.doc,
      { node: r.startContainer, offset: r.startOffset },
      { node: r.endContainer, offset: r.endOffset },
    );
  }

  idAt(): undefined {
    return undefined;
  }

  clear(): void {
    this.ranges.clear();
    this.active.clear();
    for (const el of this.blocks.keys()) el.removeAttribute(this.attr);
    this.blocks.clear();
    for (const name of Object.values(this.names)) CSS.highlights.delete(name);
    this.dropStyles();
  }
}
