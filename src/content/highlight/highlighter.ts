import type { HighlightStyle } from '../../shared/settings';
import type { MentionRecord } from '../mentions';
import type { PageNames } from '../names';
import { PAGE_COLOURS } from '../../ui/palette';

/** Paints mentions; every implementation leaves the page as it was on clear(). */
export interface Highlighter {
  add(records: readonly MentionRecord[]): void;
  remove(records: readonly MentionRecord[]): void;
  setActive(record: MentionRecord | undefined): void;
  setStyle(style: HighlightStyle): void;
  /** Where a mention is now, in viewport coordinates (one rect per line box). */
  rects(record: MentionRecord): DOMRect[];
  /** The mention an event target paints, where highlights are elements (the wrapping fallback). */
  idAt(target: EventTarget | null): number | undefined;
  clear(): void;
}

export interface HighlighterOptions {
  doc: Document;
  names: PageNames;
  style: HighlightStyle;
  /** Runs the wrapping fallback's DOM changes so that the change observer does not take them for the page's. */
  guard: (mutate: () => void) => void;
}

/** How mentions look, shared by both implementations; the colours are the palette's. */
export const PAINT = {
  underline: `text-decoration: underline dotted 2px ${PAGE_COLOURS.underline}; text-underline-offset: 3px;`,
  background: `background-color: ${PAGE_COLOURS.background};`,
  active: `background-color: ${PAGE_COLOURS.active};`,
} as const;

/** Client rects of a live range over a record's (static) boundaries. */
export function rangeRects(
  doc: Document,
  start: { node: Node; offset: number },
  end: { node: Node; offset: number },
): DOMRect[] {
  const range = doc.createRange();
  try {
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } catch {
    // The page shortened the text since the scan; the rescan that follows will fix the record.
    return [];
  }
  return [...range.getClientRects()];
}
