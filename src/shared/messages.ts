import type { MentionKind } from '../match/kinds';

/** What the content script reports about its tab. */
export interface PageState {
  host: string;
  active: boolean;
  aboutKorea: boolean;
  /** Mentions a reader can see (text hidden by the page is not counted). */
  mentions: number;
  byKind: Partial<Record<MentionKind, number>>;
}

/** Popup (and background, for the shortcuts) → content script. */
export type PopupToContent =
  | { type: 'get-page-state' }
  | { type: 'get-fact-check' }
  | { type: 'show-next-mention' }
  | { type: 'show-previous-mention' };
/** Content script → background. */
type ContentToBackground = { type: 'mention-count'; count: number } | { type: 'open-url'; url: string };

const POPUP_TYPES = new Set(['get-page-state', 'get-fact-check', 'show-next-mention', 'show-previous-mention']);

/** Messages arrive as unknown; check before trusting the shape. */
export function isPopupToContent(m: unknown): m is PopupToContent {
  return typeof m === 'object' && m !== null && POPUP_TYPES.has((m as { type?: unknown }).type as string);
}

export function isContentToBackground(m: unknown): m is ContentToBackground {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as { type?: unknown; count?: unknown; url?: unknown };
  if (o.type === 'mention-count') return typeof o.count === 'number' && Number.isFinite(o.count) && o.count >= 0;
  return o.type === 'open-url' && typeof o.url === 'string' && /^https?:\/\//i.test(o.url);
}
