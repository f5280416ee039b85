import { isCrossingType } from './enums';
import type { Dataset } from './validate';

/**
 * The coverage section of data/README.md, written from the data itself so it
 * cannot drift: counts per year and per kind of incident, and the records
 * that rest on a single source. `npm run data:readme` rewrites the section;
 * a unit test fails when the README and the data disagree.
 */

export const BEGIN = '<!-- coverage:begin (npm run data:readme writes this section) -->';
export const END = '<!-- coverage:end -->';

const KIND_NAMES: Array<[string, (t: string, d: string) => boolean]> = [
  ['crossings south', (t, d) => isCrossingType(t as never) && t !== 'repatriation' && d === 'north-to-south'],
  ['crossings north', (t, d) => isCrossingType(t as never) && t !== 'repatriation' && d === 'south-to-north'],
  ['repatriations', (t) => t === 'repatriation'],
  ['other events', (t) => !isCrossingType(t as never)],
];

export function coverageSection(data: Dataset): string {
  const { incidents, figures } = data;
  const sources = incidents.reduce((n, i) => n + i.sources.length, 0);
  const single = incidents.filter((i) => new Set(i.sources.map((s) => s.outlet.replace(/\s*\(.*\)$/, ''))).size === 1);
  const years = [...new Set(incidents.map((i) => i.date.slice(0, 4)))].sort();
  const rows = years
    .filter((y) => y >= '2010')
    .map((y) => {
      const of = incidents.filter((i) => i.date.startsWith(y));
      return `| ${y} | ${KIND_NAMES.map(([, test]) => of.filter((i) => test(i.type, i.direction)).length).join(' | ')} | ${of.length} |`;
    });
  const before = incidents.filter((i) => i.date < '2010');
  return [
    BEGIN,
    `${incidents.length} incidents (${before.length} before 2010), ${figures.length} figures, ${sources} sources.`,
    '',
    `| year | ${KIND_NAMES.map(([n]) => n).join(' | ')} | all |`,
    `|---|${KIND_NAMES.map(() => '---|').join('')}---|`,
    ...rows,
    '',
    single.length ? `Resting on a single outlet: ${single.map((i) => `\`${i.id}\``).join(', ')}.` : 'Every record cites at least two outlets.',
    END,
  ].join('\n');
}

/** The README with its coverage section replaced. */
export function withCoverage(readme: string, data: Dataset): string {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`data/README.md needs the markers ${BEGIN} … ${END}`);
  return readme.slice(0, a) + coverageSection(data) + readme.slice(b + END.length);
}
