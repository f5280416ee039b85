import { describe, expect, it } from 'vitest';
import type { Incident, Person } from '../data/schema';
import { dataset } from '../data/dataset';
import { readClaims } from './claims';
import { checkClaims, misdatedCrossing, toldAtItsClock, warningsOf } from './verdicts';

const SERGEANT: Incident = {
  id: '2024-08-20-test',
  type: 'defection',
  title: { en: 'Sergeant walks across' },
  date: '2024-08-20',
  datePrecision: 'day',
  direction: 'north-to-south',
  route: 'land',
  region: 'eastern-front',
  place: { en: 'Goseong County', county: 'Goseong' },
  who: [{ role: 'soldier', origin: 'north-korea', rank: 'staff sergeant', result: 'stayed' }],
  method: ['walked'],
  summary: 'A North Korean staff sergeant walked across the MDL in Goseong and defected.',
  aliases: { en: [], ko: [] },
  sources: [{ outlet: 'Yonhap', title: 't', date: '2024-08-20', url: 'https://en.yna.co.kr/1' }],
};

/** The test record with other people in it. */
const withWho = (who: Incident['who']): Incident => ({ ...SERGEANT, ...(who ? { who } : {}) });

function verdicts(sentence: string, inc: Incident = SERGEANT, published = '2024-08-21') {
  const claims = readClaims(sentence, published);
  return checkClaims(inc, claims, claims, sentence, published).map((c) => `${c.field}:${c.verdict}`);
}

