import type { HighlightStyle } from '../../shared/settings';
import type { MentionRecord } from '../mentions';
import { adoptStyles } from '../page-styles';
import { PAINT, rangeRects, type Highlighter, type HighlighterOptions } from './highlighter';

/**
 * CSS Custom Highlight API: ranges are painted by the browser and the DOM is
 * never touched, so framework pages (React hydration) and editors are safe.
 */
export class HighlightApiHighlighter implements Highlighter {
  private readonly ranges = new Highlight();
  private readonly active = new Highlight();
  private readonly names: HighlighterOptions['names']['highlight'];
  private readonly doc: Document;
  private readonly dropStyles: () => void;
  private style: HighlightStyle;

  constructor({ doc, names, style }: HighlighterOptions) {
    this.doc = doc;
    this.names = names.highlight;
    this.style = style;
    this.active.priority = 1;
    const n = this.names;
    this.dropStyles = adoptStyles(doc, `::highlight(${n.underline}) { ${PAINT.underline} } ::highlight(${n.background}) { ${PAINT.background} } ::highlight(${n.active}) { ${PAINT.active} }`);
    CSS.highlights.set(n.active, this.active);
    this.register();
  }

  private register(): void {
    CSS.highlights.delete(this.names.underline);
    CSS.highlights.delete(this.names.background);
    if (this.style !== 'off') CSS.highlights.set(this.names[this.style], this.ranges);
  }

  add(records: readonly MentionRecord[]): void {
    for (const r of records) this.ranges.add(r.range);
  }

  remove(records: readonly MentionRecord[]): void {
    for (const r of records) {
      this.ranges.delete(r.range);
      this.active.delete(r.range);
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
    return rangeRects(this.doc, { node: r.startContainer, offset: r.startOffset }, { node: r.endContainer, offset: r.endOffset });
  }

  idAt(): undefined {
    return undefined;
  }

  clear(): void {
    this.ranges.clear();
    this.active.clear();
    for (const name of Object.values(this.names)) CSS.highlights.delete(name);
    this.dropStyles();
  }
}
