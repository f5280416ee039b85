import { KINDS, MENTION_KINDS, type MentionKind } from './kinds';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
}

interface Matcher {
  re: RegExp;
  /** Capture group i + 1 is a mention of kinds[i]. */
  kinds: MentionKind[];
}

/**
 * Three regexes for all kinds, one capture group per kind, so a text is walked
 * three times whatever the number of terms: English words (case-insensitive,
 * one shared leading \b), acronyms (case-sensitive) and Hangul (no word
 * boundaries). Without the "u" flag and with the \b factored out, V8 runs
 * these an order of magnitude faster (see bench/).
 */
function buildMatchers(kinds: readonly MentionKind[]): Matcher[] {
  const build = (
    pick: (k: MentionKind) => readonly string[] | undefined,
    prefix: string,
    flags: string,
  ): Matcher | undefined => {
    const used = kinds.filter((k) => pick(k)?.length);
    if (!used.length) return undefined;
    const groups = used.map((k) => `(${pick(k)!.join('|')})`);
    return { re: new RegExp(`${prefix}(?:${groups.join('|')})`, flags), kinds: used };
  };
  return [
    build((k) => KINDS[k].words, '\\b', 'gi'),
    build((k) => KINDS[k].acronyms, '\\b', 'g'),
    build((k) => KINDS[k].hangul, '', 'g'),
  ].filter((m): m is Matcher => m !== undefined);
}

const cache = new Map<string, Matcher[]>();

function matchersFor(kinds: readonly MentionKind[]): Matcher[] {
  const key = kinds.join(',');
  let res = cache.get(key);
  if (!res) cache.set(key, (res = buildMatchers(kinds)));
  return res;
}

/** Finds mentions in a text, in order, never overlapping. */
export function detectMentions(text: string, kinds: readonly MentionKind[] = MENTION_KINDS): Mention[] {
  if (kinds.length === 0 || text.length === 0) return [];
  const found: Mention[] = [];
  for (const { re, kinds: groupKinds } of matchersFor(kinds)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.findIndex((v, i) => i > 0 && v !== undefined);
      // Trailing whitespace comes from the lookahead-bearing "defects " pattern.
      const matched = m[0].trimEnd();
      if (g > 0 && matched.length > 0)
        found.push({ kind: groupKinds[g - 1]!, start: m.index, end: m.index + matched.length, text: matched });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of found) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}
