import type { Incident, Origin, Person, Role, Source } from '../data/schema';

export interface Contradiction {
  /** What the article says. */
  claim: string;
  /** What the sources say instead. */
  fact: string;
  sources: Source[];
}

interface Claim {
  origin?: Origin;
  role?: Role;
  text: string;
}

const ORIGIN_WORDS: Record<string, Origin> = { north: 'north-korea', south: 'south-korea', 'u.s.': 'united-states', us: 'united-states', american: 'united-states' };
const ROLE_WORDS: Record<string, Role> = {
  soldier: 'soldier', private: 'soldier', sergeant: 'soldier', serviceman: 'soldier', troop: 'soldier',
  civilian: 'civilian', man: 'civilian', woman: 'civilian', resident: 'civilian',
  fisherman: 'fisherman', official: 'official', diplomat: 'diplomat',
};

/** "<origin> <role> ... defected/crossed/fled": who the text says crossed. */
const EN_CLAIM = /\b(north|south)\s+korean|\b(u\.s\.|us|american)\b/i;
const EN_CLAIM_FULL = /\b(?:(north|south)\s+korean|(u\.s\.|us|american))\s+(?:[a-z-]+\s+)?(soldier|private|sergeant|serviceman|troop|civilian|man|woman|resident|fisherman|official|diplomat)s?\b(?:\s+[\w'’-]+){0,5}?\s+(?:makes?|made|has|had|was|is)?\s*(?:a\s+)?(?:rare\s+|shock(?:ing)?\s+|daring\s+)?(?:defect|fled|flee|cross|escap|went|ran|swam|walked)/gi;
const KO_CLAIMS: ReadonlyArray<[RegExp, Claim]> = [
  [/(?:국군|한국군|우리\s?군)\s?(?:병사|장병|군인)?[^.]{0,20}(?:월북|귀순)/, { origin: 'south-korea', role: 'soldier', text: '국군 병사' }],
  [/북한\s?(?:군|병사|군인)[^.]{0,20}(?:귀순|월남|탈북)/, { origin: 'north-korea', role: 'soldier', text: '북한군 병사' }],
  [/북한\s?주민[^.]{0,20}(?:귀순|월남|탈북)/, { origin: 'north-korea', role: 'civilian', text: '북한 주민' }],
];

export function findClaims(text: string): Claim[] {
  if (!EN_CLAIM.test(text) && !/국군|한국군|우리\s?군|북한/.test(text)) return [];
  const claims: Claim[] = [];
  EN_CLAIM_FULL.lastIndex = 0;
  for (let m = EN_CLAIM_FULL.exec(text); m; m = EN_CLAIM_FULL.exec(text)) {
    const origin = ORIGIN_WORDS[(m[1] ?? m[2] ?? '').toLowerCase()];
    const role = ROLE_WORDS[m[3]!.toLowerCase()];
    const words = m[0].split(/\s+/);
    claims.push({ ...(origin ? { origin } : {}), ...(role ? { role } : {}), text: words.slice(0, words.findIndex((w) => ROLE_WORDS[w.toLowerCase().replace(/s$/, '')]) + 1).join(' ') });
  }
  for (const [re, claim] of KO_CLAIMS) if (re.test(text)) claims.push(claim);
  return claims;
}

const ORIGIN_NAME: Record<Origin, string> = { 'north-korea': 'North Korean', 'south-korea': 'South Korean', 'united-states': 'American', other: 'foreign' };

export function describePerson(p: Person): string {
  const parts = [ORIGIN_NAME[p.origin], p.rank ?? p.role];
  const base = `${p.count && p.count > 1 ? `${p.count} ` : ''}${parts.join(' ')}${p.count && p.count > 1 ? 's' : ''}`;
  return p.formerDefector ? `${base} who had defected to the South earlier and went back` : base;
}

/**
 * Where the text's claim about who crossed disagrees with the incident's
 * sources, say so. Claims come from the nearest text that makes one.
 */
export function findContradictions(incident: Incident, texts: readonly string[]): Contradiction[] {
  const out: Contradiction[] = [];
  const who = incident.who?.[0];
  if (who) {
    const claims = texts.map(findClaims).find((c) => c.length > 0) ?? [];
    for (const claim of claims) {
      const wrongOrigin = claim.origin && claim.origin !== who.origin;
      const wrongRole = claim.role === 'soldier' && who.role !== 'soldier';
      if (!wrongOrigin && !wrongRole) continue;
      out.push({
        claim: `The text describes the person as “${claim.text}”.`,
        fact: `Sources identify the person as a ${describePerson(who)}${wrongRole ? `, not a soldier` : ''}.`,
        sources: incident.sources,
      });
      break;
    }
  }
  for (const c of incident.corrections ?? []) out.push({ claim: `First reports: ${c.claim}`, fact: c.fact, sources: c.sources });
  return out;
}
