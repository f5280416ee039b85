import { MENTION_KINDS, type Figure, type Incident, type Source } from '../shared/incident';

/**
 * Checks the dataset against the model in src/shared/incident.ts. JSON cannot
 * carry TypeScript types, so this is what keeps data/ honest: the tests fail
 * on the first record that breaks a rule.
 */

const ENUMS = {
  kind: ['crossing', 'event'],
  direction: ['north-to-south', 'south-to-north', 'none'],
  route: ['land', 'jsa', 'sea', 'river', 'third-country'],
  region: ['jsa', 'western-front', 'central-front', 'eastern-front', 'west-sea', 'east-sea', 'han-estuary'],
  role: ['soldier', 'civilian', 'fisherman', 'official', 'diplomat'],
  origin: ['north-korea', 'south-korea', 'united-states', 'other'],
  method: ['walked', 'ran', 'swam', 'boat', 'vehicle', 'climbed-fence'],
  datePrecision: ['day', 'month', 'year'],
} as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const INCIDENT_KEYS = new Set(['id', 'kind', 'title', 'date', 'datePrecision', 'direction', 'route', 'region', 'place', 'who', 'method', 'summary', 'outcome', 'corrections', 'aliases', 'related', 'sources']);

function isRealDate(iso: string): boolean {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkSources(where: string, sources: unknown, errors: string[], today: string): void {
  if (!Array.isArray(sources) || sources.length === 0) {
    errors.push(`${where}: needs at least one source`);
    return;
  }
  let complete = false;
  for (const [i, s] of (sources as Source[]).entries()) {
    const at = `${where}.sources[${i}]`;
    if (typeof s.outlet !== 'string' || !s.outlet.trim()) errors.push(`${at}: outlet missing`);
    if (typeof s.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(s.url)) errors.push(`${at}: url must be http(s)`);
    if (s.title !== undefined && (typeof s.title !== 'string' || !s.title.trim())) errors.push(`${at}: empty title`);
    if (s.date !== undefined && (!ISO_PARTIAL.test(s.date) || !isRealDate(s.date) || s.date > today)) errors.push(`${at}: bad date ${s.date}`);
    if (s.title && s.date) complete = true;
  }
  if (!complete) errors.push(`${where}: needs one source with outlet, title, date and url`);
}

function oneOf(where: string, field: string, value: unknown, allowed: readonly string[], errors: string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) errors.push(`${where}: ${field} "${String(value)}" not one of ${allowed.join('|')}`);
}

export function validateIncidents(incidents: readonly Incident[], today = new Date().toISOString().slice(0, 10)): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const inc of incidents) {
    const at = `incident ${inc.id}`;
    if (!ID.test(inc.id ?? '')) errors.push(`${at}: id must be kebab-case`);
    if (ids.has(inc.id)) errors.push(`${at}: duplicate id`);
    ids.add(inc.id);
    for (const key of Object.keys(inc)) if (!INCIDENT_KEYS.has(key)) errors.push(`${at}: unknown field ${key}`);
    oneOf(at, 'kind', inc.kind, ENUMS.kind, errors);
    oneOf(at, 'direction', inc.direction, ENUMS.direction, errors);
    oneOf(at, 'route', inc.route, ENUMS.route, errors);
    oneOf(at, 'datePrecision', inc.datePrecision, ENUMS.datePrecision, errors);
    if (inc.region !== undefined) oneOf(at, 'region', inc.region, ENUMS.region, errors);
    if (!ISO_DAY.test(inc.date ?? '') || !isRealDate(inc.date) || inc.date > today) errors.push(`${at}: date must be a real past YYYY-MM-DD`);
    else if (!inc.id.startsWith(inc.datePrecision === 'day' ? inc.date : inc.date.slice(0, 4))) errors.push(`${at}: id must start with its date`);
    if (!inc.title?.en?.trim()) errors.push(`${at}: title.en missing`);
    if (!inc.place?.en?.trim()) errors.push(`${at}: place.en missing`);
    if (typeof inc.summary !== 'string' || inc.summary.length < 40) errors.push(`${at}: summary too short`);
    if (!Array.isArray(inc.aliases?.en) || !Array.isArray(inc.aliases?.ko)) errors.push(`${at}: aliases.en and aliases.ko must be arrays`);
    for (const a of [...(inc.aliases?.en ?? []), ...(inc.aliases?.ko ?? [])]) if (a.trim().length < 2) errors.push(`${at}: alias too short: "${a}"`);
    if (inc.kind === 'crossing' && inc.direction === 'none') errors.push(`${at}: a crossing needs a direction`);
    for (const [i, p] of (inc.who ?? []).entries()) {
      oneOf(`${at}.who[${i}]`, 'role', p.role, ENUMS.role, errors);
      oneOf(`${at}.who[${i}]`, 'origin', p.origin, ENUMS.origin, errors);
      if (p.age !== undefined && !(Number.isInteger(p.age) && p.age > 0 && p.age < 120)) errors.push(`${at}.who[${i}]: bad age`);
      if (p.count !== undefined && !(Number.isInteger(p.count) && p.count > 0)) errors.push(`${at}.who[${i}]: bad count`);
    }
    for (const m of inc.method ?? []) oneOf(at, 'method', m, ENUMS.method, errors);
    if (inc.place?.lat !== undefined && (inc.place.lat < 33 || inc.place.lat > 43)) errors.push(`${at}: lat outside Korea`);
    if (inc.place?.lon !== undefined && (inc.place.lon < 124 || inc.place.lon > 132)) errors.push(`${at}: lon outside Korea`);
    checkSources(at, inc.sources, errors, today);
    for (const [i, c] of (inc.corrections ?? []).entries()) {
      if (!c.claim?.trim() || !c.fact?.trim()) errors.push(`${at}.corrections[${i}]: claim and fact required`);
      checkSources(`${at}.corrections[${i}]`, c.sources, errors, today);
    }
  }
  for (const inc of incidents) for (const r of inc.related ?? []) if (!ids.has(r)) errors.push(`incident ${inc.id}: related id ${r} does not exist`);
  return errors;
}

export function validateFigures(figures: readonly Figure[], today = new Date().toISOString().slice(0, 10)): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const f of figures) {
    const at = `figure ${f.id}`;
    if (!ID.test(f.id ?? '')) errors.push(`${at}: id must be kebab-case`);
    if (ids.has(f.id)) errors.push(`${at}: duplicate id`);
    ids.add(f.id);
    if (!f.label?.en?.trim()) errors.push(`${at}: label.en missing`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) errors.push(`${at}: value must be a number`);
    if (!ISO_PARTIAL.test(f.asOf ?? '')) errors.push(`${at}: asOf must be YYYY[-MM[-DD]]`);
    if (!Array.isArray(f.topics) || f.topics.length === 0) errors.push(`${at}: needs topics`);
    for (const t of f.topics ?? []) oneOf(at, 'topic', t, MENTION_KINDS, errors);
    const pts = f.points ?? [];
    for (let i = 1; i < pts.length; i++) if (pts[i]!.asOf <= pts[i - 1]!.asOf) errors.push(`${at}: points must be oldest first`);
    if (pts.length && (pts[pts.length - 1]!.asOf !== f.asOf || pts[pts.length - 1]!.value !== f.value)) errors.push(`${at}: last point must equal value/asOf`);
    checkSources(at, f.sources, errors, today);
  }
  return errors;
}
