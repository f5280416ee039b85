import { describe, expect, it } from 'vitest';
import type { Incident, Person } from '../data/schema';
import { translator } from '../shared/i18n';
import { sourcesAsText } from './copy-sources';
import type { Warning } from '../match/verdicts';
import { describePerson, describeWho, formatDate, formatFigure, formatWarning } from './format';

const en = translator('en');
const ko = translator('ko');
const person = (p: Partial<Person>): Person => ({ role: 'civilian', origin: 'north-korea', ...p });

describe('describePerson', () => {
  it('names a group with the right plural, in English and as a Korean editor would', () => {
    const fishermen = person({ role: 'fisherman', count: 4 });
    expect(describePerson(fishermen, en)).toBe('4 North Korean fishermen');
    expect(describePerson(fishermen, ko)).toBe('북한 어민 4명');
    expect(describePerson(person({ role: 'soldier', count: 2 }), en)).toBe('2 North Korean soldiers');
  });

  it('uses the rank, and the North’s own rank names in Korean', () => {
    const sergeant = person({ role: 'soldier', rank: 'staff sergeant' });
    expect(describePerson(sergeant, en)).toBe('North Korean staff sergeant');
    // As the records' Korean titles say: 하사 for a staff sergeant (ROK and KPA alike), 병장 for a sergeant.
    expect(describePerson(sergeant, ko)).toBe('북한군 하사');
    expect(describePerson(person({ role: 'soldier', origin: 'united-states', rank: 'sergeant' }), ko)).toBe(
      '미군 병장',
    );
    expect(describePerson(person({ role: 'soldier', rank: 'major' }), ko)).toBe('북한군 소좌');
    expect(describePerson(person({ role: 'soldier', origin: 'united-states', rank: 'private second class' }), ko)).toBe(
      '미군 이등병',
    );
    // A rank without a translation is shown as reported.
    expect(describePerson(person({ role: 'soldier', rank: 'lance corporal' }), ko)).toBe('북한군 lance corporal');
  });

  it('names the country of someone from neither Korea where the record gives it', () => {
    const crew = person({ role: 'fisherman', origin: 'other', nationality: 'china', count: 3 });
    expect(describePerson(crew, en)).toBe('3 Chinese fishermen');
    expect(describePerson(crew, ko)).toBe('중국 어민 3명');
    expect(describePerson(person({ origin: 'other', nationality: 'soviet-union' }), en)).toBe('Soviet civilian');
    expect(describePerson(person({ role: 'soldier', origin: 'other', nationality: 'soviet-union' }), ko)).toBe(
      '소련군 병사',
    );
    expect(describePerson(person({ origin: 'other' }), en)).toBe('foreign civilian');
  });

  it('says when someone had defected before and went back', () => {
    const back = person({ formerDefector: true });
    expect(describePerson(back, en)).toBe('North Korean civilian who had defected to the South earlier and went back');
    expect(describePerson(back, ko)).toBe('앞서 남한으로 탈북했다가 다시 북으로 돌아간 북한 주민');
  });

  it('lists everyone with name and age', () => {
    expect(
      describeWho(
        [
          person({ role: 'soldier', name: 'Oh Chong Song', age: 24 }),
          person({ role: 'official', origin: 'south-korea' }),
        ],
        en,
      ),
    ).toBe('North Korean soldier (Oh Chong Song, age 24); South Korean official');
    expect(describeWho([person({ role: 'soldier', age: 24 })], ko)).toBe('북한군 병사 (24세)');
    expect(describeWho([person({ role: 'soldier', ageRange: [20, 29] })], en)).toBe(
      'North Korean soldier (aged 20–29)',
    );
    expect(describeWho([person({ role: 'soldier', ageRange: [20, 23] })], ko)).toBe('북한군 병사 (20~23세)');
    expect(describeWho([person({ role: 'soldier', count: 10, countApprox: 'about' })], en)).toBe(
      'about 10 North Korean soldiers',
    );
    expect(describeWho([person({ role: 'soldier', count: 20, countTo: 30 })], ko)).toBe('북한군 병사 20~30명');
    expect(describeWho([person({ role: 'soldier', count: 10, countApprox: 'fewer-than' })], ko)).toBe(
      '북한군 병사 10명 미만',
    );
  });
});

describe('formatDate', () => {
  it('writes dates as far as they are known, per language', () => {
    expect(formatDate('2022-01-01')).toBe('1 January 2022');
    expect(formatDate('2022-01-01', 'day', 'ko')).toBe('2022년 1월 1일');
    expect(formatDate('2012-09-01', 'month', 'ko')).toBe('2012년 9월');
    expect(formatDate('2010-02', 'day')).toBe('February 2010');
    expect(formatDate('1997', 'day', 'ko')).toBe('1997년');
  });
});

describe('formatFigure', () => {
  it('groups digits and translates known units', () => {
    expect(formatFigure({ value: 34538, unit: 'people' }, en)).toBe('34,538 people');
    expect(formatFigure({ value: 34538, unit: 'people' }, ko)).toBe('34,538명');
    expect(formatFigure({ value: 248, unit: 'km' }, ko)).toBe('248km');
    expect(formatFigure({ value: 3, unit: 'balloons' }, ko)).toBe('3 balloons');
  });
});

describe('sourcesAsText', () => {
  const incident = {
    id: 'x',
    title: { en: 'Oh Chong Song’s dash across the JSA', ko: '북한군 오청성 판문점 귀순' },
    date: '2017-11-13',
    datePrecision: 'day',
    sources: [
      { outlet: 'Yonhap', title: 'N. Korean soldier defects', date: '2017-11-13', url: 'https://en.yna.co.kr/a' },
      { outlet: 'BBC', url: 'https://www.bbc.com/b' },
    ],
  } as unknown as Incident;

  it('gives the title, the date and one line per source with outlet, title, date and URL', () => {
    expect(sourcesAsText(incident, en)).toBe(
      [
        'Oh Chong Song’s dash across the JSA',
        '13 November 2017',
        '',
        'Sources:',
        '- Yonhap, “N. Korean soldier defects”, 13 November 2017. https://en.yna.co.kr/a',
        '- BBC. https://www.bbc.com/b',
      ].join('\n'),
    );
    expect(sourcesAsText(incident, ko).split('\n').slice(0, 5)).toEqual([
      '북한군 오청성 판문점 귀순',
      '2017년 11월 13일',
      '',
      '출처:',
      '- Yonhap, “N. Korean soldier defects”, 2017년 11월 13일. https://en.yna.co.kr/a',
    ]);
  });
});

describe('formatWarning', () => {
  it('says what the people asked for when a wish to stay contradicts the record', () => {
    const inc = {
      who: [person({ role: 'fisherman', count: 4, result: 'repatriated', wish: 'return' })],
    } as Incident;
    const w = {
      field: 'result',
      verdict: 'contradicts',
      quote: 'wanted to stay',
      said: 'stayed',
      record: ['return'],
      sources: [],
    } as Warning;
    expect(formatWarning(w, inc, en)).toBe('The article says “wanted to stay”; the sources say: asked to go home.');
    expect(formatWarning({ ...w, quote: '귀순 의사' }, inc, ko)).toBe(
      '기사는 “귀순 의사”라고 썼지만, 출처에 따르면 귀환 희망입니다.',
    );
  });
});
