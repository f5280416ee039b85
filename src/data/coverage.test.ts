import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageSection, withCoverage } from './coverage';
import { DATA_DIR, loadDataset } from './load';

describe('data/README.md coverage', () => {
  const data = loadDataset();
  it('says what the data holds (npm run data:readme rewrites it)', () => {
    const readme = readFileSync(join(DATA_DIR, 'README.md'), 'utf8');
    expect(withCoverage(readme, data)).toBe(readme);
  });

  it('counts every incident once', () => {
    const section = coverageSection(data);
    expect(section).toContain(`${data.incidents.length} incidents`);
    const total = [...section.matchAll(/^\| \d{4} \|.*\| (\d+) \|$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    expect(total).toBe(data.incidents.filter((i) => i.date >= '2010').length);
  });
});
