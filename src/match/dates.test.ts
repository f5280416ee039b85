import { describe, expect, it } from 'vitest';
import { dateAgreement, dayNumber, EN_CLOCK, findDates, firstSinceBound, latestDate } from './dates';

const dates = (text: string, pub?: string) =>
  findDates(text, pub).map((d) => ({ ...d.date, ...(d.reference ? { ref: true } : {}) }));

describe('findDates', () => {
  it('reads written-out dates at every precision, most specific first per place', () => {
    expect(
      dates('on January 1, 2022 and 1 January 2022, in August 2024, in 2017, 2025년 10월 19일, 2019.06.20'),
    ).toEqual([
      { year: 2022, month: 1, day: 1 },
      { year: 2022, month: 1, day: 1 },
      { year: 2024, month: 8 },
      { year: 2017 },
      { year: 2025, month: 10, day: 19 },
      { year: 2019, month: 6, day: 20 },
    ]);
    expect(dates('call 911 or 2,000 mines')).toEqual([]);
    // Counted back in years: rough ("four years ago", "4년 전에도"), or exact with "today".
    expect(dates('four years ago he swam; 4년 전에도 그랬다', '2012-10-15')).toEqual([
      { year: 2008, approx: true },
      { year: 2008, approx: true },
    ]);
    expect(dates('Twenty-five years ago today, warships fought; 3년 전쟁', '2024-06-15')).toEqual([
      { year: 1999, month: 6, day: 15 },
    ]);
    // A counted year right after the day is its year; "작년 12월" is December, not "2월" read inside "12월".
    expect(dates('on August 20 last year; 작년 12월 3일에도', '2025-10-19')).toEqual([
      { year: 2024, month: 8, day: 20 },
      { year: 2024 },
      { year: 2024 },
      { year: 2024, month: 12, day: 3 },
    ]);
    // An anniversary is marked about its day: the event's year and month, counted back (and rough, so never checked).
    expect(dates('연평도 포격 4주기; the 70th anniversary; on the fourth anniversary', '2014-11-23')).toEqual([
      { year: 2010, month: 11, approx: true },
      { year: 1944, month: 11, approx: true },
      { year: 2010, month: 11, approx: true },
    ]);
    // A month's name is a whole word: not the start of a place's ("in Jangdan-myeon", "in Mayang-ri").
    expect(dates('reached Dorasan-ri in Jangdan-myeon and then in Mayang-ri', '2002-02-21')).toEqual([]);
  });

  it('reads a timeline’s year and month ("1982.8"), not a figure ("2019.5%")', () => {
    expect(dates('1982.8  조셉 화이트 일병, 초소 문 자물쇠 쏘고 월북')).toEqual([{ year: 1982, month: 8 }]);
    expect(dates('2015.10 보도, 2024.13 없음')).toEqual([{ year: 2015, month: 10 }]);
    expect(dates('rose 2019.5% in a year')).toEqual([]);
  });

  it('reads a span of days by its first, and "같은 달 19일" in the month named before it', () => {
    expect(dates('10월 3∼4일 구조된 선원은 같은 달 19일 넘겨졌다.', '2017-11-18')).toEqual([
      { year: 2017, month: 10, day: 3 },
      { year: 2017, month: 10, day: 19 },
    ]);
    expect(dates('지난해 12월 11∼12일 구조됐고, 같은 달 19일 돌아갔다.', '2017-02-18')).toEqual([
      { year: 2016 },
      { year: 2016, month: 12, day: 11 },
      { year: 2016, month: 12, day: 19 },
    ]);
    expect(dates('같은 달 19일 돌아갔다.', '2017-02-18')).toEqual([]);
    // "같은 해" with no year before it in the text is another sentence's year, not the page's.
    expect(dates('두 달 뒤인 같은 해 11월 27일 상선이 내려왔다.', '2025-10-01')).toEqual([]);
    expect(dates('2019년 9월 26일 넘어왔고, 같은 해 11월 27일 내려왔다.', '2025-10-01')[1]).toEqual({
      year: 2019,
      month: 11,
      day: 27,
    });
  });

  it('reads a wire dateline as the report’s date, not the event’s', () => {
    expect(dates('SEOUL, Aug. 23 (Yonhap) -- The military fired warning shots.', '2025-08-23')[0]?.ref).toBe(true);
    expect(dates('The soldier crossed on Aug. 23 -- a Saturday.', '2025-08-25')[0]?.ref).toBeUndefined();
  });

  it('reads the day a report is dated by ("4일 합참에 따르면") as a point of reference', () => {
    expect(dates('4일 합동참모본부에 따르면 이 남성은 전날 새벽 하천을 건넜다.', '2025-07-04')[0]).toEqual({
      year: 2025,
      month: 7,
      day: 4,
      ref: true,
    });
    expect(dates('4일 새벽 하천을 건넜다.', '2025-07-04')).toEqual([{ year: 2025, month: 7, day: 4 }]);
  });

  it('resolves dates without a year and relative dates against the publication date', () => {
    const pub = '2024-08-21'; // a Wednesday
    expect(dates('on Sunday', pub)).toEqual([{ year: 2024, month: 8, day: 18 }]);
    expect(dates('on Aug. 20', pub)).toEqual([{ year: 2024, month: 8, day: 20 }]);
    expect(dates('on Dec. 20', pub)).toEqual([{ year: 2023, month: 12, day: 20 }]);
    expect(dates('지난 20일 새벽', pub)).toEqual([{ year: 2024, month: 8, day: 20 }]);
    expect(dates('지난달 13일', pub)).toEqual([{ year: 2024, month: 7, day: 13 }]);
    expect(dates('yesterday, and last year', pub)).toEqual([{ year: 2024, month: 8, day: 20 }, { year: 2023 }]);
    // Wire phrasings of a weekday's small hours; a bare weekday after "said" is the report's, not read.
    const tuesday = [{ year: 2024, month: 8, day: 20 }];
    expect(dates('crossed in the early hours of Tuesday', pub)).toEqual(tuesday);
    expect(dates('crossed before dawn Tuesday', pub)).toEqual(tuesday);
    expect(dates('crossed at around 8:04 a.m. Tuesday', pub)).toEqual(tuesday);
    expect(dates('officials said Tuesday', pub)).toEqual([]);
    // "Tuesday last week": that weekday of the week before the page's (Sunday closes a week).
    expect(dates('came ashore on Tuesday last week', pub)).toEqual([{ year: 2024, month: 8, day: 13 }]);
    expect(dates('on Sunday last week', pub)).toEqual([{ year: 2024, month: 8, day: 18 }]);
    // Without a publication date nothing is guessed.
    expect(dates('on Sunday and on Aug. 20')).toEqual([]);
    // A text that tells its own timeline ("a year after that") names a weekday of that timeline, not of this week.
    expect(dates('Just under a year after that, cameras picked up a soldier on a Saturday morning.', pub)).toEqual([]);
    expect(dates('이듬해 한 병사가 토요일 새벽 넘어왔다.', pub)).toEqual([]);
    expect(dates('Two days later, on Sunday, he was handed over.', pub)).toEqual([{ year: 2024, month: 8, day: 18 }]);
    // A bare day after a written day continues that day's month; after a month alone it is the page's.
    expect(dates('그는 2017년 6월 17일 저녁 물에 들어가 이튿날인 18일 새벽 초소로 귀순했다.', pub)).toEqual([
      { year: 2017, month: 6, day: 17 },
      { year: 2017, month: 6, day: 18 },
    ]);
    expect(dates('통일부는 2019년 11월 북송 당시의 사진을 20일 공개했다.', pub)).toEqual([
      { year: 2019, month: 11 },
      { year: 2024, month: 8, day: 20 },
    ]);
  });

  it('marks dates of reference: "since", "after", "이후"', () => {
    expect(dates('the first since August 2024')).toEqual([{ year: 2024, month: 8, ref: true }]);
    expect(dates('the third defection since President Lee took office in June 2025')).toEqual([
      { year: 2025, month: 6, ref: true },
    ]);
    expect(dates('2019년 이후 처음')).toEqual([{ year: 2019, ref: true }]);
    // "as in last year's case", "지난해 연안호 때처럼": another event the sentence compares with.
    expect(dates('like last year, the patrol boat followed it', '2010-09-07')).toEqual([{ year: 2009, ref: true }]);
    expect(dates('지난해 연안호 때처럼 경비정이 따라 내려왔다', '2010-09-07')).toEqual([{ year: 2009, ref: true }]);
    // A year naming another event ("the 1953 armistice") does not date the crossing; "the 2017 defection" may.
    expect(dates('Panmunjom, where the 1953 armistice was signed')).toEqual([{ year: 1953, ref: true }]);
    expect(dates('the 2017 defection')).toEqual([{ year: 2017 }]);
    expect(dates('crossed on October 19, 2025')).toEqual([{ year: 2025, month: 10, day: 19 }]);
  });
});