describe('checkClaims', () => {
  it('agrees with an accurate sentence, in unusual wording too', () => {
    expect(
      verdicts('A North Korean staff sergeant walked across the eastern section of the border in Goseong on Tuesday.'),
    ).toEqual([
      'origin:agrees',
      'role:agrees',
      'rank:agrees',
      'count:agrees',
      'region:agrees',
      'place:agrees',
      'date:agrees',
      'method:agrees',
    ]);
    expect(verdicts('A noncommissioned officer from the North defected to the South.')).toEqual(
      expect.arrayContaining(['role:agrees', 'rank:less-precise', 'direction:agrees']),
    );
  });

  it('contradicts a soldier called a civilian, the wrong direction, the wrong front and the wrong day', () => {
    expect(verdicts('A North Korean civilian crossed the border.')).toContain('role:contradicts');
    expect(verdicts('The sergeant crossed into North Korea.')).toContain('direction:contradicts');
    expect(verdicts('He crossed the western section of the border.')).toContain('region:contradicts');
    // Panmunjom in a return tells where the return is done, not where the crossing was.
    expect(verdicts('He was later sent back to the North through Panmunjom.')).not.toContain('region:contradicts');
    // The Han estuary is where the western land border meets the Yellow Sea: either may name it, not the east.
    const estuary = { ...SERGEANT, region: 'han-estuary' as const, place: { en: 'Gyodong Island' } };
    expect(verdicts('He crossed near the western border.', estuary)).toContain('region:agrees');
    expect(verdicts('He swam across in the Yellow Sea.', estuary)).toContain('region:agrees');
    expect(verdicts('He crossed the eastern section of the border.', estuary)).toContain('region:contradicts');
    const eastSea = { ...SERGEANT, region: 'east-sea' as const, place: { en: 'Off Goseong' } };
    expect(verdicts('He crawled ashore near a town on the east coast.', eastSea)).toContain('region:agrees');
    expect(verdicts('He swam across in the Yellow Sea.', eastSea)).toContain('region:contradicts');
    expect(verdicts('He crossed on August 12, 2024.')).toContain('date:contradicts');
    expect(verdicts('A North Korean private walked across.')).toContain('rank:contradicts');
    expect(verdicts('Two North Korean soldiers walked across the border.')).toContain('count:contradicts');
  });

  it('does not date the crossing by a statement or by a later capture the record tells', () => {
    // "해경은 (date) 중간 수사 결과를 발표하면서 …": the day of the announcement.
    expect(
      verdicts('이어 해경은 2024년 9월 29일 수사 결과를 발표하면서 그가 월북한 것으로 판단한다고 했다.'),
    ).not.toContain('date:contradicts');
    const caughtLater: Incident = {
      ...SERGEANT,
      timeline: [
        { date: '2024-08-20', what: 'Crossed.' },
        { date: '2024-08-26', what: 'Caught by residents and taken into custody.' },
      ],
    };
    const sentence = '지난 26일 오전 붙잡힌 거동 수상자는 탈북 주민으로 확인됐다.';
    expect(verdicts(sentence, caughtLater, '2024-08-28')).not.toContain('date:contradicts');
    expect(verdicts('지난 26일 오전 북한 주민이 철책을 넘어 귀순했다.', caughtLater, '2024-08-28')).toContain(
      'date:contradicts',
    );
    expect(
      verdicts(
        '김씨의 월북 사실은 북한이 지난달 26일 관영매체를 통해 공개하기 전까지 알려지지 않았다.',
        SERGEANT,
        '2024-09-10',
      ),
    ).not.toContain('date:contradicts');
    // "The military on Monday laid out …": the day of the briefing.
    expect(
      verdicts(
        'The military on Monday laid out what it believes happened: a North Korean staff sergeant crossed the MDL.',
      ),
    ).not.toContain('date:contradicts');
    // A crossing told between the date and the disclosure is the crossing's day.
    expect(verdicts('북한군 하사가 지난 7일 귀순한 사실이 공개됐다.', SERGEANT, '2024-09-10')).toContain(
      'date:contradicts',
    );
  });

  it('contradicts a whole mixed crew given the origin of only part of it', () => {
    const crew = withWho([
      { role: 'fisherman', origin: 'south-korea', count: 4, result: 'repatriated' },
      { role: 'fisherman', origin: 'other', count: 3, result: 'repatriated' },
    ]);
    expect(verdicts('The seven South Korean fishermen were sent back.', crew)).toContain('origin:contradicts');
    expect(verdicts('Four South Korean fishermen were sent back.', crew)).toContain('origin:agrees');
    expect(verdicts('The seven fishermen, South Koreans and Chinese, were sent back.', crew)).not.toContain(
      'origin:contradicts',
    );
  });

  it('calls another county wrong where the record names one, and less precise where it names only the front', () => {
    expect(verdicts('He crossed near Inje.')).toEqual(['place:contradicts']);
    const frontOnly = { ...SERGEANT, place: { en: 'Eastern front' } };
    expect(verdicts('He crossed near Inje.', frontOnly)).toEqual(['place:less-precise']);
    expect(verdicts('He crossed near Paju.', frontOnly)).toEqual(['place:contradicts']);
  });

  it('leaves dates of the report alone, and a day without a year read long after', () => {
    expect(verdicts('The military said on Aug. 25 that he crossed.')).not.toContain('date:contradicts');
    expect(verdicts('군은 25일 그가 넘어왔다고 밝혔다.')).not.toContain('date:contradicts');
    expect(verdicts('He crossed on Aug. 12.', SERGEANT, '2024-08-21')).toContain('date:contradicts');
    expect(verdicts('He crossed on Aug. 12.', SERGEANT, '2025-08-21')).not.toContain('date:contradicts');
  });

  it('makes warnings only of contradictions, with the sources', () => {
    const claims = readClaims('A North Korean civilian crossed the border.');
    const ws = warningsOf(
      SERGEANT,
      checkClaims(SERGEANT, claims, claims, 'A North Korean civilian crossed the border.'),
    );
    expect(ws.map((w) => w.field)).toEqual(['role']);
    expect(ws[0]!.quote).toBe('A North Korean civilian');
    expect(ws[0]!.sources).toBe(SERGEANT.sources);
  });

  it('dates a crossing by the crossing, not by what followed it', () => {
    const inc: Incident = {
      ...SERGEANT,
      timeline: [{ date: '2024-08-30', what: 'Lawmakers visited the guard post.' }],
    };
    const crossing = 'A North Korean staff sergeant walked across the border on Aug. 30.';
    expect(verdicts(crossing, inc, '2024-09-02')).toContain('date:contradicts');
    expect(verdicts(crossing, SERGEANT, '2024-09-02')).toContain('date:contradicts');
  });

  it('calls a day off wrong when the record’s time is well inside its day, and less precise near midnight', () => {
    const evening: Incident = { ...SERGEANT, time: '18:00' };
    const night: Incident = { ...SERGEANT, time: '00:30' };
    const sentence = 'A North Korean staff sergeant walked across the border on Aug. 19.';
    expect(verdicts(sentence, evening)).toContain('date:contradicts');
    expect(verdicts(sentence, night)).toContain('date:less-precise');
    expect(verdicts(sentence)).toContain('date:less-precise');
    // Two days off, told of the crossing itself, is no clock's doing; told of another act, it may be that act's day.
    expect(verdicts('The staff sergeant crossed the MDL into the South on Aug. 18.', night)).toContain(
      'date:contradicts',
    );
    expect(verdicts('The ministry proposed talks on Aug. 18 about the MDL.', night)).not.toContain('date:contradicts');
    // A weekday is counted from the page's date, which may be another time zone's.
    expect(verdicts('A North Korean staff sergeant walked across the border on Monday.', evening)).toContain(
      'date:less-precise',
    );
    // So is a clock time the sentence itself gives, and a day's number is not counted from anything.
    expect(verdicts('북한군 하사는 19일 오후 3시께 군사분계선을 넘어 귀순했다.', SERGEANT)).toContain(
      'date:contradicts',
    );
    expect(verdicts('북한군 하사는 19일 새벽 군사분계선을 넘어 귀순했다.', SERGEANT)).toContain('date:less-precise');
    expect(verdicts('A North Korean staff sergeant walked across the border at 9:55 a.m. on Aug. 19.')).toContain(
      'date:contradicts',
    );
    // Read by the record's own clock (within the hour), a day off is another day, night or not.
    expect(verdicts('북한군 하사는 19일 새벽 0시 40분쯤 군사분계선을 넘어 귀순했다.', night)).toContain(
      'date:contradicts',
    );
    expect(verdicts('북한군 하사는 19일 새벽 3시쯤 군사분계선을 넘어 귀순했다.', night)).toContain('date:less-precise');
    expect(verdicts('북한군 하사는 19일 새벽 군사분계선을 넘어 귀순했다.', night)).toContain('date:contradicts');
    expect(verdicts('The staff sergeant walked across the border at 12:45 a.m. on Aug. 19.', night)).toContain(
      'date:contradicts',
    );
    // The clock says which of the record's days the text means: 18:40 was on the 19th, whatever else the timeline dates.
    const timed: Incident = {
      ...SERGEANT,
      time: '22:40',
      timeline: [
        { date: '2024-08-19', time: '18:40', what: 'Seen crossing the fence.' },
        { date: '2024-08-20', what: 'Handed to investigators.' },
      ],
    };
    expect(verdicts('그는 20일 오후 6시40분께 일반전초(GOP) 철책을 넘어 비무장지대로 들어갔다.', timed)).toContain(
      'date:contradicts',
    );
    expect(verdicts('그는 19일 오후 6시40분께 일반전초(GOP) 철책을 넘어 비무장지대로 들어갔다.', timed)).toContain(
      'date:agrees',
    );
    // Days listed together are tries or steps ("16일과 17일 두 차례 … 추진했지만"), not the one event's day.
    expect(verdicts('군은 18일과 19일 두 차례 귀순을 유도했지만 실패했다.', evening)).not.toContain('date:contradicts');
  });

  it('checks an age told as a decade against the record’s age', () => {
    const teen: Incident = { ...SERGEANT, who: [{ role: 'soldier', origin: 'north-korea', age: 19 }] };
    expect(verdicts('20대 중반인 이 병사는 20일 군사분계선을 넘어 귀순했다.', teen)).toContain('age:contradicts');
    expect(verdicts('10대 후반의 북한군 병사가 20일 귀순했다.', teen)).toContain('age:agrees');
  });

  it('checks an age against the record’s range of ages (reports that give only a decade)', () => {
    const twenties: Incident = { ...SERGEANT, who: [{ role: 'soldier', origin: 'north-korea', ageRange: [20, 29] }] };
    expect(verdicts('30대 후반인 이 병사는 20일 군사분계선을 넘어 귀순했다.', twenties)).toContain('age:contradicts');
    expect(verdicts('The 35-year-old soldier defected across the MDL on Aug. 20.', twenties)).toContain(
      'age:contradicts',
    );
    expect(verdicts('20대 중반인 이 병사는 20일 군사분계선을 넘어 귀순했다.', twenties)).toContain('age:agrees');
    // A year either side: a Korean count of age runs a year ahead.
    expect(verdicts('The 30-year-old soldier defected across the MDL on Aug. 20.', twenties)).toContain('age:agrees');
  });

  it('leaves the day of a crossing told as before a return out of the return’s date', () => {
    const returned = {
      ...SERGEANT,
      type: 'repatriation' as const,
      date: '2015-06-17',
      direction: 'south-to-north' as const,
    };
    const said =
      'Pyongyang announced the release on Monday, saying the pair had crossed the border illegally on May 11.';
    expect(verdicts(said, returned, '2015-06-17')).not.toContain('date:contradicts');
    expect(verdicts('The pair crossed back at Panmunjom on May 11.', returned, '2015-06-17')).toContain(
      'date:contradicts',
    );
  });

  it('reads 하사 as the staff sergeant the press writes, and 중사, a rank above, as wrong for one', () => {
    expect(verdicts('북한군 하사 1명이 20일 고성에서 군사분계선을 넘어 귀순했다.')).toContain('rank:agrees');
    expect(verdicts('북한군 중사 1명이 20일 고성에서 군사분계선을 넘어 귀순했다.')).toContain('rank:contradicts');
    expect(verdicts('귀순한 병사는 20대 남성으로, 계급은 중사인 것으로 전해졌다.')).toContain('rank:contradicts');
    // "Sergeant" and "NCO" said of a staff sergeant are only less precise.
    expect(verdicts('A North Korean noncommissioned officer walked across the line in Goseong.')).toContain(
      'rank:less-precise',
    );
  });

  it('tells a private first class from a private second class when a text names the grade in full', () => {
    const king = withWho([
      { role: 'soldier', origin: 'united-states', rank: 'private second class', name: 'Travis King' },
    ]);
    expect(verdicts('King, a private first class at the time, sprinted across the line.', king)).toContain(
      'rank:contradicts',
    );
    expect(verdicts('Pvt. Travis King sprinted across the line.', king)).toContain('rank:agrees');
    const white = withWho([{ role: 'soldier', origin: 'united-states', rank: 'private', name: 'James Dresnok' }]);
    expect(verdicts('Dresnok, a private first class, walked across the DMZ.', white)).toContain('rank:less-precise');
  });

  it('contradicts a fisherman called an official, and lets "civilian" fit any civilian', () => {
    const official = withWho([{ role: 'official', origin: 'south-korea', age: 47 }]);
    expect(verdicts('A South Korean fisherman who went missing at sea crossed the line.', official)).toContain(
      'role:contradicts',
    );
    expect(verdicts('A South Korean civilian who went missing at sea crossed the line.', official)).not.toContain(
      'role:contradicts',
    );
  });

  it('checks someone named only against a record that names them', () => {
    const named = withWho([{ role: 'soldier', origin: 'north-korea', age: 23, name: 'Ju Sung-il', result: 'stayed' }]);
    expect(verdicts('Ju, 25, a private who had served four years, walked across the line.', named)).toContain(
      'age:contradicts',
    );
    // Another person named by the sentence says nothing of the record's.
    expect(verdicts('Kim, 54, a farmer who saw him walk across the line, said he was calm.', named)).toEqual([
      'method:agrees',
    ]);
  });

  it('reads a sentence telling two fates clause by clause', () => {
    const boat: Incident = {
      ...SERGEANT,
      type: 'repatriation',
      direction: 'south-to-north',
      who: [{ role: 'fisherman', origin: 'north-korea', count: 2, result: 'repatriated' }],
    };
    const sentence = '이 배의 선원 가운데 2명은 귀순 의사를 밝혔고 나머지 2명은 판문점을 거쳐 북으로 돌아갔다.';
    const clause = readClaims('나머지 2명은 판문점을 거쳐 북으로 돌아갔다.', '2019-06-18');
    const whole = readClaims(sentence, '2019-06-18');
    const checked = checkClaims(boat, clause, whole, sentence, '2019-06-18');
    expect(checked.filter((c) => c.field === 'result').map((c) => c.verdict)).toEqual(['agrees']);
    // One fate told for the whole sentence is still checked.
    expect(verdicts('선원 2명은 남한에 남기로 했다.', boat, '2019-06-18')).toContain('result:contradicts');
    expect(verdicts('조사 뒤 하나원에 입소해 정착 교육을 받게 된다.', boat, '2019-06-18')).toContain(
      'result:contradicts',
    );
    expect(verdicts('당국은 두 사람을 귀순자로 분류했다.', boat, '2019-06-18')).toContain('result:contradicts');
  });

  it('does not check a fate told across a semicolon of other people against the clause’s own', () => {
    const sentence =
      'In June a North Korean staff sergeant walked across the border; 27 of another group were later sent home by sea.';
    const clause = readClaims('In June a North Korean staff sergeant walked across the border', '2024-09-01');
    const whole = readClaims(sentence, '2024-09-01');
    expect(checkClaims(SERGEANT, clause, whole, sentence, '2024-09-01').map((c) => c.field)).not.toContain('result');
    expect(verdicts('The staff sergeant walked across the border and was later sent home.')).toContain(
      'result:contradicts',
    );
  });

  it('calls an outcome said of all of a crew that split a contradiction, and of some of them an agreement', () => {
    const split = withWho([
      { role: 'fisherman', origin: 'north-korea', count: 2, result: 'stayed' },
      { role: 'fisherman', origin: 'north-korea', count: 2, result: 'repatriated' },
    ]);
    expect(verdicts('4명 모두 남쪽에 남기로 했다.', split)).toContain('result:contradicts');
    expect(verdicts('All four chose to stay in the South.', split)).toContain('result:contradicts');
    expect(verdicts('선원 2명은 남쪽에 남기로 했다.', split)).toContain('result:agrees');
    // A wish of all is no outcome.
    expect(verdicts('4명 모두 귀순 의사를 밝혔다.', split)).toContain('result:agrees');
  });

  it("checks two people's ages told together each against the record's people", () => {
    const pair: Incident = {
      ...SERGEANT,
      who: [
        { role: 'civilian', origin: 'north-korea', count: 1, ageRange: [30, 39], result: 'repatriated' },
        { role: 'civilian', origin: 'north-korea', count: 1, ageRange: [50, 59], result: 'repatriated' },
      ],
    };
    expect(verdicts('돌아간 이들은 30대와 50대 남성으로 알려졌다.', pair)).toContain('age:agrees');
    expect(verdicts('돌아간 이들은 20대와 50대 남성으로 알려졌다.', pair)).toContain('age:contradicts');
  });

  it('checks a count against a record that gives only a rough one ("about 10", "more than 30", "20 to 30")', () => {
    const troops = (extra: Partial<Person>): Incident => ({
      ...SERGEANT,
      type: 'incursion',
      who: [{ role: 'soldier', origin: 'north-korea', result: 'returned', ...extra }],
    });
    const fewer = troops({ count: 10, countApprox: 'fewer-than' });
    expect(verdicts('About 20 North Korean soldiers crossed the MDL on Aug. 20.', fewer)).toContain(
      'count:contradicts',
    );
    expect(verdicts('북한군 병사 7명이 20일 군사분계선을 넘어왔다.', fewer)).toContain('count:agrees');
    const more = troops({ count: 30, countApprox: 'more-than' });
    expect(verdicts('북한군 병사 4명이 20일 군사분계선을 넘어왔다.', more)).toContain('count:contradicts');
    expect(verdicts('북한군 병사 30여 명이 20일 군사분계선을 넘어왔다.', more)).toContain('count:agrees');
    const about = troops({ count: 10, countApprox: 'about' });
    expect(verdicts('북한군 병사 12명이 20일 군사분계선을 넘어왔다.', about)).toContain('count:agrees');
    expect(verdicts('북한군 병사 30명이 20일 군사분계선을 넘어왔다.', about)).toContain('count:contradicts');
    // A count in another clause of the sentence is another group's ("10명가량이 … 넘었고, 지난달 19일에는 … 20여 명이").
    const listed = '4월 8일에는 10명가량이 MDL을 넘었고, 지난달 19일에는 북한군 20여 명이 군사분계선을 넘어왔다.';
    const ownClause = readClaims('4월 8일에는 10명가량이 MDL을 넘었고,', '2024-08-21');
    const counts = checkClaims(fewer, ownClause, readClaims(listed, '2024-08-21'), listed, '2024-08-21');
    expect(counts.filter((c) => c.field === 'count')).toEqual([]);
    const range = troops({ count: 20, countTo: 30 });
    expect(verdicts('북한군 병사 25명이 20일 군사분계선을 넘어왔다.', range)).toContain('count:agrees');
    expect(verdicts('북한군 병사 4명이 20일 군사분계선을 넘어왔다.', range)).toContain('count:contradicts');
  });

  it('counts people listed apart who fared alike as a group', () => {
    const boat: Incident = {
      ...SERGEANT,
      who: [
        { role: 'civilian', origin: 'north-korea', count: 1, ageRange: [50, 59], result: 'stayed' },
        { role: 'civilian', origin: 'north-korea', count: 1, ageRange: [20, 29], result: 'stayed' },
        { role: 'civilian', origin: 'north-korea', count: 1, result: 'repatriated' },
      ],
    };
    expect(verdicts('The pair, a father and his son, told the coast guard they wanted to defect.', boat)).toContain(
      'count:agrees',
    );
    expect(verdicts('All three North Koreans were taken in on Aug. 20.', boat)).toContain('count:agrees');
    expect(verdicts('All four North Koreans were taken in on Aug. 20.', boat)).toContain('count:contradicts');
  });

  it('calls another island than the record’s a contradiction', () => {
    const boat: Incident = {
      ...SERGEANT,
      region: 'west-sea',
      route: 'sea',
      place: { en: 'Northern Limit Line near Baengnyeong Island', island: 'Baengnyeong' },
    };
    expect(
      verdicts('지난달 17일 새벽 주민 1명이 목선을 타고 서해 연평도 인근 북방한계선을 넘어 귀순했다.', boat),
    ).toContain('place:contradicts');
  });

  it('calls another island or county of the South a contradiction where the record’s words name one, not a landmark', () => {
    const ship: Incident = {
      ...SERGEANT,
      region: 'west-sea',
      route: 'sea',
      place: { en: 'About 27 km northwest of Baengnyeong Island' },
    };
    expect(verdicts('The ship crossed the NLL some 27 km northwest of Yeonpyeong Island.', ship)).toContain(
      'place:contradicts',
    );
    expect(verdicts('The ship crossed the NLL northwest of Baengnyeong Island.', ship)).toContain('place:agrees');
    const transit: Incident = {
      ...SERGEANT,
      region: 'western-front',
      place: { en: 'Gyeongui line transit zone, on the road to the Kaesong industrial park' },
    };
    // Kaesong says where the road goes; Paju, where the zone is, is only more precise.
    expect(
      verdicts('북한군 병사 1명이 경기 파주시 경의선 남북관리구역의 군사분계선을 넘어 귀순했다.', transit),
    ).toContain('place:less-precise');
    const station: Incident = { ...SERGEANT, region: 'western-front', place: { en: 'Near Dorasan station' } };
    expect(verdicts('A North Korean soldier crossed the MDL in Paju on Tuesday.', station)).not.toContain(
      'place:contradicts',
    );
  });

  it('reads the places after a crossing at Panmunjom as the journey', () => {
    const convoy: Incident = {
      ...SERGEANT,
      region: 'jsa',
      place: { en: 'Panmunjom', ko: '판문점' },
    };
    const v = verdicts('소 500마리를 싣고 판문점을 거쳐 방북했고 이는 금강산 관광으로 이어졌다.', convoy);
    expect(v).toContain('region:agrees');
    expect(v).not.toContain('place:contradicts');
  });

  it('reads the journey’s other places as the journey when the crossing’s place is right', () => {
    const swimmer: Incident = {
      ...SERGEANT,
      region: 'han-estuary',
      place: { en: 'Northern tip of the Gimpo peninsula', county: 'Gimpo' },
    };
    const sentence =
      '개성시 개풍군의 농장원이던 그는 해안에서 물에 들어가 이튿날 새벽 경기 김포시 초소 앞으로 귀순했다.';
    expect(verdicts(sentence, swimmer)).not.toContain('place:contradicts');
    expect(verdicts('그는 개성에서 귀순했다.', swimmer)).toContain('place:contradicts');
  });

  it('dates the act that recalls a crossing, not the crossing, by a date away from "귀순 당시"', () => {
    expect(
      verdicts('사단장이 29일 국회 국방위원들에게 병사가 넘은 철책 앞에서 귀순 당시 상황을 설명했다.'),
    ).not.toContain('date:contradicts');
    expect(verdicts('8월 29일 귀순 당시 그는 군복 차림이었다.')).toContain('date:contradicts');
    expect(verdicts('국방위원들은 29일 이곳을 찾아 병사가 철책을 넘어 귀순한 경위를 캐물었다.')).not.toContain(
      'date:contradicts',
    );
    // The post where he defected, named for what happened there later.
    expect(
      verdicts(
        '29일 국회 국방위원들이 북한군 병사가 귀순한 강원 고성군 22사단 최전방 소초 철책 앞에서 설명을 듣고 있다.',
      ),
    ).not.toContain('date:contradicts');
    expect(verdicts("국회 국방위원들이 29일 '노크 귀순' 현장인 동부전선 소초를 둘러보고 있다.")).not.toContain(
      'date:contradicts',
    );
  });

  it('leaves the dates of a court’s act and of "the last such defection" out of the crossing’s date', () => {
    expect(verdicts('The staff sergeant who walked across in Goseong was charged on Friday.')).not.toContain(
      'date:contradicts',
    );
    expect(verdicts('The last such defection on the eastern front took place in 2007.')).not.toContain(
      'date:contradicts',
    );
  });

  it('checks who against the mention’s own clause where it names someone', () => {
    const sentence =
      "2012년 북한군 병사가 문을 두드린 '노크 귀순', 그리고 북한 남성이 헤엄쳐 온 '오리발 귀순'이 있었다.";
    const civilian: Incident = { ...SERGEANT, who: [{ role: 'civilian', origin: 'north-korea', result: 'stayed' }] };
    const whole = readClaims(sentence, '2024-08-21');
    const clause = readClaims("그리고 북한 남성이 헤엄쳐 온 '오리발 귀순'이 있었다.", '2024-08-21');
    const checked = checkClaims(civilian, clause, whole, sentence, '2024-08-21');
    expect(checked.filter((c) => c.field === 'role').map((c) => c.verdict)).not.toContain('contradicts');
  });

  it('leaves a date told in an aside about the person out of the crossing’s date', () => {
    expect(
      verdicts('King, 23, a scout who enlisted in January 2021, walked across the line in Goseong on Tuesday.'),
    ).not.toContain('date:contradicts');
  });

  it('leaves the day of a decision and of the findings a sentence cites out of the crossing’s date', () => {
    const findings = '29일 군 당국의 조사 결과에 따르면 북한군 하사는 20일 고성에서 군사분계선을 넘었다.';
    expect(verdicts(findings, SERGEANT, '2024-08-30')).toEqual(expect.arrayContaining(['date:agrees']));
    expect(verdicts(findings, SERGEANT, '2024-08-30')).not.toContain('date:contradicts');
    expect(verdicts('북한군 하사는 7월 말 귀순을 결심하고 부대를 떠났다.', SERGEANT)).not.toContain('date:contradicts');
  });

  it('leaves the day a crossing came out ("지난 7일 공개됐다") out of its date', () => {
    expect(verdicts('군에 구조돼 귀순 의사를 밝힌 사실이 지난 7일 공개됐다.', SERGEANT, '2024-09-10')).not.toContain(
      'date:contradicts',
    );
  });

  it('leaves a list entry’s date, a channel’s Panmunjom and a wish to stay out of the contradictions', () => {
    expect(verdicts("2024.08.29 고성 귀순 병사 '하사' 확인")).not.toContain('date:contradicts');
    expect(verdicts('고성 동부전선 넘은 北 하사 귀순 2024.08.29')).not.toContain('date:contradicts');
    expect(verdicts('고성 동부전선 넘은 北 하사 8월 29일 귀순')).toContain('date:contradicts');
    expect(verdicts('정부는 판문점을 통해 북측에 송환 계획을 알리고 동해상에서 넘겨줄 예정이다.')).not.toContain(
      'region:contradicts',
    );
    const deported: Incident = {
      ...SERGEANT,
      who: [{ role: 'civilian', origin: 'north-korea', count: 2, result: 'repatriated' }],
    };
    expect(verdicts('The two fishermen had said they wanted to defect.', deported)).toContain('result:less-precise');
    expect(verdicts('The two fishermen stayed in the South.', deported)).toContain('result:contradicts');
  });

  it('checks a wish to stay against people who, the sources say, all asked to go home', () => {
    const wantedHome: Incident = {
      ...SERGEANT,
      who: [{ role: 'fisherman', origin: 'north-korea', count: 4, result: 'repatriated', wish: 'return' }],
    };
    expect(verdicts('The four told investigators they wanted to stay in the South.', wantedHome)).toContain(
      'result:contradicts',
    );
    expect(verdicts('이들은 조사 과정에서 모두 귀순 의사를 밝힌 것으로 전해졌다.', wantedHome)).toContain(
      'result:contradicts',
    );
    // Denied, asked about, or of a record that does not say what they wanted.
    for (const text of [
      'The four said they did not want to defect.',
      'They were asked whether they wished to stay in the South.',
      '이들은 귀순 의사가 없다고 밝혔다.',
      '두 사람은 귀순 의사를 뚜렷하게 밝히지 않은 것으로 전해졌다.',
      '이들은 조사 과정에서 귀순 의사를 분명하게 밝히지는 않았다.',
    ])
      expect(verdicts(text, wantedHome), text).not.toContain('result:contradicts');
    const unsaid: Incident = { ...wantedHome, who: [{ ...wantedHome.who![0]!, wish: undefined }] };
    expect(verdicts('The four told investigators they wanted to stay in the South.', unsaid)).not.toContain(
      'result:contradicts',
    );
  });

  it('checks "sent back to North Korea" as what became of a crosser, and as the way of a repatriation', () => {
    const sent = 'The sergeant who walked across on Tuesday has since been sent back to North Korea.';
    expect(verdicts(sent)).toContain('result:contradicts');
    expect(verdicts(sent).filter((v) => v.startsWith('direction'))).toEqual([]);
    const returned: Incident = { ...SERGEANT, type: 'repatriation', direction: 'south-to-north' };
    expect(verdicts('The two were sent back to North Korea on Tuesday.', returned)).toContain('direction:agrees');
  });

  it('reads a rough count as fitting a record near it, and contradicting one far from it', () => {
    const boat: Incident = { ...SERGEANT, who: [{ role: 'civilian', origin: 'north-korea', count: 9 }] };
    expect(verdicts('지난 20일 북한 주민 10여 명을 태운 어선이 넘어왔다.', boat)).toContain('count:agrees');
    expect(verdicts('지난 20일 북한 주민 20여 명을 태운 어선이 넘어왔다.', boat)).toContain('count:contradicts');
    expect(verdicts('12 North Koreans crossed by boat on Tuesday.', boat)).toContain('count:contradicts');
  });

  it('reads a unit that stepped over the line without a recorded size as no count to contradict', () => {
    const incursion: Incident = {
      ...SERGEANT,
      type: 'incursion',
      who: [{ role: 'soldier', origin: 'north-korea', result: 'returned' }],
    };
    const group = 'A group of 20 to 30 North Korean soldiers strayed over the line on Tuesday.';
    expect(verdicts(group, incursion)).toContain('count:not-in-record');
    expect(verdicts(group, incursion)).toContain('role:agrees');
    expect(verdicts(group)).toContain('count:contradicts');
  });

  it('does not date the crossing by when a state began or by the day a speaker disclosed it', () => {
    expect(verdicts('North Korea frees a student held since April, and hands him over at Panmunjom.')).not.toContain(
      'date:contradicts',
    );
    expect(verdicts('합동참모본부는 23일에야 이 귀순 사실을 공개했다.')).not.toContain('date:contradicts');
    expect(verdicts('북한군 병사 1명이 23일 군사분계선을 넘어 귀순했다.')).toContain('date:contradicts');
  });

  it("takes a clause's other day as another step when another clause of the sentence gives the record's own", () => {
    const first = '지난 13일에는 목선을 타고 빠져나와 표류하다 구조됐고,';
    const sentence = `${first} 이 병사는 20일 군사분계선을 넘어왔다.`;
    // The mention's clause is the first one (it opens the sentence, so its offsets are the sentence's).
    const clause = readClaims(first, '2024-08-21');
    const check = (s: string) =>
      checkClaims(SERGEANT, clause, readClaims(s, '2024-08-21'), s, '2024-08-21').map((c) => `${c.field}:${c.verdict}`);
    expect(check(sentence)).not.toContain('date:contradicts');
    expect(check(first)).toContain('date:contradicts');
  });

  it("does not check a river's course as where the event was, nor the day a fact was disclosed as its day", () => {
    const river =
      'It happened on Monday on the Imjin River, which flows through the Demilitarized Zone before emptying into the Yellow Sea.';
    expect(verdicts(river)).not.toContain('region:contradicts');
    expect(verdicts('북한 병사가 서해 쪽 해안으로 넘어왔다.')).toContain('region:contradicts');
    expect(
      verdicts('지난 23일 합동참모본부가 북한 병사의 귀순 사실을 공개하면서 이 지역이 주목받고 있다.'),
    ).not.toContain('date:contradicts');
  });

  it('checks people said to have gone back north as what became of them, not as which way they came', () => {
    const v = verdicts('이들은 조사를 마친 뒤 북방한계선 북쪽으로 돌아간 것으로 알려졌다.');
    expect(v).not.toContain('direction:contradicts');
    expect(v).toContain('result:contradicts');
    expect(verdicts('이 병사는 군사분계선을 넘어 북쪽으로 갔다.')).toContain('direction:contradicts');
    // A ship that came south and turned back: its way back is how the incursion ended.
    const ship = dataset.incidents.find((i) => i.id === '2022-10-24-mupho-merchant-ship-nll')!;
    const back = 'It pushed about 3.3 km south of the NLL before heading back north at around 4:20 a.m.';
    expect(verdicts(back, ship, '2022-10-25')).not.toContain('direction:contradicts');
  });

  it("checks the country of someone from neither Korea against the record's, where it gives one", () => {
    const matuzok = withWho([
      { role: 'civilian', origin: 'other', nationality: 'soviet-union', name: 'Vasily Matuzok' },
    ]);
    expect(verdicts('Matuzok, a Czechoslovak exchange student who had long wanted to defect, ran.', matuzok)).toContain(
      'origin:contradicts',
    );
    expect(verdicts('The 22-year-old East German defected by bolting south.', matuzok)).toContain('origin:contradicts');
    // A Soviet citizen is often called Russian.
    expect(verdicts('The Russian tourist ran across the line.', matuzok)).toContain('origin:agrees');
    expect(verdicts('Vasily Matuzok, a Soviet student attached to the embassy, ran.', matuzok)).toContain(
      'origin:agrees',
    );
    const crew = withWho([
      { role: 'fisherman', origin: 'south-korea', count: 7 },
      { role: 'fisherman', origin: 'other', nationality: 'vietnam', count: 3 },
    ]);
    expect(verdicts('The three Chinese crew members were sent back.', crew)).toContain('origin:contradicts');
    expect(verdicts('The three Vietnamese crewmen were sent back.', crew)).toContain('origin:agrees');
    // People said to be Chinese where the record has North Koreans; a Chinese boat is no one's origin.
    const drifters = withWho([{ role: 'fisherman', origin: 'north-korea', count: 2 }]);
    expect(verdicts('군은 중국 국적 선원인 이들 2명이 NLL을 넘어온 것으로 보고 있다.', drifters)).toContain(
      'origin:contradicts',
    );
    expect(verdicts('The two fishermen drifted past Chinese fishing boats across the NLL.', drifters)).not.toContain(
      'origin:contradicts',
    );
  });

  it("reads a return's hand-over and the crossing that came before it as no claim about the return's way", () => {
    const seo = dataset.incidents.find((i) => i.id === '2018-08-07-south-korean-returned-panmunjom')!;
    const handOver = '통일부는 "오늘 오전 11시 판문점을 통해 우리 국민 1명을 북측으로부터 인계받았다"고 밝혔다.';
    expect(verdicts(handOver, seo, '2018-08-07')).not.toContain('direction:contradicts');
    const joo = dataset.incidents.find((i) => i.id === '2015-10-05-joo-won-moon-returned-panmunjom')!;
    const earlier = '中 단둥서 입북한 美 영주권자 대학생 주원문씨, 판문점 통해 귀환';
    expect(verdicts(earlier, joo, '2015-10-05')).not.toContain('direction:contradicts');
    expect(verdicts('주원문씨는 판문점을 통해 북쪽으로 넘어갔다.', joo, '2015-10-05')).toContain(
      'direction:contradicts',
    );
  });

  it('calls driven across wrong for a crossing on foot, and on foot wrong for one by car', () => {
    expect(verdicts('He drove a jeep across the line in Goseong.')).toContain('method:contradicts');
    expect(verdicts('He got out of the truck and walked across the line.')).toContain('method:agrees');
    expect(verdicts('해당 병사는 군용 트럭을 몰고 달려 MDL을 통과했다.')).toContain('method:contradicts');
    const car = withWho(SERGEANT.who);
    car.method = ['vehicle'];
    expect(verdicts('He defected on foot, sprinting across the line.', car)).toContain('method:contradicts');
    // A jeep driven to the line, then a dash across it: "on foot" is right.
    car.method = ['vehicle', 'ran'];
    expect(verdicts('He crossed the line on foot.', car)).not.toContain('method:contradicts');
  });

  it("reads the way a clause with neither a way nor a subject of its own goes on with, from the sentence's", () => {
    const sentence =
      '이 남성은 소형 목선을 타고 중간선을 넘어 내려오다 해군에 구조됐으며, 구조 직후 귀순 의사를 밝혔다.';
    const at = sentence.indexOf('구조 직후');
    const whole = readClaims(sentence, '2024-08-21');
    const own = readClaims(sentence.slice(at), '2024-08-21');
    const shifted = { ...own, methods: own.methods.map((m) => ({ ...m, start: m.start + at, end: m.end + at })) };
    const check = (clause: typeof own) =>
      checkClaims(SERGEANT, clause, whole, sentence, '2024-08-21').map((c) => `${c.field}:${c.verdict}`);
    expect(check(shifted)).toContain('method:contradicts');
    // A clause with its own subject tells its own act.
    const another = '해군 고속정이 목선을 발견했으며, 병사는 걸어서 군사분계선을 넘었다.';
    const second = readClaims(another.slice(another.indexOf('병사는')), '2024-08-21');
    expect(checkClaims(SERGEANT, second, readClaims(another, '2024-08-21'), another, '2024-08-21')).not.toContainEqual(
      expect.objectContaining({ field: 'method', verdict: 'contradicts' }),
    );
  });

  it('reads a way against a return, told beside it, as the crossing before the return', () => {
    const back = dataset.incidents.find((i) => i.type === 'repatriation' && i.direction === 'south-to-north')!;
    const home = dataset.incidents.find((i) => i.type === 'repatriation' && i.direction === 'north-to-south')!;
    const held =
      '군 당국이 전날 서해 북방한계선(NLL)을 넘어와 붙잡아 둔 북한 선박과 승선원 7명을 9일 북측으로 돌려보냈다.';
    expect(verdicts(held, back, back.date)).toContain('direction:agrees');
    expect(
      verdicts('Men returned at Panmunjom on Friday said they went north for a better life.', home, home.date),
    ).not.toContain('direction:contradicts');
    // Told alone, the way is the return's.
    expect(verdicts('The six crossed into North Korea at Panmunjom.', home, home.date)).toContain(
      'direction:contradicts',
    );
  });

  it('takes a full date one part off, told next to the crossing, for the crossing misdated', () => {
    const misdated = (sentence: string) => {
      const claims = readClaims(sentence, '2024-09-01');
      return misdatedCrossing(checkClaims(SERGEANT, claims, claims, sentence, '2024-09-01'), sentence, SERGEANT);
    };
    expect(misdated('The staff sergeant walked across the MDL on Aug. 20, 2023.')).toBe(true);
    expect(misdated('2024년 8월 28일 아침, 북한군 하사가 군사분계선을 넘어왔다.')).toBe(true);
    // Another act on that day of another year, and a date off in two parts, are not the crossing misdated.
    expect(misdated('On Aug. 20, 2025, the ministry marked a year since the crossing.')).toBe(false);
    expect(misdated('The staff sergeant walked across the MDL on Sept. 21, 2023.')).toBe(false);
    expect(misdated('화요일 오전 9시 49분, 북한군 하사가 군사분계선을 넘었다.')).toBe(false);
    // A day's number is written out too, though counted from the page's month.
    expect(misdated('이 하사가 군사분계선을 넘은 건 지난 21일 오전 9시 반쯤이었다.')).toBe(true);
    // But any other day of the month is more likely another act's than a slip.
    expect(misdated('이 하사가 군사분계선을 넘은 건 지난 28일 오전 9시 반쯤이었다.')).toBe(false);
  });

  it('does not read a boat in a job ("a fishing-boat engineer") as the way anyone crossed', () => {
    expect(verdicts('A fishing-boat engineer walked across the line in Goseong.')).toContain('method:agrees');
    expect(verdicts('The boat captain walked across the line in Goseong.')).not.toContain('method:contradicts');
    expect(verdicts('He reached Goseong in a small boat.')).toContain('method:contradicts');
  });

  it('dates the act about a crossing named as an incident ("\'노크 귀순\' 사건과 관련해"), not the crossing', () => {
    const knock = dataset.incidents.find((i) => i.id === '2012-10-02-eastern-knock-knock-defection')!;
    const apology = "김관진 국방부 장관이 15일 이른바 '노크 귀순' 사건과 관련해 대국민 사과를 했다.";
    expect(verdicts(apology, knock, '2012-10-16')).not.toContain('date:contradicts');
    expect(verdicts("지난 5일 발생한 '노크 귀순' 사건과 관련해 장관이 사과했다.", knock, '2012-10-16')).toContain(
      'date:contradicts',
    );
  });
});

