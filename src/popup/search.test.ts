import { describe, expect, it } from 'vitest';
import bundledIndex from 'virtual:dmz-search-index';
import { dataset } from '../data/dataset';
import type { Incident } from '../data/schema';
import { IncidentSearch } from './search';
import { buildSearchIndex } from './search-index';

const search = new IncidentSearch(dataset.incidents);
const ids = (q: string) => search.search(q).map((i) => i.id);
const year = (i: Incident | undefined) => Number(i?.date.slice(0, 4));
/** Where an incident happened, as its place and title say. */
const where = (i: Incident) => `${i.place.en} ${i.place.ko ?? ''} ${i.title.en} ${i.title.ko ?? ''}`;
const soldier = (i: Incident) => i.who?.some((p) => p.role === 'soldier') ?? false;

const TRAVIS = '2023-07-18-jsa-travis-king';
const OH = '2017-11-13-jsa-oh-chong-song';

describe('IncidentSearch: the issue’s examples', () => {
  it.each(['귀순 2017', 'JSA 2017', 'soldier 2017', 'defection 2017'])('“%s” lists 2017 first', (q) => {
    const r = search.search(q);
    expect(r.length).toBeGreaterThan(0);
    expect(year(r[0])).toBe(2017);
  });

  it('“귀순 2017” lists only crossings to the South that year', () => {
    const r = search.search('귀순 2017');
    expect(r.every((i) => year(i) === 2017 && i.direction === 'north-to-south')).toBe(true);
  });

  it('“JSA 2017” is Oh Chong Song; “soldier 2017” and “defection 2017” are soldiers and defections', () => {
    expect(ids('JSA 2017')[0]).toBe(OH);
    expect(search.search('soldier 2017').every((i) => year(i) === 2017 && soldier(i))).toBe(true);
    expect(search.search('defection 2017').every((i) => year(i) === 2017 && i.type === 'defection')).toBe(true);
  });

  it('“판문점 귀순” has the 2017 JSA defection in the top 3', () => {
    expect(ids('판문점 귀순').slice(0, 3)).toContain(OH);
  });

  it('“travis” lists Travis King first and not the 1975 tunnel', () => {
    expect(ids('travis')[0]).toBe(TRAVIS);
    expect(ids('travis')).not.toContain('1975-03-19-second-infiltration-tunnel');
  });
});

/** The 2019 squid-boat fishermen, told as a capture and a deportation (records being split may be renamed). */
const fishermen2019 = (i: Incident) => i.date.startsWith('2019-11') && !!i.who?.some((p) => p.role === 'fisherman');

/** Realistic queries, English and Korean, and the incident each must put first (its id, or what it must be). */
const FIRST: Array<[query: string, first: string | ((i: Incident) => boolean)]> = [
  ['Travs King', TRAVIS],
  ['트래비스 킹', TRAVIS],
  ['crossed north 2023', TRAVIS],
  // A year that is off still finds the name, ahead of that year's incidents.
  ['travis 2022', TRAVIS],
  ['Oh Chung Sung', OH],
  ['오청성', OH],
  ['Trump Kim Panmunjom', '2019-06-30-panmunjom-trump-kim'],
  ['판문점 정상회담 2018', '2018-04-27-panmunjom-summit'],
  ['axe murder', '1976-08-18-jsa-axe-murder'],
  ['도끼 만행', '1976-08-18-jsa-axe-murder'],
  ['목함지뢰', '2015-08-04-paju-landmine-blasts'],
  ['mine blast 2015', '2015-08-04-paju-landmine-blasts'],
  ['tunnel 1978', '1978-10-17-third-infiltration-tunnel'],
  ['제3땅굴', '1978-10-17-third-infiltration-tunnel'],
  ['90년대 잠수함', '1996-09-18-gangneung-submarine-infiltration'],
  ['Gangneung submarine', '1996-09-18-gangneung-submarine-infiltration'],
  ['연평도 포격', '2010-11-23-yeonpyeong-shelling'],
  ['Yeonpyeong shelling', '2010-11-23-yeonpyeong-shelling'],
  ['천안함', '2010-03-26-cheonan-sinking'],
  ['Kang Dong Rim', '2009-10-26-kang-tong-rim-crosses-north'],
  ['강동림', '2009-10-26-kang-tong-rim-crosses-north'],
  ['Mutazok', '1984-11-23-jsa-soviet-defector-shootout'],
  ['Soviet defector', '1984-11-23-jsa-soviet-defector-shootout'],
  ['이수근', '1967-03-22-lee-su-keun-jsa-car-defection'],
  ['Dresnock', '1962-08-15-james-dresnok-crosses-north'],
  ['fishermen deported', (i) => fishermen2019(i) && i.type === 'repatriation'],
  ['탈북 어민 북송', fishermen2019],
  ['gymnast', '2020-11-03-goseong-gymnast'],
  ['Goseong gymnast', '2020-11-03-goseong-gymnast'],
  ['knock-knock defection', '2012-10-02-eastern-knock-knock-defection'],
  ['노크 귀순', '2012-10-02-eastern-knock-knock-defection'],
  ['drone 2022', '2022-12-26-drone-incursion'],
  ['무인기 침범', '2022-12-26-drone-incursion'],
  ['오물 풍선', '2024-05-28-trash-balloons-and-loudspeakers'],
  ['trash balloons', '2024-05-28-trash-balloons-and-loudspeakers'],
  ['소떼 방북', '1998-06-16-chung-ju-yung-cattle-crossing'],
  ['Chung Ju-yung cattle', '1998-06-16-chung-ju-yung-cattle-crossing'],
  ['fisheries official shot', '2020-09-22-yeonpyeong-fisheries-official'],
  ['해수부 공무원 피격', '2020-09-22-yeonpyeong-fisheries-official'],
  ['제2연평해전', '2002-06-29-second-battle-of-yeonpyeong'],
  ['Yellow Sea battle 2002', '2002-06-29-second-battle-of-yeonpyeong'],
  ['soldier floats down the Imjin', '2019-07-31-imjin-river-soldier'],
  ['김신조', '1968-01-21-blue-house-raid'],
];

