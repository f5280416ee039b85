import type { Highlighter, HighlighterOptions } from './highlighter';
import { HighlightApiHighlighter } from './highlight-api';
import { NearViewportHighlighter } from './near-viewport';
import { WrapHighlighter } from './wrap-fallback';

export type { Highlighter, HighlighterOptions } from './highlighter';

/** A build with VITE_FORCE_WRAP=1 uses the wrapping fallback everywhere, so its tests run in real browsers too. */
const FORCE_WRAP = import.meta.env.VITE_FORCE_WRAP === '1';

function supportsHighlightApi(): boolean {
  return !FORCE_WRAP && typeof CSS !== 'undefined' && 'highlights' in CSS && typeof globalThis.Highlight === 'function';
}

export function createHighlighter(opts: HighlighterOptions): Highlighter {
  return new NearViewportHighlighter(
    supportsHighlightApi() ? new HighlightApiHighlighter(opts) : new WrapHighlighter(opts),
  );
}