describe('ranks and clocks, from batches 95-97', () => {
  it('takes a corporal for a private as wrong, and a private for a corporal as only less precise', () => {
    const teen = withWho([{ role: 'soldier', origin: 'north-korea', rank: 'private', age: 19 }]);
    expect(verdicts('The corporal told investigators that he had defected after being beaten.', teen)).toContain(
      'rank:contradicts',
    );
    const corporal = withWho([{ role: 'soldier', origin: 'north-korea', rank: 'corporal' }]);
    expect(verdicts('The private told investigators that he had defected.', corporal)).toContain('rank:less-precise');
  });

  it('knows the incident’s own time told to the minute, in Korean and English', () => {
    const timed = { ...SERGEANT, time: '12:10' };
    expect(toldAtItsClock('단속정이 낮 12시10분께 연평도 인근 서해 NLL을 넘어왔다.', timed)).toBe(true);
    expect(toldAtItsClock('The boat crossed at 12:13 p.m., officials said.', timed)).toBe(true);
    expect(toldAtItsClock('The boat crossed at 12:30 p.m., officials said.', timed)).toBe(false);
    // An hour alone is no clock of its own: many things happen at noon.
    expect(toldAtItsClock('단속정이 낮 12시께 넘어왔다.', timed)).toBe(false);
    expect(toldAtItsClock('The boat crossed at 12:10 p.m.', SERGEANT)).toBe(false);
    // "낮 1시" is one in the afternoon, "밤 2시" two in the morning.
    expect(toldAtItsClock('낮 1시 5분께 넘어왔다.', { ...SERGEANT, time: '13:05' })).toBe(true);
    expect(toldAtItsClock('밤 2시 5분께 넘어왔다.', { ...SERGEANT, time: '02:05' })).toBe(true);
  });
});