describe('IncidentSearch: realistic queries', () => {
  it.each(FIRST)('“%s” → %s', (q, first) => {
    const top = search.search(q)[0];
    if (typeof first === 'string') expect(top?.id).toBe(first);
    else expect(top && first(top), top?.id).toBe(true);
  });

  /** Queries whose every result (or first few) must have a property, so new records cannot break them. */
  const ALL: Array<[query: string, holds: (i: Incident) => boolean, atLeast: number]> = [
    ['월북 미군', (i) => i.direction === 'south-to-north' && !!i.who?.some((p) => p.origin === 'united-states'), 5],
    [
      '1960s american soldier',
      (i) => year(i) >= 1960 && year(i) < 1970 && !!i.who?.some((p) => p.origin === 'united-states'),
      4,
    ],
    ['60년대 미군 월북', (i) => year(i) >= 1960 && year(i) < 1970 && i.direction === 'south-to-north', 4],
    ['redefector', (i) => !!i.who?.some((p) => p.formerDefector), 2],
    ['재입북', (i) => !!i.who?.some((p) => p.formerDefector), 2],
    ['since 2024 soldier', (i) => year(i) >= 2024 && soldier(i), 3],
    // The central-eastern front (중동부전선) counts as said, after the eastern front itself.
    [
      '동부전선 귀순',
      (i) =>
        (i.region === 'eastern-front' || /중동부|central-eastern/.test(where(i))) && i.direction === 'north-to-south',
      4,
    ],
    ['eastern front soldier 2018', (i) => i.region === 'eastern-front' && soldier(i) && year(i) === 2018, 1],
    // By land, or at sea where the record itself speaks of the MDL (동해 해상 군사분계선).
    ['DMZ 2017', (i) => year(i) === 2017 && (i.route !== 'sea' || /군사분계선|\bMDL\b|\bDMZ\b/.test(where(i))), 3],
    ['교동도', (i) => /Gyodong|교동/.test(where(i)), 3],
    ['Baengnyeong 2024', (i) => /Baengnyeong/.test(where(i)) && year(i) === 2024, 1],
    [
      '백령도 목선',
      (i) =>
        /백령|Baengnyeong/.test(where(i)) &&
        (!!i.method?.includes('boat') || /\b(?:boats?|ships?|vessels?)\b/.test(i.title.en)),
      3,
    ],
    ['한강 하구 헤엄', (i) => i.region === 'han-estuary' && !!i.method?.includes('swam'), 2],
    ['civilian swam 2017', (i) => year(i) === 2017 && !!i.method?.includes('swam') && !soldier(i), 1],
    ['1990s', (i) => year(i) >= 1990 && year(i) < 2000, 4],
    ['tunnel', (i) => i.type === 'tunnel', 4],
  ];
  it.each(ALL)('every result of “%s” fits', (q, holds, atLeast) => {
    const r = search.search(q);
    expect(r.length).toBeGreaterThanOrEqual(atLeast);
    expect(r.filter((i) => !holds(i)).map((i) => i.id)).toEqual([]);
  });

  it('keeps finding Travis King while his name is typed, with or without a typo', () => {
    for (const q of [
      'trav',
      'travi',
      'travis',
      'travis k',
      'travis ki',
      'travis king',
      'travs kin',
      '트래비스',
      '트래비스 킹',
    ])
      expect(ids(q)[0], q).toBe(TRAVIS);
  });

  it('reads Korean with particles and without spaces', () => {
    expect(ids('판문점에서 귀순').slice(0, 3)).toContain(OH);
    expect(ids('판문점귀순').slice(0, 3)).toContain(OH);
  });

  it('lists the JSA’s own incidents before those that only name Panmunjom', () => {
    // A sea incident whose title names Panmunjom (people returned through it) is found, after the JSA's own.
    const boat = dataset.incidents.find((i) => i.route === 'sea' && !/panmunjom|판문점|JSA/i.test(where(i)))!;
    const returned: Incident = {
      ...boat,
      id: 'test-returned-through-panmunjom',
      title: { en: `${boat.title.en}; crew returned through Panmunjom` },
    };
    const r = new IncidentSearch([...dataset.incidents, returned]).search('JSA');
    const atJsa = (i: Incident) => i.route === 'jsa' || i.region === 'jsa';
    const n = dataset.incidents.filter(atJsa).length;
    expect(r.slice(0, n).every(atJsa)).toBe(true);
    expect(r.map((i) => i.id)).toContain(returned.id);
    expect(r.map((i) => i.id)).not.toContain(boat.id);
  });

  it('finds a place by its region, in either language', () => {
    const east = search.search('동부전선').slice(0, 5);
    expect(east.length).toBe(5);
    expect(east.every((i) => i.region === 'eastern-front')).toBe(true);
    expect(ids('eastern front').sort()).toEqual(ids('동부전선').sort());
  });

  it('falls back to the closest matches when nothing meets every part of the query', () => {
    // A name with the wrong year: the name decides.
    expect(ids('travis 2022')).toEqual([TRAVIS]);
    expect(ids('Oh Chong Song 2016')[0]).toBe(OH);
    // No JSA incident in 2016: the nearest years' JSA incidents and 2016's incidents, not nothing.
    const r = search.search('JSA 2016');
    expect(r.length).toBeGreaterThan(0);
    expect(r[0]!.route === 'jsa' || year(r[0]) === 2016).toBe(true);
    expect(search.search('zzzzqqq')).toEqual([]);
  });
});

