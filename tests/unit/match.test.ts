import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { IncidentMatcher } from '../../src/match/matcher';
import { detectMentions } from '../../src/match/detect';
import { extractFeatures } from '../../src/match/features';
import { findDates, latestDate } from '../../src/match/dates';
import { sentenceAround } from '../../src/match/context';
import { findClaims } from '../../src/match/contradictions';

const matcher = new IncidentMatcher(dataset);

function best(text: string, info = {}) {
  const page = matcher.preparePage(info);
  const m = detectMentions(text)[0]!;
  return matcher.match(text, m, page);
}

describe('extractFeatures', () => {
  it('reads direction both ways, in English and Korean', () => {
    expect(extractFeatures('A North Korean soldier defected to the South').direction).toBe('north-to-south');
    expect(extractFeatures('A man fled north across the border').direction).toBe('south-to-north');
    expect(extractFeatures('탈북민이 철책을 넘어 월북했다').direction).toBe('south-to-north');
    expect(extractFeatures('북한군 병사가 귀순했다').direction).toBe('north-to-south');
    expect(extractFeatures('The weather was cold.').direction).toBeUndefined();
  });

  it('reads who, rank, place and method', () => {
    const f = extractFeatures('A staff sergeant walked across the eastern section of the border in Goseong.');
    expect(f.roles).toContain('soldier');
    expect(f.ranks).toContain('staff sergeant');
    expect(f.regions).toEqual(['eastern-front']);
    expect(f.methods).toContain('walked');
    expect(extractFeatures('Two fishermen came by boat across the Northern Limit Line').routes).toContain('sea');
    expect(extractFeatures('U.S. Army Pvt. Travis King ran across at Panmunjom').regions).toEqual(['jsa']);
    expect(extractFeatures('He swam across the Han River estuary to Gyodong').regions).toEqual(['han-estuary']);
  });

  it('reads dates at every precision and picks the latest', () => {
    expect(findDates('on January 1, 2022 and 1 January 2022, in August 2024, in 2017, 2025년 10월 19일')).toEqual([
      { year: 2022, month: 1, day: 1 },
      { year: 2022, month: 1, day: 1 },
      { year: 2024, month: 8 },
      { year: 2025, month: 10, day: 19 },
      { year: 2017 },
    ]);
    expect(latestDate(findDates('photo released on December 28, 2021; in 2020'))).toBe('2021-12-28');
    expect(findDates('call 911 or 2,000 mines')).toEqual([]);
  });

  it('sees a former defector going back', () => {
    expect(extractFeatures('a former defector who returned to the North').formerDefector).toBe(true);
  });
});

describe('sentenceAround', () => {
  it('does not end sentences at abbreviations', () => {
    const text = 'Earlier news. The U.S. soldier Pvt. King ran across the border on Jan. 5 at Panmunjom. Later news.';
    const i = text.indexOf('ran across');
    expect(sentenceAround(text, i, i + 10).text).toBe('The U.S. soldier Pvt. King ran across the border on Jan. 5 at Panmunjom.');
  });
});

describe('IncidentMatcher', () => {
  it('matches by name, typo-tolerant', () => {
    expect(best('North Korean soldier Oh Chung-sung defected at Panmunjom under fire').candidates[0]!.incident.id).toBe('2017-11-13-jsa-oh-chong-song');
    expect(best('The case of Travis Kinng, who ran across the border into North Korea').candidates[0]!.incident.id).toBe('2023-07-18-jsa-travis-king');
  });

  it('uses the publication date: the days before it count most', () => {
    const r = best('A North Korean soldier defected across the border on Sunday, the military said.', { published: '2025-10-20' });
    expect(r.candidates[0]!.incident.id).toBe('2025-10-19-central-front-soldier');
    expect(r.confident).toBe(true);
    expect(r.candidates[0]!.reasons).toContain('days before the article');
  });

  it('never matches an incident after the article was published', () => {
    const r = best('A North Korean soldier defected across the border.', { published: '2019-01-01' });
    expect(r.candidates.every((c) => c.incident.date <= '2019-01-02')).toBe(true);
  });

  it('matches a Korean sentence', () => {
    const r = best('지난 2024년 8월 북한군 중사가 동부전선 고성 군사분계선을 넘어 귀순했다.');
    expect(r.candidates[0]!.incident.id).toBe('2024-08-20-goseong-staff-sergeant');
    expect(r.confident).toBe(true);
  });

  it('matches historical events by their names', () => {
    const r = best('The 1976 axe murder at Panmunjom killed two American officers.');
    expect(r.candidates[0]!.incident.id).toBe('1976-08-18-jsa-axe-murder');
    expect(best('목함지뢰 도발 당시 비무장지대').candidates[0]!.incident.id).toBe('2015-08-04-paju-landmine-blasts');
  });

  it('shows background instead of a wrong incident when the text says too little', () => {
    const r = best('The DMZ is one of the most heavily fortified borders in the world.');
    expect(r.confident).toBe(false);
    expect(r.contradictions).toEqual([]);
    expect(r.background.map((f) => f.id)).toContain('dmz-length');
  });

  it('keeps background short, with the figures about that kind of mention first', () => {
    const dmz = best('The DMZ is one of the most heavily fortified borders in the world.').background;
    expect(dmz.map((f) => f.id).slice(0, 3)).toEqual(['dmz-length', 'dmz-width', 'dmz-mines-estimate']);
    const mdl = best('Soldiers crossed the Military Demarcation Line again.').background;
    expect(mdl[0]!.id).toBe('mdl-crossings-2025');
    for (const list of [dmz, mdl]) expect(list.length).toBe(4);
  });

  it('reports corrections recorded in the dataset', () => {
    const r = best('Two soldiers were maimed by wooden-box mines in the DMZ near Paju in August 2015.');
    expect(r.candidates[0]!.incident.id).toBe('2015-08-04-paju-landmine-blasts');
    expect(r.contradictions.some((c) => c.claim.startsWith('First reports'))).toBe(true);
  });
});

describe('findClaims', () => {
  it('reads who the text says crossed', () => {
    expect(findClaims('A South Korean soldier has fled north to defect')).toEqual([{ origin: 'south-korea', role: 'soldier', text: 'South Korean soldier' }]);
    expect(findClaims('South Korean troops pulled him to safety')).toEqual([]);
    expect(findClaims('국군 병사가 월북했다')[0]).toMatchObject({ origin: 'south-korea', role: 'soldier' });
  });
});