describe('a wish to go back, from batch 99', () => {
  it('reads "북으로 돌아가겠다는" of people who came south as what became of them, not which way they came', () => {
    const boat = withWho([{ role: 'fisherman', origin: 'north-korea', count: 1, result: 'repatriated' }]);
    expect(
      verdicts('구조된 선원 1명은 북으로 돌아가겠다는 뜻을 밝혀 북측에 넘겨졌다.', { ...boat, route: 'sea' }),
    ).not.toContain('direction:contradicts');
  });
});

describe('batches 01-06: ranks and the crossing’s own time and day', () => {
  it('takes 상사 for a master sergeant, never a staff sergeant, and "a low-ranking soldier" as loose of a staff sergeant', () => {
    expect(verdicts('20대로 알려진 이 귀순자의 계급은 부사관인 상사로 전해졌다.')).toContain('rank:contradicts');
    expect(verdicts('The army said the first sergeant walked across the border.')).toContain('rank:contradicts');
    expect(verdicts('Guards open fire as a low-ranking soldier makes a dash across the border.')).toContain(
      'rank:less-precise',
    );
  });

  it('knows the record’s own crossing time told with a crossing, not a step of its timeline', () => {
    const timed = {
      ...SERGEANT,
      time: '22:40',
      timeline: [{ date: '2024-08-20', time: '18:40', what: 'Climbed the fence.' }],
    };
    expect(
      toldAtItsClock('이 인원은 오후 10시40분께 군사분계선(MDL)을 넘어 남측 지역으로 들어왔다.', timed, true),
    ).toBe(true);
    expect(toldAtItsClock('이 인원은 오후 6시40분께 군사분계선(MDL)을 넘어 남측 지역으로 들어왔다.', timed, true)).toBe(
      false,
    );
    expect(toldAtItsClock('합참은 오후 10시40분께 상황을 보고받았다.', timed, true)).toBe(false);
  });

  it('takes a written-out date one part off, told with "철책을 넘은 뒤 … 소초", as the crossing misdated', () => {
    const knock = dataset.incidents.find((i) => i.id === '2012-10-02-eastern-knock-knock-defection')!;
    const sentence =
      '2013년 10월 2일 밤 북한군 병사 1명이 비무장지대를 가로질러 우리 측 철책을 넘은 뒤 최전방 소초 생활관 문을 두드리고서야 발견된 사건이다.';
    const claims = readClaims(sentence, '2021-02-17');
    expect(misdatedCrossing(checkClaims(knock, claims, claims, sentence, '2021-02-17'), sentence, knock)).toBe(true);
  });
});

