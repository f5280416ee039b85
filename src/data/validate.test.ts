import { describe, expect, it } from 'vitest';
import { readDataset } from './load';
import { validateDataset } from './validate';

const real = readDataset();

describe('the data in data/', () => {
  it('passes every check', () => {
    expect(real.errors).toEqual([]);
    expect(real.dataset?.incidents.length).toBeGreaterThan(90);
  });

  it('sorts incidents newest first', () => {
    const dates = real.dataset!.incidents.map((i) => i.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

const OUTLETS = [
  { name: 'Yonhap News Agency', kind: 'wire', domains: ['yna.co.kr'] },
  { name: 'Old Archive', kind: 'newspaper', domains: ['old.example'], httpOnly: ['old.example'] },
];
const SOURCE = { outlet: 'Yonhap News Agency', title: 'Soldier defects', date: '2024-08-20', url: 'https://en.yna.co.kr/view/AEN1' };
const GOOD = {
  id: '2024-08-20-test-soldier',
  type: 'defection',
  title: { en: 'A soldier walks across' },
  date: '2024-08-20',
  datePrecision: 'day',
  direction: 'north-to-south',
  route: 'land',
  region: 'eastern-front',
  place: { en: 'Goseong' },
  who: [{ role: 'soldier', origin: 'north-korea', result: 'stayed' }],
  method: ['walked'],
  summary: 'A soldier walked across the Military Demarcation Line and was taken in.',
  aliases: { en: [], ko: [] },
  sources: [SOURCE],
};

function check(patch: Record<string, unknown>, file = GOOD.id, extra: unknown[] = []) {
  const incidents = [{ file, data: { ...GOOD, ...patch } }, ...extra.map((d) => ({ file: (d as { id: string }).id, data: d }))];
  return validateDataset({ incidents, figures: [], outlets: OUTLETS }, '2026-01-01');
}
const errorsOf = (patch: Record<string, unknown>, file?: string) => check(patch, file).errors.join('\n');

describe('validateDataset', () => {
  it('accepts a complete record', () => {
    expect(check({}).errors).toEqual([]);
  });

  it('rejects missing sources, fields it does not know and values outside the enums', () => {
    expect(errorsOf({ sources: [] })).toMatch(/sources/);
    expect(errorsOf({ colour: 'red' })).toMatch(/colour/);
    expect(errorsOf({ direction: 'sideways' })).toMatch(/direction/);
    expect(errorsOf({ who: [{ role: 'pilot', origin: 'north-korea' }] })).toMatch(/who\.0\.role/);
  });

  it('takes a rough count as reports give it ("about 10", "20 to 30") only with the number it is rough about', () => {
    const troops = { role: 'soldier', origin: 'north-korea', result: 'returned' };
    expect(check({ who: [{ ...troops, count: 10, countApprox: 'about' }] }).errors).toEqual([]);
    expect(check({ who: [{ ...troops, count: 20, countTo: 30 }] }).errors).toEqual([]);
    expect(errorsOf({ who: [{ ...troops, countApprox: 'about' }] })).toMatch(/needs count/);
    expect(errorsOf({ who: [{ ...troops, count: 30, countTo: 20 }] })).toMatch(/countTo must exceed count/);
    expect(errorsOf({ who: [{ ...troops, count: 20, countTo: 30, countApprox: 'about' }] })).toMatch(/not both/);
  });

  it('takes an age or a range of ages as reports give it, not both, and a range that runs upwards', () => {
    const soldier = { role: 'soldier', origin: 'north-korea', result: 'stayed' };
    expect(check({ who: [{ ...soldier, ageRange: [20, 29] }] }).errors).toEqual([]);
    expect(errorsOf({ who: [{ ...soldier, ageRange: [29, 20] }] })).toMatch(/from < to/);
    expect(errorsOf({ who: [{ ...soldier, age: 24, ageRange: [20, 29] }] })).toMatch(/not both/);
  });

  it('needs one source with outlet, title, date and url', () => {
    expect(errorsOf({ sources: [{ outlet: 'Yonhap News Agency', url: SOURCE.url }] })).toMatch(/needs one source with outlet, title, date and url/);
  });

  it('rejects impossible and future dates, and ids or files that do not carry the date', () => {
    expect(errorsOf({ date: '2023-02-30', id: '2023-02-30-x' }, '2023-02-30-x')).toMatch(/not a real past date/);
    expect(errorsOf({ date: '2027-01-01', id: '2027-01-01-x' }, '2027-01-01-x')).toMatch(/not a real past date/);
    expect(errorsOf({ id: '2024-08-21-test-soldier' }, '2024-08-21-test-soldier')).toMatch(/id must start with its date/);
    expect(errorsOf({}, 'other-name')).toMatch(/file name other-name\.json must equal the id/);
  });

  it('holds the direction rule: a direction exactly when people crossed', () => {
    expect(errorsOf({ direction: 'none' })).toMatch(/needs a direction/);
    expect(errorsOf({ type: 'armed-clash' })).toMatch(/direction must be "none"/);
  });

  it('asks crossings since 2010 for who, method, region and result, or an explicit "unstated"', () => {
    expect(errorsOf({ method: undefined })).toMatch(/method missing/);
    expect(errorsOf({ who: [{ role: 'soldier', origin: 'north-korea' }] })).toMatch(/result missing/);
    expect(check({ method: undefined, unstated: ['method'] }).errors).toEqual([]);
    expect(errorsOf({ unstated: ['region'] })).toMatch(/region is both given and listed as unstated/);
  });

  it('accepts only sources on listed outlets, named after them', () => {
    expect(errorsOf({ sources: [{ ...SOURCE, url: 'https://content-farm.xyz/a' }] })).toMatch(/content-farm\.xyz is not the domain of an outlet/);
    expect(errorsOf({ sources: [{ ...SOURCE, outlet: 'Reuters' }] })).toMatch(/does not name Yonhap News Agency/);
    expect(check({ sources: [{ ...SOURCE, outlet: 'Yonhap News Agency (via its mobile site)' }] }).errors).toEqual([]);
  });

  it('rejects plain http without a reason, and outlets that are not of record', () => {
    expect(errorsOf({ sources: [{ ...SOURCE, url: 'http://en.yna.co.kr/view/AEN1' }] })).toMatch(/plain http/);
    expect(check({ sources: [{ ...SOURCE, url: 'http://en.yna.co.kr/view/AEN1', httpReason: 'archive page has no https' }] }).errors).toEqual([]);
    expect(check({ sources: [{ ...SOURCE, outlet: 'Old Archive', url: 'http://old.example/1' }] }).errors).toEqual([]);
    const mirror = validateDataset({ incidents: [], figures: [], outlets: [{ name: 'copies.example', kind: 'mirror', domains: ['copies.example'] }] });
    expect(mirror.errors.join()).toMatch(/outlets\.0\.kind/);
  });

  it('rejects dangling related ids and duplicate ids', () => {
    expect(errorsOf({ related: ['nope'] })).toMatch(/related id nope does not exist/);
  });
});