describe('dateAgreement', () => {
  it('agrees as far as both dates are precise, and calls a few days near', () => {
    expect(dateAgreement({ year: 2024, month: 8, day: 20 }, '2024-08-20', 'day')).toBe('day');
    expect(dateAgreement({ year: 2024, month: 8, day: 21 }, '2024-08-20', 'day')).toBe('near');
    expect(dateAgreement({ year: 2024, month: 8, day: 29 }, '2024-08-20', 'day')).toBe('none');
    expect(dateAgreement({ year: 2024, month: 8 }, '2024-08-20', 'day')).toBe('month');
    expect(dateAgreement({ year: 2024 }, '2024-08-20', 'day')).toBe('year');
    expect(dateAgreement({ year: 2024, month: 8, day: 3 }, '2024-08-01', 'month')).toBe('month');
  });

  it('takes the latest day- or month-precise date', () => {
    expect(latestDate([{ year: 2021, month: 12, day: 28 }, { year: 2020 }])).toBe('2021-12-28');
  });
});

describe('the Korean War', () => {
  it('dates "during the war" and "한국전쟁 때" to the war, roughly, and not "during the war in Ukraine"', () => {
    expect(dates('families who fled south during the war gather there', '2017-06-21')).toEqual([
      { year: 1951, approx: true },
    ]);
    expect(dates('한국전쟁 때 월남한 실향민들', '2017-06-21')).toEqual([{ year: 1951, approx: true }]);
    expect(dates('soldiers who defected during the war in Ukraine', '2024-06-21')).toEqual([]);
  });
});