describe('batches 07-09: the day of a statement', () => {
  it('dates a minister’s apology, a report to parliament or a broadcast by its own day, not the crossing', () => {
    const knock = dataset.incidents.find((i) => i.id === '2012-10-02-eastern-knock-knock-defection')!;
    for (const sentence of [
      "김관진 국방부 장관이 15일 강원도 고성 동부전선에서 벌어진 북한군 병사의 이른바 '노크 귀순' 사건과 관련해 경계작전에 실패했다고 인정하며 사과했다.",
      '정승조 합참의장은 11일 국회 국정감사에서 "귀순자가 경비대 출입문을 두드렸으나 반응이 없었다"고 보고했다.',
      '그가 귀순한 사실은 북한 조선중앙TV가 지난 13일 "도주자"가 넘어갔다고 보도하면서 처음 드러났다.',
    ]) {
      const claims = readClaims(sentence, '2012-10-16');
      expect(
        checkClaims(knock, claims, claims, sentence, '2012-10-16').map((c) => c.field),
        sentence,
      ).not.toContain('date');
    }
  });
});

describe('batches 10-12: a wish no one had', () => {
  it('reads "귀순 의사를 밝힌 사람은 한 명도 없었다" as no wish to stay', () => {
    const home = withWho([
      { role: 'fisherman', origin: 'north-korea', count: 8, result: 'repatriated', wish: 'return' },
    ]);
    expect(verdicts('이들 가운데 귀순 의사를 밝힌 사람은 한 명도 없었다.', home)).not.toContain('result:contradicts');
    expect(verdicts('이들은 모두 귀순 의사를 밝혔다.', home)).toContain('result:contradicts');
  });
});

