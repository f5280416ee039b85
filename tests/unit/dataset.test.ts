import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { validateFigures, validateIncidents } from '../../src/data/validate';
import type { Incident } from '../../src/shared/incident';

describe('bundled dataset', () => {
  it('passes the schema check', () => {
    expect(validateIncidents(dataset.incidents)).toEqual([]);
    expect(validateFigures(dataset.figures)).toEqual([]);
  });

  it('has the incidents both seed stories need', () => {
    const ids = dataset.incidents.map((i) => i.id);
    for (const id of ['2022-01-01-eastern-front-redefector', '2025-10-19-central-front-soldier', '2024-08-20-goseong-staff-sergeant', '2017-11-13-jsa-oh-chong-song', '2020-09-22-yeonpyeong-fisheries-official']) {
      expect(ids).toContain(id);
    }
  });

  it('keeps incidents newest first', () => {
    const dates = dataset.incidents.map((i) => i.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('validateIncidents', () => {
  const good = dataset.incidents[0]!;
  const check = (patch: Partial<Incident>) => validateIncidents([{ ...good, related: [], ...patch } as Incident]);

  it('rejects an unsourced record', () => {
    expect(check({ sources: [] })).toContain(`incident ${good.id}: needs at least one source`);
  });

  it('rejects sources without one complete citation', () => {
    expect(check({ sources: [{ outlet: 'X', url: 'https://x.test/a' }] }).join()).toMatch(/needs one source with outlet, title, date and url/);
  });

  it('rejects impossible and future dates', () => {
    expect(check({ date: '2023-02-30' }).join()).toMatch(/real past/);
    expect(validateIncidents([{ ...good, related: [] }], '2000-01-01').join()).toMatch(/real past/);
  });

  it('rejects unknown enum values and fields', () => {
    expect(check({ direction: 'sideways' as never }).join()).toMatch(/direction "sideways"/);
    expect(check({ colour: 'red' } as never).join()).toMatch(/unknown field colour/);
  });

  it('rejects dangling related ids and duplicates', () => {
    expect(check({ related: ['nope'] }).join()).toMatch(/related id nope/);
    expect(validateIncidents([good, good]).join()).toMatch(/duplicate id/);
  });
});
