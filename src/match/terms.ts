import type { MentionKind } from './kinds';

/**
 * Mention patterns, one list per kind. English uses word boundaries; Korean
 * does not, because particles attach to nouns (탈북민이, 판문점에서).
 *
 * False friends, decided here and tested in tests/unit/detect.test.ts:
 * - "defect(s)" as a noun (a manufacturing or birth defect) is not a mention;
 *   the verb is only taken with a direction word after it ("defects to").
 * - 월남 also means Vietnam (월남전, 월남쌈); those compounds are excluded.
 * - "DMZ" is also a network term; pages are only scanned when they are about
 *   Korea at all (see src/page/about-korea.ts), which keeps firewall manuals quiet.
 */
export const TERM_PATTERNS: Record<MentionKind, readonly string[]> = {
  defection: [
    String.raw`\bdefect(?:ors?|ions?|ed|ing)\b`,
    String.raw`\bdefects?\s+(?=(?:to|from|across|into|via|through|south|north)\b)`,
    String.raw`\b(?:fled|flee(?:s|ing)?|escaped|went|gone|goes|ran)\s+(?:to\s+the\s+)?(?:north|south)(?:wards?)?\b(?!\s+(?:of|america|africa|east|west)\b)`,
    String.raw`\bre-?defect(?:ors?|ions?|ed)\b`,
    '탈북(?:민|자|자들|민들)?',
    '귀순(?:자|병|병사)?',
    '월북(?:자)?',
    '월남(?!전|쌈|국수|파병|참전)',
  ],
  crossing: [
    String.raw`\bcross(?:es|ed|ing)?\s+(?:over\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:border|frontier)\b`,
    String.raw`\bborder[- ]crossings?\b`,
    String.raw`\bcross(?:es|ed|ing)?\s+into\s+(?:the\s+)?(?:north|south)(?:\s+korea)?\b`,
    String.raw`\b(?:ran|run|running|walked|fled|swam|dashed|sprinted|went)\s+across\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:border|frontier)\b`,
    String.raw`\bswam\s+(?:across|south|north)\b`,
  ],
  dmz: [String.raw`\bDMZ\b`, String.raw`\bdemilitari[sz]ed\s+zone\b`, '비무장지대'],
  mdl: [String.raw`\bMDL\b`, String.raw`\b(?:military\s+)?demarcation\s+line\b`, '군사분계선'],
  jsa: [
    String.raw`\bJSA\b`,
    String.raw`\bjoint\s+security\s+area\b`,
    String.raw`\bpanmunj(?:e)?om\b`,
    String.raw`\btruce\s+village\b`,
    '판문점',
    '공동경비구역',
  ],
  nll: [String.raw`\bNLL\b`, String.raw`\bnorthern\s+limit\s+line\b`, String.raw`\b(?:maritime|sea)\s+border\b`, '북방한계선'],
};