describe('batch 16 and before: a crossing misdated by a day or two', () => {
  it('reads "넘어 귀순한", "넘어 남측으로 내려온" and "헤엄쳐 귀순한" as the crossing a date goes on to', () => {
    for (const sentence of [
      '지난 18일 밤 북한군 병사 1명이 강원도 고성 군사분계선을 넘어 귀순한 것으로 확인됐다.',
      '북한군 병사 1명이 군사분계선을 넘어 남측으로 내려온 것은 지난 18일 밤이었다.',
      '지난 18일 밤 북한군 병사 1명이 고성 앞바다를 헤엄쳐 귀순했다.',
    ]) {
      expect(verdicts(sentence, SERGEANT, '2024-08-25'), sentence).toContain('date:contradicts');
    }
  });

  it('takes "오전" for a part of the day, so a morning a day off is not a night crossing', () => {
    expect(verdicts('북한군 병사 1명이 21일 오전 군사분계선을 넘어왔다.', SERGEANT, '2024-08-25')).toContain(
      'date:contradicts',
    );
    expect(verdicts('북한군 병사 1명이 21일 군사분계선을 넘어왔다.', SERGEANT, '2024-08-25')).toContain(
      'date:less-precise',
    );
  });

  it('dates a crossing the record times by day with its own day, not the next (when it was made public)', () => {
    const daytime = {
      ...SERGEANT,
      time: '15:00',
      timeline: [{ date: '2024-08-21', what: 'The military disclosed the crossing.' }],
    };
    const crossing = '북한군 병사 1명이 21일 오후 군사분계선을 걸어서 넘어와 귀순했다.';
    expect(verdicts(crossing, daytime, '2024-08-22')).toContain('date:contradicts');
    expect(verdicts('합참은 21일 오후 이 사실을 공개했다.', daytime, '2024-08-22')).not.toContain('date:contradicts');
  });
});

