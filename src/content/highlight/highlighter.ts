import type { HighlightStyle } from '../../shared/settings';
import type { MentionRecord } from '../mentions';
import { HighlightApiHighlighter } from './highlight-api';
import { WrapHighlighter } from './wrap-fallback';
import { NearViewportHighlighter } from './near-viewport';

/** Paints mentions; both implementations leave the page as it was on clear(). */
export interface Highlighter {
  add(records: readonly MentionRecord[]): void;
  remove(records: readonly MentionRecord[]): void;
  setActive(record: MentionRecord | undefined): void;
  setStyle(style: HighlightStyle): void;
  clear(): void;
  /** Whether painting changes the DOM (the fallback), so the observer must look away. */
  readonly mutatesDom: boolean;
}

export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof globalThis.Highlight === 'function';
}

export function createHighlighter(style: HighlightStyle): Highlighter {
  return new NearViewportHighlighter(supportsHighlightApi() ? new HighlightApiHighlighter(style) : new WrapHighlighter(style));
}
