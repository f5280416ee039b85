import * as v from 'valibot';
import { isCrossingType, STATABLE_FIELDS } from './enums';
import { FigureSchema, IncidentSchema, OutletSchema, type Figure, type Incident, type Outlet, type Source } from './schema';

/**
 * Checks the dataset: each record against its schema (schema.ts), then the
 * rules that span fields, records and files. Returns every problem found, one
 * line each, so a reviewer sees them all at once; the build and the tests fail
 * on any.
 */

export interface RawDataset {
  /** File name (without .json) → parsed JSON. */
  incidents: ReadonlyArray<{ file: string; data: unknown }>;
  figures: unknown;
  outlets: unknown;
}

export interface Dataset {
  incidents: readonly Incident[];
  figures: readonly Figure[];
}

function issues(where: string, result: v.SafeParseResult<v.GenericSchema>): string[] {
  if (result.success) return [];
  return result.issues.map((i) => `${where}${i.path?.length ? '.' + v.getDotPath(i) : ''}: ${i.message}`);
}

function isRealDate(iso: string): boolean {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The outlet whose domain a URL is on (a subdomain counts), if any. */
export function outletOf(url: string, outlets: readonly Outlet[]): Outlet | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return outlets.find((o) => o.domains.some((d) => host === d || host.endsWith('.' + d)));
}

class Checker {
  readonly errors: string[] = [];
  constructor(
    private readonly outlets: readonly Outlet[],
    private readonly today: string,
  ) {}

  date(where: string, iso: string | undefined): void {
    if (iso !== undefined && (!isRealDate(iso) || iso.slice(0, 10) > this.today)) this.errors.push(`${where}: ${iso} is not a real past date`);
  }

  sources(where: string, sources: readonly Source[]): void {
    let complete = false;
    for (const [i, s] of sources.entries()) {
      const at = `${where}.sources[${i}]`;
      this.date(at, s.date);
      if (s.title && s.date) complete = true;
      const outlet = outletOf(s.url, this.outlets);
      if (!outlet) {
        this.errors.push(`${at}: ${new URL(s.url).hostname} is not the domain of an outlet in data/outlets.json`);
        continue;
      }
      // "Los Angeles Times (AP)", "KBS World": the cited name must name the publisher the URL belongs to.
      if (!s.outlet.toLowerCase().includes(outlet.name.toLowerCase())) this.errors.push(`${at}: outlet "${s.outlet}" does not name ${outlet.name}, whose domain the URL is on`);
      const host = new URL(s.url).hostname;
      if (s.url.startsWith('http:') && !s.httpReason && !outlet.httpOnly?.some((d) => host === d || host.endsWith('.' + d))) this.errors.push(`${at}: plain http URL without httpReason`);
    }
    if (!complete) this.errors.push(`${where}: needs one source with outlet, title, date and url`);
  }
}

/** Time and head count are often unreported, so only these four must be given or declared unstated. */
const REQUIRED_FOR_CROSSINGS = ['who', 'method', 'region', 'result'] as const;