describe('batches 16-18: days that are not the crossing’s', () => {
  it('does not date the crossing by a day told as one after it, or by a date of the person’s life', () => {
    const timed = { ...SERGEANT, time: '15:00' };
    for (const sentence of [
      '김 장관은 사건 이튿날인 21일 오전 북한군 병사가 걸어서 귀순했다는 첩보를 이미 보고받았던 것으로 드러났다.',
      'The staff sergeant, who enlisted in January 2021, walked across the border in Goseong.',
      '2019년 3월 입대한 이 하사는 고성에서 군사분계선을 걸어서 넘어왔다.',
    ]) {
      expect(verdicts(sentence, timed, '2024-09-01'), sentence).not.toContain('date:contradicts');
    }
    expect(verdicts('북한군 병사 1명이 21일 오전 고성에서 걸어서 귀순했다.', timed, '2024-09-01')).toContain(
      'date:contradicts',
    );
  });
});

describe('batches 19-21: under the fence or over it', () => {
  it('reads a drain under the fence and a climb over it as two ways past it', () => {
    const over = dataset.incidents.find((i) => i.id === '2022-01-01-eastern-front-redefector')!;
    const under = dataset.incidents.find((i) => i.id === '2021-02-16-goseong-diving-suit-swimmer')!;
    expect(
      verdicts('그는 1일 오후 6시40분께 철책 아래 배수로를 빠져나가 비무장지대로 들어갔다.', over, '2022-01-03'),
    ).toContain('method:contradicts');
    expect(verdicts('해안에 오른 그는 해안 철책을 타고 넘어 남쪽으로 걸었다.', under, '2021-02-20')).toContain(
      'method:contradicts',
    );
    expect(
      verdicts('He then crawled through a drainage channel under the coastal fence.', under, '2021-02-20'),
    ).toContain('method:agrees');
  });
});

describe('batches 22-24: days of other acts', () => {
  const knock = () => dataset.incidents.find((i) => i.id === '2012-10-02-eastern-knock-knock-defection')!;

  it('dates an apology by its own day, in Korean and English', () => {
    for (const sentence of [
      "'노크 귀순' 사건과 관련해 김관진 국방부 장관이 15일 국민에게 고개를 숙였다.",
      '북한군 병사가 소초 문을 두드려 귀순한 사건과 관련해 15일 공식 사과했다.',
      'The defence minister apologised to lawmakers on Monday for the lapses that let a North Korean soldier reach the post.',
    ])
      expect(verdicts(sentence, knock(), '2012-10-16'), sentence).not.toContain('date:contradicts');
  });

  it('takes a day told with no crossing as any step the record gives, and a crossing’s day as the crossing’s', () => {
    const found = {
      ...SERGEANT,
      timeline: [{ date: '2024-08-26', what: 'Residents reported a stranger, who was taken into custody.' }],
    };
    expect(verdicts('지난 26일 오전 거동 수상자를 신문한 결과 탈북 주민으로 확인됐다.', found, '2024-09-01')).toContain(
      'date:agrees',
    );
    expect(verdicts('북한군 병사 1명이 지난 26일 군사분계선을 넘어왔다.', found, '2024-09-01')).toContain(
      'date:contradicts',
    );
  });
});

describe('batches 22-24: a part of a group', () => {
  it('checks "선원 5명 가운데 2명은" by the part, which fits a group of the record or at least no more than its people', () => {
    const pair = withWho([
      { role: 'fisherman', origin: 'north-korea', count: 2, result: 'stayed' },
      { role: 'fisherman', origin: 'north-korea', count: 1, result: 'repatriated' },
    ]);
    expect(verdicts('구조된 선원 4명 가운데 2명은 귀순 의사를 밝혔다.', pair)).toContain('count:agrees');
    expect(verdicts('구조된 선원 4명 가운데 1명만 귀순 의사를 밝혔다.', pair)).toContain('count:agrees');
    expect(verdicts('구조된 선원 가운데 5명은 귀순 의사를 밝혔다.', pair)).toContain('count:contradicts');
    expect(verdicts('구조된 선원 4명은 모두 귀순 의사를 밝혔다.', pair)).toContain('count:contradicts');
  });
});

describe('batches 22-24: the day of a return the record does not date', () => {
  it('leaves "나머지 4일 송환" unchecked where the record gives no day for the return', () => {
    const home = withWho([{ role: 'fisherman', origin: 'north-korea', count: 27, result: 'repatriated' }]);
    expect(verdicts('北주민 31명 중 일부 귀순 의사…나머지 4일 송환', home, '2024-09-03')).not.toContain(
      'date:contradicts',
    );
    expect(verdicts('북한 주민들이 지난 4일 군사분계선을 넘어왔다.', home, '2024-09-03')).toContain('date:contradicts');
  });
});

describe('batches 25-27: a defection told in a record nobody crossed in', () => {
  it('does not date the record by the day of a defection it tells of', () => {
    const tunnel = dataset.incidents.find((i) => i.id === '1975-03-19-second-infiltration-tunnel')!;
    expect(
      verdicts(
        '1975년 3월 5일 북한군 유대윤 소위가 땅굴 공사에 동원돼 있다가 남쪽으로 넘어와 귀순한 것이다.',
        tunnel,
        '2025-03-19',
      ),
    ).not.toContain('date:contradicts');
    // The tunnel's own day, told wrong, still is.
    expect(verdicts('땅굴은 1975년 3월 5일 철원 북쪽에서 발견됐다.', tunnel, '2025-03-19')).toContain(
      'date:contradicts',
    );
  });
});

describe('batches 25-27: through the fence', () => {
  it('reads a fence cut through as its own way past it, and a breach as none', () => {
    const climbed = dataset.incidents.find((i) => i.id === '2020-11-03-goseong-gymnast')!;
    const knock = dataset.incidents.find((i) => i.id === '2012-10-02-eastern-knock-knock-defection')!;
    const cut = dataset.incidents.find((i) => i.id === '2009-10-26-kang-tong-rim-crosses-north')!;
    expect(
      verdicts(
        '이 남성은 3일 오후 7시 30분쯤 일반전초(GOP) 철책을 절단기로 끊고 남측으로 월남했다.',
        climbed,
        '2020-11-05',
      ),
    ).toContain('method:contradicts');
    expect(verdicts('그는 3중 철책을 끊고 들어와 귀순 의사를 밝혔다.', knock, '2012-10-12')).toContain(
      'method:contradicts',
    );
    expect(verdicts('He cut his way through that fence on the eastern edge of the DMZ.', cut, '2009-10-28')).toContain(
      'method:agrees',
    );
    expect(verdicts('Holes had been cut in the wire fence near his old unit.', cut, '2009-10-28')).toContain(
      'method:agrees',
    );
    expect(verdicts('He climbed over the fence and walked north.', cut, '2009-10-28')).not.toContain(
      'method:contradicts',
    );
    // "The fence was breached" is said of any crossing the guards missed, a climb over it too.
    expect(verdicts('또 철책이 뚫렸다. 그는 철책을 넘어 귀순했다.', climbed, '2020-11-05')).not.toContain(
      'method:contradicts',
    );
  });
});

