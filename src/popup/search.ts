import Fuse from 'fuse.js';
import type { Direction, Incident } from '../shared/incident';
import { decadeOf } from '../ui/format';

export interface SearchFilters {
  direction?: Direction;
  decade?: number;
  who?: 'soldier' | 'civilian';
}

/**
 * Typo-tolerant search over incidents in English and Korean. The index is
 * built once; each keystroke is one Fuse query plus a filter.
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
        { name: 'summary', weight: 1 },
      ],
      ignoreLocation: true,
      minMatchCharLength: 2,
    };
    this.loose = new Fuse(incidents as Incident[], { ...options, threshold: 0.35 });
    this.strict = new Fuse(incidents as Incident[], { ...options, threshold: 0.05 });
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): Incident[] {
    const q = query.trim();
    const fuse = q.length < 5 ? this.strict : this.loose;
    const hits = q ? fuse.search(q).map((r) => r.item) : [...this.incidents];
    return hits.filter((i) => matchesFilters(i, filters)).slice(0, limit);
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
