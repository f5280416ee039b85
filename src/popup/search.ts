import Fuse from 'fuse.js';
import type { Direction, Incident } from '../data/schema';
import { decadeOf, REGION_LABEL, ROUTE_LABEL } from '../ui/format';

export interface SearchFilters {
  direction?: Direction;
  decade?: number;
  who?: 'soldier' | 'civilian';
}

/**
 * Typo-tolerant search over incidents in English and Korean. Fuse indexes the
 * short fields (names, titles, places); long summaries are searched by plain
 * substring after them, because fuzzy search over paragraphs is slow and noisy.
 */
export class IncidentSearch {
  private readonly loose: Fuse<Incident>;
  /** Short queries ("JSA", "월북") match almost anything fuzzily; they get a strict index. */
  private readonly strict: Fuse<Incident>;

  constructor(private readonly incidents: readonly Incident[]) {
    const options = {
      keys: [
        { name: 'title.en', weight: 3 },
        { name: 'title.ko', weight: 3 },
        { name: 'aliases.en', weight: 3 },
        { name: 'aliases.ko', weight: 3 },
        { name: 'who.name', weight: 3 },
        { name: 'place.en', weight: 2 },
        { name: 'place.ko', weight: 2 },
        { name: 'date', weight: 2 },
        // Where, in the words readers search with ("JSA", "eastern front", "동부전선").
        { name: 'where', weight: 1, getFn: (i: Incident) => whereTerms(i) },
      ],
      ignoreLocation: true,
      minMatchCharLength: 2,
    };
    this.loose = new Fuse(incidents as Incident[], { ...options, threshold: 0.35 });
    this.strict = new Fuse(incidents as Incident[], { ...options, threshold: 0.05 });
  }

  /** Every match, best first (newest first for an empty query); the popup pages through them. */
  search(query: string, filters: SearchFilters = {}): Incident[] {
    const q = query.trim();
    if (!q) return this.incidents.filter((i) => matchesFilters(i, filters));
    const fuse = q.length < 5 ? this.strict : this.loose;
    const hits = fuse.search(q).map((r) => r.item);
    const seen = new Set(hits);
    const lower = q.toLowerCase();
    for (const i of this.incidents) if (!seen.has(i) && i.summary.toLowerCase().includes(lower)) hits.push(i);
    return hits.filter((i) => matchesFilters(i, filters));
  }

  decades(): number[] {
    return [...new Set(this.incidents.map((i) => decadeOf(i.date)))].sort((a, b) => b - a);
  }
}

export function matchesFilters(i: Incident, f: SearchFilters): boolean {
  if (f.direction && i.direction !== f.direction) return false;
  if (f.decade !== undefined && decadeOf(i.date) !== f.decade) return false;
  if (f.who === 'soldier' && !i.who?.some((p) => p.role === 'soldier')) return false;
  if (f.who === 'civilian' && !i.who?.some((p) => p.role !== 'soldier')) return false;
  return true;
}

const ROUTE_TERMS_KO: Record<Incident['route'], string> = {
  land: '육로 비무장지대',
  jsa: '판문점 공동경비구역 JSA',
  sea: '해상 북방한계선 NLL',
  river: '강',
  'third-country': '제3국',
};

const REGION_TERMS_KO: Record<NonNullable<Incident['region']>, string> = {
  jsa: '판문점 공동경비구역',
  'western-front': '서부전선',
  'central-front': '중부전선',
  'eastern-front': '동부전선',
  'west-sea': '서해',
  'east-sea': '동해',
  'han-estuary': '한강 하구',
};

function whereTerms(i: Incident): string[] {
  const terms = [ROUTE_LABEL[i.route], ROUTE_TERMS_KO[i.route]];
  if (i.region) terms.push(REGION_LABEL[i.region], REGION_TERMS_KO[i.region]);
  return terms;
}
