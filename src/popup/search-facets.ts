import { DIRECTIONS, INCIDENT_TYPES, METHODS, ORIGINS, REGIONS, ROLES, ROUTES } from '../data/enums';
import type { Direction } from '../data/schema';
import { bits, type SearchIndexData } from './search-index';
import type { Facet, TimeRange } from './search-query';

/** The popup's own filter controls. */
export interface SearchFilters {
  direction?: Direction;
  decade?: number;
  who?: 'soldier' | 'civilian';
}

const SOLDIER = bits(ROLES, ['soldier']);
const JSA_ROUTE = ROUTES.indexOf('jsa');

/** 1 at the positions (plus `offset`) of these values in an enum list. */
function codes(list: readonly string[], values: readonly string[], offset = 0): Uint8Array {
  const want = new Uint8Array(list.length + offset);
  for (const v of values) if (list.includes(v)) want[list.indexOf(v) + offset] = 1;
  return want;
}

/**
 * The index's per-incident fields as typed arrays, and the structured tests
 * on them: a facet or filter is one pass over small numbers, which stays
 * well under a millisecond at tens of thousands of incidents.
 */
export class FacetColumns {
  readonly size: number;
  private readonly year: Int16Array;
  private readonly month: Uint8Array;
  private readonly type: Uint8Array;
  private readonly direction: Uint8Array;
  private readonly route: Uint8Array;
  private readonly region: Uint8Array;
  private readonly roles: Uint16Array;
  private readonly origins: Uint16Array;
  private readonly methods: Uint16Array;
  private readonly formerDefector: Uint8Array;
  private readonly place: readonly string[];

  constructor(index: SearchIndexData) {
    this.size = index.ids.length;
    this.year = Int16Array.from(index.year);
    this.month = Uint8Array.from(index.month);
    this.type = Uint8Array.from(index.type);
    this.direction = Uint8Array.from(index.direction);
    this.route = Uint8Array.from(index.route);
    this.region = Uint8Array.from(index.region);
    this.roles = Uint16Array.from(index.roles);
    this.origins = Uint16Array.from(index.origins);
    this.methods = Uint16Array.from(index.methods);
    this.formerDefector = Uint8Array.from(index.formerDefector);
    this.place = index.place;
  }

  /** 1 for each incident whose structured fields have the facet. */
  holds(f: Facet): Uint8Array {
    const out = new Uint8Array(this.size);
    const v = f.values;
    switch (f.field) {
      case 'direction':
        return this.byCode(this.direction, codes(DIRECTIONS, v));
      case 'type':
        return this.byCode(this.type, codes(INCIDENT_TYPES, v));
      case 'route':
        return this.byCode(this.route, codes(ROUTES, v));
      case 'region': {
        const want = codes(REGIONS, v, 1);
        // The JSA is a route as well as a region; records at Panmunjom may set either.
        const jsa = v.includes('jsa');
        for (let k = 0; k < this.size; k++)
          out[k] = want[this.region[k]!]! || (jsa && this.route[k] === JSA_ROUTE) ? 1 : 0;
        return out;
      }
      case 'role':
        return this.byBits(this.roles, bits(ROLES, v));
      case 'origin':
        return this.byBits(this.origins, bits(ORIGINS, v));
      case 'method':
        return this.byBits(this.methods, bits(METHODS, v));
      case 'place':
        for (let k = 0; k < this.size; k++) out[k] = v.some((name) => this.place[k]!.includes(name)) ? 1 : 0;
        return out;
      case 'former-defector':
        return Uint8Array.from(this.formerDefector);
    }
  }

  /** 1 for each incident the popup's filter controls let through. */
  allowed(f: SearchFilters): Uint8Array {
    const out = new Uint8Array(this.size);
    const direction = f.direction ? DIRECTIONS.indexOf(f.direction) : -1;
    for (let k = 0; k < this.size; k++) {
      const roles = this.roles[k]!;
      out[k] =
        (direction < 0 || this.direction[k] === direction) &&
        (f.decade === undefined || decadeOf(this.year[k]!) === f.decade) &&
        (f.who !== 'soldier' || (roles & SOLDIER) !== 0) &&
        (f.who !== 'civilian' || (roles & ~SOLDIER) !== 0)
          ? 1
          : 0;
    }
    return out;
  }

  /** Years between incident `k` and the range (0 inside it; 0.5 when a month was asked and differs). */
  yearsOff(t: TimeRange, k: number): number {
    const y = this.year[k]!;
    const off = y < t.from ? t.from - y : y > t.to ? y - t.to : 0;
    if (off === 0 && t.month !== undefined && this.month[k] !== t.month) return 0.5;
    return off;
  }

  decades(): number[] {
    return [...new Set(Array.from(this.year, decadeOf))].sort((a, b) => b - a);
  }

  private byCode(column: Uint8Array, want: Uint8Array): Uint8Array {
    const out = new Uint8Array(this.size);
    for (let k = 0; k < this.size; k++) out[k] = want[column[k]!]!;
    return out;
  }

  private byBits(column: Uint16Array, mask: number): Uint8Array {
    const out = new Uint8Array(this.size);
    for (let k = 0; k < this.size; k++) out[k] = (column[k]! & mask) !== 0 ? 1 : 0;
    return out;
  }
}

function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}