function checkIncident(inc: Incident, file: string, c: Checker): void {
  const at = `incident ${inc.id}`;
  if (file !== inc.id) c.errors.push(`${at}: file name ${file}.json must equal the id`);
  c.date(at, inc.date);
  const prefix = inc.datePrecision === 'day' ? inc.date : inc.datePrecision === 'month' ? inc.date.slice(0, 7) : inc.date.slice(0, 4);
  if (!inc.id.startsWith(prefix + '-')) c.errors.push(`${at}: id must start with its date at its precision (${prefix}-)`);
  if (inc.datePrecision !== 'day' && inc.date.slice(inc.datePrecision === 'month' ? 8 : 5) !== (inc.datePrecision === 'month' ? '01' : '01-01')) c.errors.push(`${at}: a ${inc.datePrecision}-precise date ends in 01`);
  for (const [i, step] of (inc.timeline ?? []).entries()) c.date(`${at}.timeline[${i}]`, step.date);

  // The direction rule (data/README.md): people crossed ⇔ a direction.
  const crossing = isCrossingType(inc.type);
  if (crossing && inc.direction === 'none') c.errors.push(`${at}: a ${inc.type} is people crossing, so it needs a direction`);
  if (!crossing && inc.direction !== 'none') c.errors.push(`${at}: nobody crosses in a ${inc.type}, so direction must be "none"`);

  // Crossings since 2010 carry the fields claims are checked against, or say the sources are silent.
  if (crossing && inc.date >= '2010') {
    const unstated = new Set(inc.unstated ?? []);
    const has: Record<(typeof STATABLE_FIELDS)[number], boolean> = {
      who: Boolean(inc.who?.length),
      method: Boolean(inc.method?.length),
      region: inc.region !== undefined,
      // Who fared how is asked only once who it was is known.
      result: !inc.who?.length || inc.who.every((p) => p.result !== undefined),
      time: inc.time !== undefined,
      count: Boolean(inc.who?.some((p) => p.count !== undefined)),
    };
    for (const f of REQUIRED_FOR_CROSSINGS) if (!has[f] && !unstated.has(f)) c.errors.push(`${at}: ${f} missing; fill it from the sources or list it in "unstated"`);
    for (const f of unstated) if (has[f]) c.errors.push(`${at}: ${f} is both given and listed as unstated`);
  }
  c.sources(at, inc.sources);
  for (const [i, corr] of (inc.corrections ?? []).entries()) c.sources(`${at}.corrections[${i}]`, corr.sources);
}

function checkFigure(f: Figure, c: Checker): void {
  const at = `figure ${f.id}`;
  const pts = f.points ?? [];
  for (let i = 1; i < pts.length; i++) if (pts[i]!.asOf <= pts[i - 1]!.asOf) c.errors.push(`${at}: points must be oldest first`);
  const last = pts[pts.length - 1];
  if (last && (last.asOf !== f.asOf || last.value !== f.value)) c.errors.push(`${at}: last point must equal value/asOf`);
  c.sources(at, f.sources);
}

/** Validates raw data files; on success also returns them typed, incidents newest first. */
export function validateDataset(raw: RawDataset, today = new Date().toISOString().slice(0, 10)): { errors: string[]; dataset?: Dataset } {
  const errors: string[] = [];
  const outletsResult = v.safeParse(v.array(OutletSchema), raw.outlets);
  errors.push(...issues('outlets', outletsResult));
  const outlets = outletsResult.success ? outletsResult.output : [];
  const seenDomains = new Map<string, string>();
  for (const o of outlets) for (const d of o.domains) {
    if (seenDomains.has(d)) errors.push(`outlets: ${d} is listed for both ${seenDomains.get(d)} and ${o.name}`);
    seenDomains.set(d, o.name);
  }
  const c = new Checker(outlets, today);

  const incidents: Incident[] = [];
  for (const { file, data } of raw.incidents) {
    const r = v.safeParse(IncidentSchema, data);
    errors.push(...issues(`incident ${file}`, r));
    if (r.success) {
      checkIncident(r.output, file, c);
      incidents.push(r.output);
    }
  }
  const ids = new Set(incidents.map((i) => i.id));
  for (const inc of incidents) for (const r of inc.related ?? []) if (!ids.has(r)) c.errors.push(`incident ${inc.id}: related id ${r} does not exist`);

  const figuresResult = v.safeParse(v.array(FigureSchema), raw.figures);
  errors.push(...issues('figures', figuresResult));
  const figures = figuresResult.success ? figuresResult.output : [];
  const figureIds = new Set<string>();
  for (const f of figures) {
    if (figureIds.has(f.id)) c.errors.push(`figure ${f.id}: duplicate id`);
    figureIds.add(f.id);
    checkFigure(f, c);
  }
  errors.push(...c.errors);
  if (errors.length) return { errors };
  incidents.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { errors, dataset: { incidents, figures } };
}
