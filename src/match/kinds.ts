import type { IncidentType, Region, Route } from '../data/enums';

/**
 * The registry of mention kinds: everything the code knows about a kind of
 * mention lives in its entry, so adding a kind or a spelling is one edit here.
 * Detection (detect.ts), context features (features.ts), scoring (score.ts)
 * and the UI (labels by kind id) all read it.
 */

import type { MentionKind } from './kind-names';
export { MENTION_KINDS, type MentionKind } from './kind-names';

export interface MentionKindSpec {
  /**
   * Regex sources. `words`: English, matched case-insensitively at a word
   * start (each begins after an implicit \b). `acronyms`: matched in capitals
   * only, so "jsa" in a user name is not a mention. `hangul`: Korean, with no
   * word boundaries because particles attach to nouns (판문점에서).
   */
  words: readonly string[];
  acronyms?: readonly string[];
  hangul: readonly string[];
  /** What the mention itself says about where an incident happened ("Panmunjom" is the JSA). */
  place?: { region?: Region; route?: Route };
  /** Incident types a mention of this kind is most often about, a small scoring hint. */
  types?: readonly IncidentType[];
}

const CROSSING_TYPES: readonly IncidentType[] = [
  'defection',
  'crossing',
  'drift',
  'repatriation',
  'incursion',
  'infiltration',
  'visit',
];

export const KINDS: Readonly<Record<MentionKind, MentionKindSpec>> = {
  defection: {
    words: [
      // The noun "defect" (a manufacturing or birth defect) is a false friend: only these forms count.
      String.raw`defect(?:ors?|ions?|ed|ing)\b`,
      String.raw`defects?\s+(?=(?:to|from|across|into|via|through|south|north|again)\b)`,
      // The bare verb after "to", a modal or "did" ("wants to defect", "would defect", "did he defect"), or joined
      // to another verb of leaving ("chose to stay and defect"). Each word comes first and what stands before it
      // is checked after, so the scan only stops at "defect" (a leading look-behind is tried at every position).
      String.raw`defect\b(?<=\b(?:to|would|could|might|will|not|never|did|does|didn't|doesn't|(?:did|does|do)\s+(?:he|she|they|you)|(?:stay|remain|flee|escape|leave)\s(?:and|or))\sdefect)(?!\s+(?:in|of(?!\s+(?:their|his|her)\s+own\b)|rate|rates|free)\b)`,
      // A headline's "N. Korean soldier defects in thick fog", "scales fence, defects after …".
      String.raw`defects\b(?<=\b(?:soldiers?|m[ae]n|wom[ae]n|fisherm[ae]n|privates?|sergeants?|officers?|diplomats?|pilots?|guards?|civilians?|koreans?|teen(?:ager)?s?|students?|workers?|officials?|crew|family|athletes?|players?)\sdefects)(?!\s+(?:in\s+(?:the\s+)?(?:brakes?|engines?|software|products?|vehicles?|design)|rate|of)\b)`,
      String.raw`defects\b(?<=,\sdefects)(?=\s+(?:after|amid|as|at|in\s+(?:the\s+)?(?:dmz|jsa|goseong|cheorwon|paju)|on|while|with)\b)`,
      String.raw`(?:fled|flee(?:s|ing)?|escaped|went|gone|goes|ran)\s+(?:to\s+the\s+)?(?:north|south)(?:wards?)?\b(?!\s+(?:of|america|africa|east|west|korean?)\b)`,
      String.raw`re-?defect(?:ors?|ions?|ed|ing)\b`,
    ],
    hangul: [
      '탈북(?:민|자)?(?:들)?',
      '귀순(?:자|병|병사|용사)?',
      '재입북',
      '월북(?:자)?',
      '월남(?!전|쌈|국수|파병|참전|어|식|[가-힣]*전쟁)',
    ],
    types: ['defection', 'crossing'],
  },
  crossing: {
    words: [
      String.raw`cross(?:es|ed|ing)?\s+(?:over\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:border|frontier)\b`,
      String.raw`border[- ]crossings?\b`,
      String.raw`cross(?:es|ed|ing)?\s+(?:over\s+)?into\s+(?:the\s+)?(?:north|south|n\.\s?|s\.\s?)(?:\s*korea)?`,
      String.raw`(?:ran|run|running|walked|fled|swam|dashed|sprinted|went|drifted|sailed)\s+across\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:border|frontier)\b`,
      String.raw`sw[ai]m(?:s|ming)?\s+(?:across|south|north)\b`,
    ],
    // Korean has no safe standalone word: 월경 is also menstruation, 넘어오다 any crossing.
    hangul: [],
    types: CROSSING_TYPES,
  },
  dmz: {
    words: [String.raw`demilitari[sz]ed\s+zone\b`],
    acronyms: [String.raw`DMZ\b`],
    hangul: ['비무장지대'],
    place: { route: 'land' },
  },
  mdl: {
    words: [String.raw`(?:military\s+)?demarcation\s+line\b`],
    acronyms: [String.raw`MDL\b`],
    hangul: ['군사분계선'],
    place: { route: 'land' },
  },
  jsa: {
    words: [String.raw`joint\s+security\s+area\b`, String.raw`panmunj(?:e)?om\b`, String.raw`truce\s+village\b`],
    acronyms: [String.raw`JSA\b`],
    hangul: ['판문점', '공동경비구역'],
    place: { region: 'jsa', route: 'jsa' },
  },
  nll: {
    words: [String.raw`northern\s+limit\s+line\b`, String.raw`(?:maritime|sea)\s+(?:border|boundary)\b`],
    acronyms: [String.raw`NLL\b`],
    hangul: ['북방한계선'],
    place: { route: 'sea' },
  },
};