describe('Korean dates of reference and months without a year', () => {
  it('reads what came before at the end of the clause', () => {
    expect(dates('북한군이 넘어온 것은 2010년 3월 동부전선에서 하전사 1명이 넘어온 이후 2년 7개월 만이었다')).toEqual([
      { year: 2010, month: 3, ref: true },
    ]);
    expect(dates('지난달 13일 판문점에서 오청성 씨가 넘어온 지 38일 만이다', '2017-12-21')).toEqual([
      { year: 2017, month: 11, day: 13, ref: true },
    ]);
    expect(dates('이번 귀순은 지난 2월 북한 주민 31명이 탄 목선이 NLL을 넘어온 지 넉 달 만이다', '2011-06-13')).toEqual(
      [{ year: 2011, month: 2, ref: true }],
    );
    expect(dates('북한군 병사가 지난 19일 귀순했다', '2025-10-20')).toEqual([{ year: 2025, month: 10, day: 19 }]);
    // A precedent told to compare with.
    expect(
      dates(
        '대변인은 2017년 5월 표류해 온 북한 어선과 어민을 동해 NLL 근처까지 끌고 갔고 배가 스스로 북으로 돌아간 사례가 있다고 소개했다.',
      ),
    ).toEqual([{ year: 2017, month: 5, ref: true }]);
    // A day to come: "다음 달 13일", and a day and month within the next weeks ("4월 18일부터 개방한다" in March).
    expect(dates('테마노선이 다음 달 13일 문을 연다.', '2024-04-30')).toEqual([{ year: 2024, month: 5, day: 13 }]);
    expect(dates('4월 18일 개방한다.', '2025-03-28')).toEqual([{ year: 2025, month: 4, day: 18 }]);
    expect(dates('7월 18일 그는 월북했다.', '2025-03-28')).toEqual([{ year: 2024, month: 7, day: 18 }]);
    // Told as past, a day a few weeks after the publication's is last year's.
    expect(dates('8월 8일에는 북한 주민 1명이 걸어서 건너 귀순했다.', '2025-07-10')).toEqual([
      { year: 2024, month: 8, day: 8 },
    ]);
    // Who someone is, by an act of the past ("…왔던 탈북민"), and New Year's Day.
    expect(
      dates(
        '새해 첫날 철책을 넘어 월북한 사람은 2020년 11월 철책을 넘어 남쪽으로 왔던 탈북민으로 확인됐다.',
        '2022-01-02',
      ),
    ).toEqual([
      { year: 2022, month: 1, day: 1 },
      { year: 2020, month: 11, ref: true },
    ]);
    // "…했다는 사실은 이후 조사에서": "later", not "since".
    expect(dates('김씨가 지난달 18일 월북했다는 사실은 이후 군 조사에서 확인됐다.', '2020-08-20')).toEqual([
      { year: 2020, month: 7, day: 18 },
    ]);
  });

  it('gives a day a year counted from the publication date right before it ("지난해 8월 8일")', () => {
    expect(dates('지난해 8월 8일에는 걸어서 건너온 사례가 나왔다.', '2025-08-08')).toEqual([
      { year: 2024 },
      { year: 2024, month: 8, day: 8 },
    ]);
    expect(dates('He crossed last year on Aug. 8.', '2025-08-08')[1]).toEqual({ year: 2024, month: 8, day: 8 });
  });

  it('gives a month without a year the year before it', () => {
    expect(dates('2008년 4월에는 장교가, 같은 해 10월에는 부사관이 넘어왔다')).toEqual([
      { year: 2008, month: 4 },
      { year: 2008, month: 10 },
    ]);
  });
});

