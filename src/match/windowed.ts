import type { MentionKind } from './kinds';
import { detectMentions, type Mention } from './detect';

/** Texts longer than this are searched in windows, so one giant text cannot hold the thread for long. */
export const WINDOW = 32_000;
/** Longer than any mention, so one across a window edge is found whole in the next window. */
const OVERLAP = 200;

/**
 * Mentions of a text, window by window (a caller can yield between windows);
 * together the same as detectMentions over the whole text.
 */
export function* mentionsIn(text: string, kinds: readonly MentionKind[]): Generator<Mention[]> {
  if (text.length <= WINDOW) {
    yield detectMentions(text, kinds);
    return;
  }
  let seenUpTo = 0;
  for (let from = 0; from < text.length; from += WINDOW - OVERLAP) {
    const part = detectMentions(text.slice(from, from + WINDOW), kinds)
      .map((m) => ({ ...m, start: m.start + from, end: m.end + from }))
      .filter((m) => m.start >= seenUpTo);
    if (part.length) seenUpTo = part[part.length - 1]!.end;
    yield part;
  }
}