describe('IncidentSearch: filters and index', () => {
  it('filters by direction, decade and who', () => {
    expect(search.search('', { direction: 'south-to-north' }).every((i) => i.direction === 'south-to-north')).toBe(
      true,
    );
    expect(search.search('', { decade: 2010 }).every((i) => i.date.startsWith('201'))).toBe(true);
    const soldiers = search.search('', { who: 'soldier' });
    expect(soldiers.every(soldier)).toBe(true);
    expect(soldiers.map((i) => i.id)).not.toContain('2024-08-08-han-estuary-walk');
    expect(search.search('JSA', { direction: 'north-to-south' }).map((i) => i.id)).not.toContain(TRAVIS);
    expect(search.decades()[0]).toBe(2020);
  });

  it('lists everything, newest first, for an empty query', () => {
    expect(search.search('  ')).toEqual(dataset.incidents);
  });

  it('uses the index built at build time, which is the one the data gives', () => {
    expect(JSON.stringify(bundledIndex)).toBe(JSON.stringify(buildSearchIndex(dataset.incidents)));
    expect(new IncidentSearch(dataset.incidents, bundledIndex).search('travis')[0]?.id).toBe(TRAVIS);
  });

  it('refuses an index built from other data', () => {
    expect(() => new IncidentSearch(dataset.incidents.slice(1), bundledIndex)).toThrow(/stale/);
    expect(() => new IncidentSearch(dataset.incidents, buildSearchIndex(dataset.incidents.slice(1)))).toThrow(/stale/);
  });
});
