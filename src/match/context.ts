/** The sentence around [start, end) in a block of text. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  const boundary = /[.!?。]["'”’)]?\s+|다\.\s*|\n+/g;
  let from = 0;
  let to = text.length;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const stop = m.index + m[0].length;
    // "U.S. soldier", "Jan. 1": a period after a short token is not an end.
    if (m[0].startsWith('.') && /(?:\b[A-Z]|\b(?:[A-Z][a-z]{1,3}|St|Mr|Ms|Dr|No|Gen|Lt|Sgt|Pvt|Col|Maj|Capt))$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (stop <= start) from = stop;
    else if (m.index >= end) {
      to = m.index + 1;
      break;
    }
  }
  return { text: text.slice(from, to).trim(), start: from };
}

/** Caps a context so huge blocks (a page with no paragraphs) stay cheap. */
export function clip(text: string, start: number, end: number, radius = 400): string {
  if (text.length <= radius * 2) return text;
  return text.slice(Math.max(0, start - radius), Math.min(text.length, end + radius));
}
