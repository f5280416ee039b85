import type { MatchResult } from './matcher';
import type { CheckedClaim, Verdict } from './verdicts';

/**
 * A page's account against the record, at a glance: each incident the page
 * is confidently linked to, what the page's sentences claim about it with
 * each claim's verdict, and the record's sources. The popup's fact-check
 * panel and the CLI's text report both show this; it is plain data, so it
 * crosses from the content script to the popup as a message.
 */
export interface FactCheck {
  /** The story's own incident, when the headline and lede establish one. */
  story?: string;
  mentions: number;
  incidents: FactCheckIncident[];
}

export interface FactCheckIncident {
  id: string;
  /** How many mentions on the page are linked to it. */
  mentions: number;
  /** Each distinct claim once (the same words checked against the same field), contradictions first. */
  claims: CheckedClaim[];
}

const ORDER: Record<Verdict, number> = { contradicts: 0, 'less-precise': 1, 'not-in-record': 2, agrees: 3 };

export function factCheck(results: readonly MatchResult[], story?: string): FactCheck {
  const byIncident = new Map<string, { mentions: number; claims: Map<string, CheckedClaim> }>();
  for (const r of results) {
    const top = r.candidates[0];
    if (!r.confident || !top) continue;
    const entry = byIncident.get(top.incident.id) ?? { mentions: 0, claims: new Map() };
    entry.mentions++;
    for (const c of r.claims) entry.claims.set(`${c.field}|${c.quote}`, c);
    byIncident.set(top.incident.id, entry);
  }
  const incidents = [...byIncident.entries()]
    .map(([id, e]) => ({
      id,
      mentions: e.mentions,
      claims: [...e.claims.values()].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]),
    }))
    // The story first, then the incidents the page dwells on most.
    .sort((a, b) => Number(b.id === story) - Number(a.id === story) || b.mentions - a.mentions);
  return { ...(story ? { story } : {}), mentions: results.length, incidents };
}
