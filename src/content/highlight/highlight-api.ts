import type { HighlightStyle } from '../../shared/settings';
import type { MentionRecord } from '../mentions';
import type { Highlighter } from './highlighter';

/** Highlight names; their ::highlight() rules are in src/content/highlights.css. */
export const HIGHLIGHT_NAMES = { underline: 'dmz-context-underline', background: 'dmz-context-background', active: 'dmz-context-active' } as const;

/**
 * CSS Custom Highlight API: ranges are painted by the browser and the DOM is
 * never touched, so framework pages (React hydration) and editors are safe.
 */
export class HighlightApiHighlighter implements Highlighter {
  readonly mutatesDom = false;
  private readonly ranges = new Highlight();
  private readonly active = new Highlight();
  private style: HighlightStyle;

  constructor(style: HighlightStyle) {
    this.style = style;
    this.active.priority = 1;
    CSS.highlights.set(HIGHLIGHT_NAMES.active, this.active);
    this.register();
  }

  private register(): void {
    CSS.highlights.delete(HIGHLIGHT_NAMES.underline);
    CSS.highlights.delete(HIGHLIGHT_NAMES.background);
    if (this.style !== 'off') CSS.highlights.set(HIGHLIGHT_NAMES[this.style], this.ranges);
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

  clear(): void {
    this.ranges.clear();
    this.active.clear();
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }
}
