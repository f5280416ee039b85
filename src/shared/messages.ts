import type { MentionKind } from '../match/kinds';

/** What the content script reports about its tab. */
export interface PageState {
  host: string;
  active: boolean;
  aboutKorea: boolean;
  mentions: number;
  byKind: Partial<Record<MentionKind, number>>;
}

/** Popup → content script. */
export type PopupToContent = { type: 'get-page-state' } | { type: 'show-next-mention' };
/** Content script → background. */
export type ContentToBackground = { type: 'mention-count'; count: number };

const POPUP_TYPES = new Set(['get-page-state', 'show-next-mention']);

/** Messages arrive as unknown; check before trusting the shape. */
export function isPopupToContent(m: unknown): m is PopupToContent {
  return typeof m === 'object' && m !== null && POPUP_TYPES.has((m as { type?: unknown }).type as string);
}

export function isContentToBackground(m: unknown): m is ContentToBackground {
  const o = m as { type?: unknown; count?: unknown };
  return typeof m === 'object' && m !== null && o.type === 'mention-count' && typeof o.count === 'number' && Number.isFinite(o.count) && o.count >= 0;
}
