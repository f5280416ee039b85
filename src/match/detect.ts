import { MENTION_KINDS, type MentionKind } from './kinds';
import { TERM_PATTERNS } from './terms';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
}

const ACRONYM = /^\\bDMZ|^\\bMDL|^\\bJSA|^\\bNLL/;
const WORD_START = '\\b';

/**
 * Three regexes for all kinds, each with a named group per kind, so a text is
 * walked three times whatever the number of terms: acronyms (DMZ, JSA) are
 * case-sensitive so "jsa" in a handle is not a mention; English words are
 * case-insensitive; Korean terms have no word boundaries. The shared leading
 * \b is factored out and the "u" flag left off: both make V8 an order of
 * magnitude faster here (see bench/).
 */
function buildMatchers(kinds: readonly MentionKind[]): RegExp[] {
  const build = (accept: (p: string) => boolean, factorBoundary: boolean, flags: string): RegExp | undefined => {
    const groups = kinds.flatMap((kind) => {
      const alts = TERM_PATTERNS[kind].filter(accept).map((p) => (factorBoundary ? p.slice(WORD_START.length) : p));
      return alts.length ? [`(?<${kind}>${alts.join('|')})`] : [];
    });
    if (!groups.length) return undefined;
    return new RegExp(factorBoundary ? `${WORD_START}(?:${groups.join('|')})` : groups.join('|'), flags);
  };
  const isWord = (p: string) => p.startsWith(WORD_START);
  return [
    build((p) => isWord(p) && !ACRONYM.test(p), true, 'gi'),
    build((p) => ACRONYM.test(p), true, 'g'),
    build((p) => !isWord(p), false, 'g'),
  ].filter((re): re is RegExp => re !== undefined);
}

const cache = new Map<string, RegExp[]>();

function matchersFor(kinds: readonly MentionKind[]): RegExp[] {
  const key = kinds.join(',');
  let res = cache.get(key);
  if (!res) {
    res = buildMatchers(kinds);
    cache.set(key, res);
  }
  return res;
}

/** Finds mentions in a text, in order, never overlapping. */
export function detectMentions(text: string, kinds: readonly MentionKind[] = MENTION_KINDS): Mention[] {
  if (kinds.length === 0 || text.length === 0) return [];
  const found: Mention[] = [];
  for (const re of matchersFor(kinds)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const groups = m.groups ?? {};
      const kind = kinds.find((k) => groups[k] !== undefined);
      // Trailing whitespace comes from the lookahead-bearing "defects " pattern.
      const matched = m[0].trimEnd();
      if (kind && matched.length > 0) found.push({ kind, start: m.index, end: m.index + matched.length, text: matched });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of found) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}
