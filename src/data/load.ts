import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, type Dataset } from './validate';

/** data/ at the repository root. */
export const DATA_DIR = new URL('../../data/', import.meta.url).pathname;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

/** Reads data/ (one file per incident, figures, outlets) and validates it. Node only. */
export function readDataset(dir = DATA_DIR, today?: string): { errors: string[]; dataset?: Dataset; files: string[] } {
  const incidentDir = join(dir, 'incidents');
  const names = readdirSync(incidentDir).filter((f) => f.endsWith('.json')).sort();
  const errors: string[] = [];
  const incidents: Array<{ file: string; data: unknown }> = [];
  for (const name of names) {
    try {
      incidents.push({ file: name.slice(0, -5), data: readJson(join(incidentDir, name)) });
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  const r = validateDataset({ incidents, figures: readJson(join(dir, 'figures.json')), outlets: readJson(join(dir, 'outlets.json')) }, today);
  const files = [...names.map((n) => join(incidentDir, n)), join(dir, 'figures.json'), join(dir, 'outlets.json')];
  return { ...r, errors: [...errors, ...r.errors], files };
}

/** The validated dataset, or an error listing every problem. */
export function loadDataset(dir = DATA_DIR): Dataset {
  const r = readDataset(dir);
  if (!r.dataset || r.errors.length) throw new Error(`data/ is invalid:\n  ${r.errors.join('\n  ')}`);
  return r.dataset;
}