describe('batches 25-27: a stay said of people who asked to go home', () => {
  it('contradicts the record whether said as a wish or as what will become of them', () => {
    const ulleung = dataset.incidents.find((i) => i.id === '2012-12-13-ulleung-fishing-boat-adrift')!;
    expect(
      verdicts('이에 따라 이들 3명은 귀순 절차를 밟아 남쪽에 정착하게 될 전망이다.', ulleung, '2012-12-15'),
    ).toContain('result:contradicts');
    expect(verdicts('이들 3명은 북측으로 돌아가겠다는 의사를 밝혔다.', ulleung, '2012-12-15')).not.toContain(
      'result:contradicts',
    );
  });
});

describe('batches 25-27: the day a crossing was made known', () => {
  it('is not checked as the crossing’s day', () => {
    const walker = dataset.incidents.find((i) => i.id === '2011-02-15-minefield-walker-before-kim-jong-il-birthday')!;
    expect(
      verdicts(
        '북한 주민 1명이 철원 지역 비무장지대를 걸어서 통과해 우리 측으로 넘어온 것으로 16일 확인됐다.',
        walker,
        '2011-02-16',
      ),
    ).not.toContain('date:contradicts');
    expect(
      verdicts(
        'A North Korean walked across the DMZ in Cheorwon, officials confirmed on Feb. 16.',
        walker,
        '2011-02-16',
      ),
    ).not.toContain('date:contradicts');
    expect(
      verdicts('북한 주민 1명이 지난 17일 철원 지역 비무장지대를 걸어서 넘어왔다.', walker, '2011-02-18'),
    ).toContain('date:contradicts');
  });
});

describe('batches 28-30: ages', () => {
  it('allows a Korean count of age only for Koreans', () => {
    const king = dataset.incidents.find((i) => i.id === '2023-07-18-jsa-travis-king')!;
    const oh = dataset.incidents.find((i) => i.id === '2017-11-13-jsa-oh-chong-song')!;
    expect(
      verdicts('King, 24, slipped away before boarding and crossed at the truce village.', king, '2023-07-19'),
    ).toContain('age:contradicts');
    expect(verdicts('King, 23, crossed at the truce village.', king, '2023-07-19')).toContain('age:agrees');
    // Told as his age then, not now.
    expect(verdicts('Oh, then 21, sped a jeep toward the truce village.', oh, '2019-04-20')).toContain(
      'age:contradicts',
    );
  });
});

describe('batches 31-33: what nobody chose, and where a message was given', () => {
  it('reads no stay in "남겠다며 귀순 의사를 밝힌 사람은 없었다"', () => {
    const drift = dataset.incidents.find((i) => i.id === '2016-12-east-sea-three-drifting-boats')!;
    expect(
      verdicts('구조된 8명 가운데 남쪽에 남겠다며 귀순 의사를 밝힌 사람은 없었다.', drift, '2016-12-15'),
    ).not.toContain('result:contradicts');
    expect(verdicts('구조된 8명은 모두 남쪽에 남겠다며 귀순 의사를 밝혔다.', drift, '2016-12-15')).toContain(
      'result:contradicts',
    );
  });

  it('takes Panmunjom where a loudspeaker told the North of a return as no place of the event', () => {
    const eight = dataset.incidents.find((i) => i.id === '2016-12-19-eight-sailors-returned-by-sea')!;
    expect(
      verdicts(
        '정부는 판문점에서 확성기를 통해 선원과 선박을 19일 오전 돌려보내겠다는 계획을 북측에 알렸다.',
        eight,
        '2016-12-19',
      ),
    ).not.toContain('region:contradicts');
  });
});

describe('batches 34-36: the rest did the same', () => {
  const split = withWho([
    { role: 'civilian', origin: 'north-korea', count: 2, result: 'stayed' },
    { role: 'civilian', origin: 'north-korea', count: 1, result: 'repatriated' },
  ]);
  it('reads "the rest too" as a claim about all of them', () => {
    expect(verdicts('같은 배에 타고 있던 나머지 1명도 뒤이어 귀순해 남쪽에 정착하게 됐다.', split)).toContain(
      'result:contradicts',
    );
    expect(verdicts('The other man on the boat was also allowed to stay in the South.', split)).toContain(
      'result:contradicts',
    );
    expect(verdicts('He later chose to stay in the South along with the other two.', split)).toContain(
      'result:contradicts',
    );
  });
  it('leaves "the rest" that did otherwise, and a rest that did the same where all did, alone', () => {
    expect(verdicts('나머지 1명은 북으로 돌려보내졌다.', split)).toContain('result:agrees');
    const stayed = withWho([{ role: 'civilian', origin: 'north-korea', count: 3, result: 'stayed' }]);
    expect(verdicts('나머지 1명도 뒤이어 귀순해 남쪽에 정착하게 됐다.', stayed)).toContain('result:agrees');
  });
});

describe('batches 34-36: those who came to lay the mines', () => {
  it('checks no one the sentence says came south against the South Korean soldiers a mine hurt', () => {
    const mines = dataset.incidents.find((i) => i.id === '2015-08-04-paju-landmine-blasts')!;
    expect(
      verdicts('조사 결과 지뢰는 북한군이 군사분계선을 넘어와 몰래 묻어 둔 것으로 드러났다.', mines, '2015-08-10'),
    ).not.toContain('origin:contradicts');
    expect(
      verdicts('Two North Korean staff sergeants were maimed by the mines near the DMZ.', mines, '2015-08-10'),
    ).toContain('origin:contradicts');
  });
});

describe('batches 34-36: the way past the fence and the way across', () => {
  const swimmer = withWho(undefined);
  const ganghwa: Incident = { ...swimmer, method: ['swam', 'drain'] };
  it('checks each apart: right about the drain, wrong about the swim', () => {
    expect(verdicts('그는 배수로를 빠져나온 뒤 갯벌을 걸어서 강을 건너 월북했다.', ganghwa)).toContain(
      'method:contradicts',
    );
    expect(verdicts('그는 배수로를 빠져나온 뒤 강을 헤엄쳐 건너 월북했다.', ganghwa)).toContain('method:agrees');
    // A swim, then a walk on the far shore: the swim is the way across.
    expect(verdicts('He swam across the estuary and then walked inland.', ganghwa)).toContain('method:agrees');
  });
});

describe('batches 40-42: days and ways of other acts, and of a return', () => {
  const knock = dataset.incidents.find((i) => i.id === '2012-10-02-eastern-knock-knock-defection')!;
  const patrol = dataset.incidents.find((i) => i.id === '2014-10-07-yeonpyeong-patrol-boat-incursion')!;
  const deported = dataset.incidents.find((i) => i.id === '2019-11-07-fishermen-deported-panmunjom')!;
  it('dates the act about a named crossing by a day told after the name, not the crossing', () => {
    expect(
      verdicts("'노크 귀순' 사건과 관련해 국방부 장관이 15일 대국민 사과를 했다.", knock, '2012-10-16'),
    ).not.toContain('date:contradicts');
    expect(verdicts("'노크 귀순' 사건 당시인 12일 밤 북한군 병사는 철책을 넘었다.", knock, '2012-10-16')).toContain(
      'date:contradicts',
    );
  });
  it('reads a boat that withdrew north after crossing south as its fate, not its way', () => {
    expect(
      verdicts('북한 경비정 1척이 7일 오전 북방한계선을 넘었다가 교전 끝에 북쪽으로 물러갔다.', patrol, '2014-10-07'),
    ).not.toContain('direction:contradicts');
    expect(verdicts('The patrol boat withdrew north after the exchange of fire.', patrol, '2014-10-07')).not.toContain(
      'direction:contradicts',
    );
  });
  it('takes a return two days off, told with the return, as the return misdated', () => {
    expect(
      verdicts('On Nov. 5, 2019, the two fishermen were deported through Panmunjom.', deported, '2022-07-20'),
    ).toContain('date:contradicts');
    expect(verdicts('두 사람은 2019년 11월 5일 판문점을 거쳐 북으로 추방됐다.', deported, '2022-07-20')).toContain(
      'date:contradicts',
    );
  });
});