describe('a month without a year, with a publication date', () => {
  it('prefers the year of the date before it', () => {
    expect(dates('2008년 4월에는 장교가, 같은 해 10월에는 부사관이', '2025-10-20').map((d) => d.year)).toEqual([
      2008, 2008,
    ]);
    expect(dates('10월에는 부사관이', '2025-10-20')).toEqual([{ year: 2025, month: 10 }]);
  });
});

describe('firstSinceBound', () => {
  const bound = (text: string, pub?: string) => firstSinceBound(text, findDates(text, pub));

  it('counts from the end of the period a "first … since" sentence names', () => {
    expect(
      bound('It is the first known case of a soldier crossing since August 2024, when a sergeant walked over.'),
    ).toBe(dayNumber('2024-08-31'));
    expect(bound('It was the first time since 2012 that a soldier had walked across.')).toBe(dayNumber('2012-12-31'));
    expect(bound('the first such crossing since Oct. 6, 2012')).toBe(dayNumber('2012-10-06'));
    expect(bound('군인이 걸어서 넘어온 것은 2012년 10월 이후 처음이다')).toBe(dayNumber('2012-10-31'));
    expect(bound('It is the first time since August last year that a soldier has come over.', '2025-10-20')).toBe(
      dayNumber('2024-08-31'),
    );
  });

  it('reads nothing from "since" alone or from "first" about something else', () => {
    expect(bound('Arrivals have fallen since 2019.')).toBeUndefined();
    expect(bound('He first crossed in 2019.')).toBeUndefined();
    expect(bound('2019년 이후 탈북민이 줄었다')).toBeUndefined();
  });
});

describe('today, told by the time of day', () => {
  it('reads "this morning" and "tonight" as the publication day', () => {
    expect(dates('a soldier crossed the MDL early this morning', '2024-08-20')).toEqual([
      { year: 2024, month: 8, day: 20 },
    ]);
    expect(dates('officials will brief reporters tonight', '2024-08-20')).toEqual([{ year: 2024, month: 8, day: 20 }]);
  });
});

describe('batches 25-27: a span of days', () => {
  it('reads "14일의 기록" as fourteen days, not the 14th', () => {
    expect(dates("철책 넘고 문 두드릴 때까지…'노크 귀순' 14일의 기록", '2012-10-16')).toEqual([]);
    expect(dates('지난 14일의 귀순', '2012-10-16')).toEqual([{ year: 2012, month: 10, day: 14 }]);
  });
});

describe('batches 28-30: a clock written the British way', () => {
  it('reads "10.40pm" as 10:40 p.m.', () => {
    expect([...'he crossed at about 10.40pm'.matchAll(EN_CLOCK)].map((m) => [m[1], m[2], m[3]])).toEqual([
      ['10', '40', 'p'],
    ]);
  });
});
