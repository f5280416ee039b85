import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { detectMentions } from './detect';
import { IncidentMatcher, type PageInfo } from './matcher';

/** The match of one mention in a story sentence, on a page with this headline, date and lede. */
function checked(info: PageInfo, text: string, mention: string, minConfidence?: number) {
  const matcher = new IncidentMatcher(dataset);
  const m = detectMentions(text).find((x) => x.text === mention);
  if (!m) throw new Error(`no mention "${mention}" in: ${text}`);
  return matcher.match({ text, segment: 'story' }, m, matcher.preparePage(info), { minConfidence });
}

/** Which incident a sentence's mention ranks first, on a page with this headline and date. */
function best(text: string, mention: string, info: PageInfo): string | undefined {
  return checked(info, text, mention).candidates[0]?.incident.id;
}

describe('the mention’s own clause decides', () => {
  it('a day in the clause outweighs the year it shares with another clause’s incident', () => {
    const text =
      'In 2015 the returnees included a couple in their fifties, sent back through the truce village on June 17, and the New York University student Joo Won-moon, who walked back in October.';
    expect(best(text, 'truce village', { title: 'Returnees at Panmunjom', published: '2018-10-20' })).toBe(
      '2015-06-17-south-korean-couple-returned-panmunjom',
    );
  });

  it('"who had defected … in late 2020" is the earlier crossing, not the story’s', () => {
    const text =
      'A person who climbed the fence on the eastern front on Saturday night is believed to be a North Korean who had defected through the same area in late 2020, the ministry said Monday.';
    expect(
      best(text, 'defected', { title: 'Man crosses eastern border into North Korea', published: '2022-01-03' }),
    ).toBe('2020-11-03-goseong-gymnast');
  });
});

describe('when a page follows the news', () => {
  it('dates a record known only to its month by the day it was reported', () => {
    const text =
      'A North Korean soldier has defected to South Korea through the Demilitarized Zone, the spy agency said.';
    const info = { title: 'North Korean soldier defects through DMZ', published: '2008-10-27' };
    // Recorded as October 2008 and disclosed on 27 October: a page of that day is its news, not April's officer.
    const matcher = new IncidentMatcher(dataset);
    const m = detectMentions(text).find((x) => x.text === 'defected')!;
    const r = matcher.match({ text, segment: 'story' }, m, matcher.preparePage(info));
    const october = r.candidates.find((c) => c.incident.id === '2008-10-central-dmz-soldier');
    expect(october?.features['lag.0_3']).toBe(1);
    expect(r.candidates[0]?.incident.id).toBe('2008-10-central-dmz-soldier');
  });
});

describe('a gloss', () => {
  it('links no incident from a border line glossed right after it is named', () => {
    const matcher = new IncidentMatcher(dataset);
    const text =
      'Surveillance systems detected the boat heading toward the NLL, the de facto inter-Korean sea border, on the night of May 6.';
    const page = matcher.preparePage({ title: 'Two North Korean families defect by boat', published: '2023-05-18' });
    const gloss = detectMentions(text).find((x) => x.text === 'sea border')!;
    const r = matcher.match({ text, segment: 'story' }, gloss, page);
    expect(r.confident).toBe(false);
    expect(r.generic).toBe(true);
    expect(r.background.length).toBeGreaterThan(0);
  });
});

describe('what a sentence names', () => {
  it('takes a name used to compare another event with it as no name', () => {
    const matcher = new IncidentMatcher(dataset);
    expect([...matcher.namedIn("이른바 '노크 귀순' 파문")]).toEqual(['2012-10-02-eastern-knock-knock-defection']);
    expect([...matcher.namedIn("이번 일을 두고 '해상판 노크 귀순'이라는 말까지 나온다.")]).toEqual([]);
  });

  it('does not take a sentence that turns to "a separate case" as the story’s', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: 'S. Korea sends 27 N. Koreans home by sea, keeps four who chose to stay',
      lede: 'South Korea on Sunday sent 27 North Koreans home across the Northern Limit Line aboard the wooden boat that carried them south 50 days ago, but kept four others who asked to stay, officials said.',
      published: '2011-03-27',
    });
    const top = (text: string) => {
      const m = detectMentions(text).find((x) => x.text === 'sea border')!;
      return matcher.match({ text, segment: 'story' }, m, page).candidates[0]?.incident.id;
    };
    expect(top('Six North Koreans came across the western sea border.')).toBe('2011-03-27-yellow-sea-27-sent-home');
    for (const opening of ['In a separate case', 'In a separate episode the same day', 'In an unrelated incident'])
      expect(top(`${opening}, six North Koreans came across the western sea border.`), opening).not.toBe(
        '2011-03-27-yellow-sea-27-sent-home',
      );
  });

  it('links no record to "In a separate case, …" where the story’s record tells that other case in passing', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: 'Three North Koreans defect by boat near Baengnyeong',
      lede: 'Three North Koreans aboard a one-ton boat signalled that they wanted to defect near Baengnyeong Island on Sunday morning and were towed to a harbour on the island, the Joint Chiefs of Staff said.',
      published: '2005-06-27',
    });
    const text =
      'In a separate case on Sunday, a North Korean fishing boat went 1.8 miles south across the Northern Limit Line (NLL) near Baengnyeong at 11:55 a.m.';
    const m = detectMentions(text).find((x) => x.text === 'Northern Limit Line')!;
    const r = matcher.match({ text, segment: 'story' }, m, page);
    expect(page.story.incident).toBe('2005-06-26-one-ton-boat-to-baengnyeong');
    expect(r.confident).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('does not take "1996년 9월에도 …" (another year\'s like event) as the story\'s', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: '철원 철책 절단은 남측 민간인 월북 흔적',
      lede: '강원 철원 전방 철책이 절단된 사건은 남측 민간인이 철책을 자르고 월북한 것으로 결론 났다고 합참이 29일 밝혔다.',
      published: '2004-10-29',
    });
    const text =
      '군 당국은 29일 1996년 9월에도 신원을 알 수 없는 민간인 한 명이 강원 고성군 최전방 철책을 넘어 월북한 것으로 결론 냈던 사실을 확인했다.';
    const m = detectMentions(text).find((x) => x.text === '월북')!;
    const r = matcher.match({ text, segment: 'story' }, m, page);
    expect(r.confident).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('does not link a sentence opening with "한편" to the story unless it refers back to the story’s people', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: '北 주민 3명, 1t 목선 타고 백령도로 귀순',
      lede: '북한 주민 3명이 26일 1t급 목선을 타고 서해 북방한계선(NLL)을 넘어 백령도로 귀순했다고 합참이 밝혔다.',
      published: '2005-06-26',
    });
    const linked = (text: string) => {
      const m = detectMentions(text).find((x) => x.text === '북방한계선')!;
      return matcher.match({ text, segment: 'story' }, m, page).confident;
    };
    const told = '합참은 이날 북한 어선 1척이 서해 북방한계선(NLL)을 넘어 백령도 부근까지 내려왔다고 밝혔다.';
    expect(linked(told)).toBe(true);
    expect(linked(`한편 ${told}`)).toBe(false);
    expect(linked('한편 이들은 서해 북방한계선(NLL)을 넘어 백령도 부근까지 내려왔다.')).toBe(true);
  });

  it('takes a later day beside the incident’s own name as a follow-up, not a conflict', () => {
    const text =
      'Fourteen months after he crossed the border at Panmunjom, Pvt. Travis King left a Texas courtroom a free man on Friday.';
    expect(best(text, 'Panmunjom', { title: 'Soldier walks free after plea deal', published: '2024-09-21' })).toBe(
      '2023-07-18-jsa-travis-king',
    );
  });

  it('reads "the first in nearly three years" apart from the paragraph telling the one before', () => {
    const text =
      '북한군 병사가 군사분계선을 넘어온 사실이 공개되기는 3년 가까이 만이다. 2012년 10월에는 북한군 병사 1명이 강원 고성의 동부전선 철책을 넘어와 초소 문을 두드렸고, 이른바 노크 귀순 파문이 일었다.';
    expect(
      best(text, '군사분계선', { title: '10대 북한군 병사, 화천 중동부전선 넘어 귀순', published: '2015-06-15' }),
    ).toBe('2015-06-14-hwacheon-teen-soldier');
  });
});

describe('an earlier act told to say who someone is', () => {
  it('keeps "1년여 전 귀순한 탈북민" in a headline apart from the story’s crossing', () => {
    const matcher = new IncidentMatcher(dataset);
    const title = '새해 첫날 동부전선 최전방 철책 넘어 1명 월북…"1년여 전 귀순한 탈북민"';
    const page = matcher.preparePage({
      title,
      lede: '새해 첫날인 1일 밤 강원 고성 동부전선 최전방 철책을 넘어 1명이 월북했다고 합동참모본부가 2일 밝혔다.',
      published: '2022-01-03',
    });
    expect(page.story.incident).toBe('2022-01-01-eastern-front-redefector');
    const m = detectMentions(title).find((x) => x.text === '귀순')!;
    const r = matcher.match({ text: title, segment: 'headline' }, m, page);
    expect(r.confident && r.candidates[0]?.incident.id === '2022-01-01-eastern-front-redefector').toBe(false);
    // The earlier act in quotes ("1년 전 '점프 귀순' 탈북민") is kept apart too, and raises no warning on the day's crossing.
    const quoted = "새해 첫날 동부전선 철책 넘은 남성, 1년 전 '점프 귀순' 탈북민이었다";
    const q = detectMentions(quoted).find((x) => x.text === '귀순')!;
    const rq = matcher.match({ text: quoted, segment: 'headline' }, q, page);
    expect(rq.confident && rq.candidates[0]?.incident.id === '2022-01-01-eastern-front-redefector').toBe(false);
  });
});

describe('the story’s incident', () => {
  it('is not voted for by sentences whose only evidence is that an incident is recent', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: 'Soviet pilot who flew a MiG-25 to Japan dies at 76',
      lede: 'He was 76. His sons were with him. His death was noted in a short notice two weeks later.',
      published: '2023-11-23',
    });
    expect(page.story.incident).toBeUndefined();
  });
});

describe('the story’s incident, from what each sentence says itself', () => {
  it('is not voted for by a sentence whose evidence is only what the rest of the lede names', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: 'Live: US soldier in North Korean custody after dash across border at Panmunjom',
      lede: 'An American serviceman on a civilian tour of the Joint Security Area ran across into the North on Tuesday afternoon. Follow our updates. The Joint Security Area at Panmunjom, inside the Demilitarized Zone, is the only spot on the border where the two sides stand face to face. In 1965 US Army Sergeant Charles Jenkins walked across the DMZ while on patrol and stayed in the North for nearly 40 years.',
      published: '2023-07-18',
    });
    expect(page.story.incident).toBe('2023-07-18-jsa-travis-king');
  });

  it('is not voted for by sentences that tell two incidents the lede names apart only by which is recent', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: "편지 던지고 수건 흔들었다…'JSA 귀순 1호' 변용관 상위의 그날 아침",
      lede: '이달 13일 북한군 병사 오청성씨가 총탄 세례를 뚫고 판문점 공동경비구역(JSA)을 넘어온 뒤, 19년 전 같은 곳을 처음 넘어온 북한군 장교의 이름이 다시 오르내리고 있다. 1998년 2월 3일 아침 JSA를 통해 귀순한 변용관 상위다. 유엔사는 그의 귀순 의사를 확인한 뒤 신병을 한국군에 넘겼다. 북한군이 판문점을 거쳐 넘어온 것은 그가 처음이었다.',
      published: '2017-11-25',
    });
    expect(page.story.incident).toBe('1998-02-03-jsa-byun-yong-gwan');
    // On that look back, a sentence naming its man is his, though the lede names a crossing of this month too.
    const text =
      '이번에도 아무런 반응이 없자 변 상위는 대표부 지프차를 직접 몰고 그대로 군사분계선을 넘어 남쪽 진입로까지 내달렸다.';
    const m = detectMentions(text).find((x) => x.text === '군사분계선')!;
    expect(matcher.match({ text, segment: 'story' }, m, page).candidates[0]?.incident.id).toBe(
      '1998-02-03-jsa-byun-yong-gwan',
    );
    // Yet "이번 귀순 병사" is the news of now, the crossing this month.
    const now = "그는 이번 귀순 병사의 차량이 평소 통제되는 '72시간 다리'를 지나왔다는 점도 짚었다.";
    const n = detectMentions(now).find((x) => x.text === '귀순')!;
    expect(matcher.match({ text: now, segment: 'story' }, n, page).candidates[0]?.incident.id).toBe(
      '2017-11-13-jsa-oh-chong-song',
    );
  });

  it('is not voted for by families who fled south during the war', () => {
    const matcher = new IncidentMatcher(dataset);
    const info = {
      title:
        'Driftwood, a father and son, and a man on foam: why the Han estuary keeps drawing swimmers from the North',
      lede: 'From its northern shore the fields of Hwanghae Province are plainly visible, and families who fled south during the war gather there to hold memorial rites for the homes they left.',
      published: '2017-06-21',
    };
    expect(matcher.storyVote(info, matcher.preparePage({ ...info, title: '' }))).toBeUndefined();
  });
});

describe('the story’s incident, from sentences that are sure of something', () => {
  it('is not voted for by sentences all but sure they are about no incident', () => {
    const matcher = new IncidentMatcher(dataset);
    const info = {
      title: 'What the "DMZ host" setting on your router really does',
      lede: 'Router manuals suggest it for online games or video-calling programs that need ports nobody has listed for you, and it usually does make those problems go away. Anything arriving from the internet that is not claimed by an existing session, a port-forwarding rule, a virtual server entry or a port trigger gets sent to that one machine. TRENDnet’s help pages describe it neatly as a default forwarding rule covering every port nobody else has asked for.',
      published: '2024-06-11',
    };
    expect(matcher.storyVote(info, matcher.preparePage({ ...info, title: '', lede: '' }))).toBeUndefined();
  });
});

describe('Check this', () => {
  it('checks how many were sent back against the return, not against the arrival it refers to', () => {
    const text =
      'South Korea on Sunday sent all 31 North Koreans from a drifting clam boat back to their country across the Northern Limit Line in the Yellow Sea, 50 days after they came south in thick fog, officials said.';
    const title = 'North Koreans who drifted south in February sent home by sea';
    // One sentence is a thinner page than the article: accept a slightly weaker link to reach the check.
    const r = checked({ title, published: '2011-03-27', lede: text }, text, 'Northern Limit Line', 0.95);
    expect(r.candidates[0]?.incident.id).toBe('2011-03-27-yellow-sea-27-sent-home');
    expect(r.warnings.map((w) => w.field)).toEqual(['count']);
  });

  it('checks a sentence that tells the story and names its day, a little short of the threshold', () => {
    const lede =
      'A North Korean man crossed the western sea border near Baengnyeong Island in a small wooden boat on Sept. 17 and has said he wants to stay in the South, military officials said on Friday.';
    const text =
      'According to military officials, the man, travelling by himself in an unpowered wooden boat, came across the maritime border in the East Sea in the early hours of Sept. 17.';
    const title = 'North Korean man crossed sea border by boat on Chuseok, military says';
    const r = checked({ title, published: '2024-10-11', lede }, text, 'maritime border');
    expect(r.candidates[0]?.p).toBeLessThan(0.99);
    expect(r.confident).toBe(true);
    expect(r.warnings.map((w) => w.field)).toEqual(['region']);
  });

  it('counts a day next to the story incident’s own as its day when checking a sentence short of the threshold', () => {
    const lede =
      '두 가족으로 추정되는 북한 주민들이 이달 초 어선을 타고 서해 북방한계선(NLL)을 넘어와 귀순한 사실이 뒤늦게 확인됐다. 정부 관계자에 따르면 지난 6일 밤 NLL 이북 해상에서 어선 1척이 남쪽으로 다가오는 모습이 우리 군 감시 장비에 잡혔다.';
    const text =
      '동해 북방한계선을 넘어온 이들은 7일 새벽까지 우리 군에 귀순 의사를 거듭 확인한 뒤 같은 날 오전 수도권의 한 군부대로 옮겨졌다.';
    const r = checked(
      { title: '北주민 두 가족 어선 타고 서해 NLL 넘어 귀순', published: '2023-05-18', lede },
      text,
      '북방한계선',
    );
    expect(r.candidates[0]?.incident.id).toBe('2023-05-06-yeonpyeong-families-boat');
    expect(r.warnings.map((w) => w.field)).toEqual(['region']);
  });

  it('checks where a sentence puts the crossing only when it refers back to the story’s person, by name or otherwise', () => {
    const info = {
      title: 'South Korean who crossed into North was ex-soldier wanted for assault',
      published: '2009-10-28',
      lede: 'A South Korean man whom North Korea says crossed the border on Monday was a former soldier wanted by police, officials said.',
    };
    const named = checked(
      info,
      'Kang, it turned out, had crossed the border on the western front, close to the base where he had served.',
      'crossed the border',
    );
    expect(named.candidates[0]?.incident.id).toBe('2009-10-26-kang-tong-rim-crosses-north');
    expect(named.warnings.map((w) => w.field)).toEqual(['region']);
    // Someone introduced anew ("a 28-year-old officer") on another front is someone else, not a slip about the story.
    const anew = checked(
      {
        title: "'노크 귀순' 파문 확산",
        published: '2012-10-15',
        lede: "이달 초 동부전선에서 북한군 병사가 철책을 넘어와 생활관 문을 두드린 이른바 '노크 귀순'으로 경계 태세가 도마에 올랐다.",
      },
      '합참은 이튿날 "28세 북한군 장교가 판문점 인근 서부전선 GP로 다가와 귀순 의사를 표명했다"고 발표했다.',
      '판문점',
    );
    expect(anew.warnings).toEqual([]);
  });

  it('takes someone named with their age ("선장 김칠이(58)씨를 비롯한 …") as the story’s people told again', () => {
    const lede = '북한에 나포됐던 대승호와 선원 7명이 7일 오후 동해 북방한계선(NLL)을 넘어 한 달 만에 돌아왔다.';
    const text =
      '선장 김칠이(58)씨를 비롯한 한국인 선원 7명은 이날 오후 4시께 동해 북방한계선(NLL)을 넘어 남측 수역으로 들어왔다.';
    const r = checked({ title: '대승호 선원 7명 귀환', published: '2010-09-07', lede }, text, '북방한계선');
    expect(r.candidates[0]?.incident.id).toBe('2010-09-07-daeseung-55-released');
    expect(r.warnings.map((w) => w.field)).toEqual(['origin']);
  });

  it('takes a Korean sentence about those the story took in ("인계된 선원 10명은", "군 관계자에 따르면 그는") as told again', () => {
    const byTheirAct = checked(
      {
        title: '北, 나포했던 391흥진호 선원 10명 동해서 송환',
        published: '2017-10-28',
        lede: '북한이 나포했던 어선 391흥진호와 선원 10명이 27일 저녁 동해 해상에서 우리 측에 인계돼 속초항으로 들어왔다.',
      },
      '동해 NLL 인근에서 인계된 선원 10명은 모두 한국 국적으로, 건강 상태는 양호한 것으로 전해졌다.',
      'NLL',
    );
    expect(byTheirAct.candidates[0]?.incident.id).toBe('2017-10-27-heungjin-391-returned');
    expect(byTheirAct.warnings.map((w) => w.field)).toEqual(['origin']);
    const afterASource = checked(
      {
        title: '중서부전선 군사분계선 넘어온 북한 남성 신병 확보',
        published: '2025-07-04',
        lede: '북한 남성 1명이 3일 중서부전선 군사분계선을 넘어와 우리 군이 신병을 확보했다고 합동참모본부가 4일 밝혔다.',
      },
      '군 관계자에 따르면 그는 배를 타고 군사분계선을 넘은 뒤 비무장지대 안 수풀에 숨어 있었던 것으로 파악됐다.',
      '군사분계선',
    );
    expect(afterASource.candidates[0]?.incident.id).toBe('2025-07-03-central-west-civilian');
    expect(afterASource.warnings.map((w) => w.field)).toEqual(['method']);
    // Or in a source's own words: 군 소식통은 "이 남성은 …"
    const quoted = checked(
      {
        title: '한강하구 중립수역 헤엄쳐 건너온 북한 남성 신병 확보',
        published: '2025-08-01',
        lede: '북한 남성 1명이 31일 새벽 한강하구 중립수역을 헤엄쳐 건너와 교동도 인근에서 우리 군에 신병이 확보됐다고 합동참모본부가 1일 밝혔다.',
      },
      '군 소식통은 "이 남성은 북측 연안에서 작은 나무배를 타고 노를 저어 중립수역을 내려왔고, 해군 고속정이 다가가자 귀순 의사를 밝혔다"고 말했다.',
      '귀순',
    );
    expect(quoted.candidates[0]?.incident.id).toBe('2025-07-31-han-estuary-swimmer');
    expect(quoted.warnings.map((w) => w.field)).toEqual(['method']);
  });

  it('takes a group near three times the story’s for another group, not a slip in its count', () => {
    const info = {
      title: '북한 주민 4명, 소형 목선 타고 속초 앞바다로 귀순',
      published: '2023-10-25',
      lede: '북한 주민 4명이 24일 소형 목선을 타고 동해 북방한계선을 넘어 속초 앞바다로 내려와 귀순 의사를 밝혔다.',
    };
    const far = checked(
      info,
      '이들 11명은 해경의 안내를 받아 오후 6시 30분쯤 속초항 인근으로 들어와 귀순 절차를 밟았다.',
      '귀순',
    );
    expect(far.warnings).toEqual([]);
    const near = checked(info, '이들 5명은 해경의 안내를 받아 속초항 인근으로 들어와 귀순 절차를 밟았다.', '귀순');
    expect(near.warnings.map((w) => w.field)).toEqual(['count']);
  });

  it('takes "이 장교는", "해당 인원은" and "북으로 돌아간 선원 6명은" as the story\'s people told again', () => {
    const officer = {
      title: '북한군 장교 서부전선 GP로 귀순',
      published: '2008-04-28',
      lede: '28세 북한군 장교가 27일 오후 서부전선 판문점 인근의 우리 군 GP로 걸어와 귀순했다.',
    };
    const warned = (info: PageInfo, text: string, mention: string) =>
      checked(info, text, mention).warnings.map((w) => w.field);
    expect(warned(officer, '이 장교는 동부전선의 우리 군 GP 쪽으로 내려와 귀순 의사를 밝혔다.', '귀순')).toEqual([
      'region',
    ]);
    expect(warned(officer, '이 장교는 서부전선의 우리 군 GP 쪽으로 내려와 귀순 의사를 밝혔다.', '귀순')).toEqual([]);
    const soldier = {
      title: '북한군 병사 1명 중부전선 MDL 넘어 귀순',
      published: '2025-10-20',
      lede: '북한군 병사 1명이 19일 중부전선 군사분계선(MDL)을 넘어 귀순했다고 합동참모본부가 밝혔다.',
    };
    // A civilian fits a related record (another crossing that year), but the sentence tells the story's soldier again.
    expect(warned(soldier, '해당 인원은 군복을 입지 않은 민간인 남성으로, MDL을 넘은 것으로 전해졌다.', 'MDL')).toEqual(
      ['role'],
    );
  });

  it("checks a live-blog entry that tells the story's people again, and not one that introduces someone", () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: 'Live: North Korean soldier crosses central front to defect',
      published: '2025-10-19',
      lede: 'A North Korean soldier crossed the Military Demarcation Line on the central front on Sunday and defected, the Joint Chiefs of Staff said.',
    });
    const entry = (text: string, mention: string) => {
      const m = detectMentions(text).find((x) => x.text === mention)!;
      return matcher.match({ text, segment: 'entry' }, m, page).warnings.map((w) => w.field);
    };
    expect(
      entry('The soldier who defected across the MDL this morning is 35 years old, a defense source said.', 'MDL'),
    ).toEqual(['age']);
    expect(entry('A 35-year-old man was detained near the MDL this morning, police said.', 'MDL')).toEqual([]);
  });

  it('does not take "the soldier" for the unit of twenty the story is about', () => {
    const info = {
      title: 'About 20 North Korean soldiers cross MDL in Paju, retreat after warning shots',
      published: '2025-10-19',
      lede: 'About 20 North Korean soldiers crossed the Military Demarcation Line in Paju on the western front on Sunday morning and withdrew after South Korean troops fired warning shots.',
    };
    const r = checked(
      info,
      'The soldier, in his early twenties, came across the MDL on the eastern front waving a piece of cloth.',
      'MDL',
    );
    expect(r.warnings).toEqual([]);
    expect(r.confident && r.candidates[0]?.incident.id === '2025-10-19-paju-mdl-incursion').toBe(false);
  });

  it('dates a "when" clause by the day it follows ("was on August 20 last year, when …"), not by "today"', () => {
    const r = checked(
      {
        title: 'North Korean soldier crosses central front to defect',
        published: '2025-10-19',
        lede: 'A North Korean soldier crossed the Military Demarcation Line on the central front on Sunday and defected, the military said.',
      },
      'Before today, the most recent military defection was on August 20 last year, when a North Korean staff sergeant walked across the MDL at Goseong on the east coast.',
      'MDL',
    );
    expect(r.candidates[0]?.incident.id).toBe('2024-08-20-goseong-staff-sergeant');
    expect(r.warnings).toEqual([]);
  });

  it('names someone the page gave in full when it refers to them by surname and title ("변 씨", "변 상위")', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: '20년 전 JSA 첫 귀순 장교가 본 오청성 사건',
      lede: '지난 13일 북한군 병사 오청성 씨가 판문점을 넘어온 사건을 두고, 20년 전 같은 곳으로 귀순한 변용관 씨가 입을 열었다.',
      published: '2017-11-25',
    });
    const text = '변 상위는 그날 아침 경비병 복장으로 판문점 군사분계선을 넘어 귀순했다.';
    const m = detectMentions(text).find((x) => x.text === '판문점')!;
    const r = matcher.match({ text, segment: 'story' }, m, page);
    expect(r.candidates[0]?.incident.id).toBe('1998-02-03-jsa-byun-yong-gwan');
    // Without the full name on the page, a surname is nobody's.
    const bare = matcher.preparePage({
      title: '판문점 귀순',
      lede: '북한군 병사가 판문점을 넘어왔다.',
      published: '2017-11-25',
    });
    expect(matcher.match({ text, segment: 'story' }, m, bare).candidates[0]?.incident.id).not.toBe(
      '1998-02-03-jsa-byun-yong-gwan',
    );
  });

  it('reads a day and month months away from the story’s crossing as another event’s, not a slip', () => {
    const r = checked(
      {
        title: '北 병사, 판문점 JSA 통해 귀순',
        published: '2017-11-25',
        lede: '지난 13일 북한군 병사 1명이 총탄을 맞으며 판문점 공동경비구역을 넘어 귀순했다.',
      },
      '그가 귀순 전날인 2월 2일 밤 남측 초소 앞까지 다가가 귀순 의사를 적은 편지를 던졌다는 것이다.',
      '귀순',
      // One sentence is a thinner page than the article: accept a weaker link to reach the check.
      0.5,
    );
    expect(r.warnings).toEqual([]);
  });

  it('does not take "지난해에도 …" (a like case last year) as the story told with a wrong year', () => {
    const r = checked(
      {
        title: '北 주민 2명 강화 교동도로 귀순…"살려달라, 귀순하겠다"',
        published: '2014-08-15',
        lede: '북한 주민 2명이 14일 새벽 인천 강화군 교동도로 넘어와 귀순 의사를 밝혔다. 이날 오전 4시께 해병대 초병들이 교동도 쪽으로 다가오는 남성 2명을 발견했다.',
      },
      '지난해에도 북한 주민 1명이 헤엄쳐 교동도로 건너와 귀순했다.',
      '귀순',
    );
    expect(r.warnings).toEqual([]);
  });

  it('takes "the ship" in a story about that craft as the story told again', () => {
    const r = checked(
      {
        title: 'N. Korean merchant ship crosses sea border, retreats after warning shots',
        published: '2022-10-24',
        lede: 'A North Korean merchant ship crossed the Northern Limit Line in the Yellow Sea early Monday and retreated after South Korean warning shots, the Joint Chiefs of Staff said.',
      },
      'The ship had crossed the maritime border in the East Sea before dawn.',
      'crossed the maritime border',
    );
    expect(r.candidates[0]?.incident.id).toBe('2022-10-24-mupho-merchant-ship-nll');
    expect(r.warnings.map((w) => w.field)).toEqual(['region']);
  });

  it('sets aside the way a boat says along with the boat when checking how someone came', () => {
    const lede =
      'A North Korean man swam to Gyodong Island before dawn on Friday and knocked on a villager’s door, saying he wanted to defect, military officials said.';
    const text =
      'The man crossed the border in a small wooden boat before dawn on Friday and ran to a house that still had its lights on.';
    const title = 'N. Korean man turns up at islander’s door before dawn, seeks to defect';
    const r = checked({ title, published: '2013-08-23', lede }, text, 'crossed the border');
    expect(r.candidates[0]?.incident.id).toBe('2013-08-23-gyodong-swimmer');
    expect(r.warnings.map((w) => w.field)).toEqual(['method']);
  });

  it('checks every claim of a sentence naming the story’s day when, counted against it, the story still stands', () => {
    const lede =
      'A North Korean resident crossed the Han River estuary on foot at low tide before dawn on Thursday and reached Gyodong Island, where troops took the person in, the Joint Chiefs of Staff said.';
    const text =
      'The person swam across the estuary in the early hours of Aug. 8 and came ashore on the island, which lies only about 2.5 kilometers from the North Korean coast.';
    const title = 'North Korean walks across estuary to South Korean island at low tide';
    const r = checked({ title, published: '2024-08-09', lede }, text, 'swam across');
    expect(r.candidates[0]?.incident.id).toBe('2024-08-08-han-estuary-walk');
    expect(r.warnings.map((w) => w.field)).toEqual(['method']);
  });

  it('checks the day a story sentence gives when the story’s incident stands even with that day counted against it', () => {
    const lede =
      '북한군 병사 1명이 13일 저녁 경기도 연천 중부전선 군사분계선을 넘어 우리 군 GP로 귀순했다고 합동참모본부가 14일 밝혔다.';
    const text = '이 병사는 6월 12일 오후 7시 50분쯤 경기도 연천군 일대 비무장지대 안에 있는 우리 군 GP로 귀순했다.';
    const r = checked({ title: '중부전선서 북한군 1명 귀순', published: '2017-06-14', lede }, text, '귀순');
    expect(r.candidates[0]?.incident.id).toBe('2017-06-13-soldier-walks-across-dmz');
    expect(r.candidates[0]?.p).toBeLessThan(0.99);
    expect(r.warnings.map((w) => w.field)).toEqual(['date']);
  });

  it('checks a live-blog entry that names the story incident’s own day, though it inherits nothing from the story', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: '새해 첫날 동부전선 철책 넘어 1명 월북',
      lede: '새해 첫날인 1일 밤 강원 고성 동부전선 최전방 철책을 넘어 1명이 월북했다고 합동참모본부가 2일 밝혔다.',
      published: '2022-01-02',
    });
    const text =
      '국방부는 오늘 오전, 지난 1일 밤 동부전선에서 월남한 인원을 우리 국민인 북한이탈주민으로 추정하고 사실관계를 확인하고 있다고 밝혔습니다.';
    const m = detectMentions(text).find((x) => x.text === '월남')!;
    const r = matcher.match({ text, segment: 'entry', published: '2022-01-02' }, m, page);
    expect(r.candidates[0]?.incident.id).toBe('2022-01-01-eastern-front-redefector');
    expect(r.warnings.map((w) => w.field)).toEqual(['direction']);
  });

  it('takes the day closing a related story’s item as that story’s date, not a day it claims for the event', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: 'North Korean soldier defects across central border',
      lede: 'A North Korean soldier crossed the border on Friday night and defected, the defence ministry said.',
      published: '2017-06-24',
    });
    const text = "'Knock-knock' defector exposes gaps in Goseong fence Oct. 12, 2012";
    const m = detectMentions(text).find((x) => x.text === 'defector')!;
    const r = matcher.match({ text, segment: 'related' }, m, page);
    expect(r.candidates[0]?.incident.id).toBe('2012-10-02-eastern-knock-knock-defection');
    expect(r.claims.filter((c) => c.field === 'date')).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('checks the day of a story sentence that tells the story’s crossing in full and right in all else', () => {
    const lede =
      '추석 당일인 지난달 17일 새벽 북한 남성 1명이 소형 목선을 타고 서해 백령도 인근 북방한계선을 넘어와 귀순했다고 군 당국이 11일 밝혔다.';
    const info = { title: '北 주민 1명, 목선 타고 서해 NLL 넘어 귀순', published: '2024-10-11', lede };
    const text = '북한 남성 주민 1명이 지난달 10일 새벽 작은 목선을 타고 서해 백령도 인근 북방한계선을 넘어왔다.';
    const r = checked(info, text, '북방한계선');
    expect(r.candidates[0]?.incident.id).toBe('2024-09-17-baengnyeong-wooden-boat');
    expect(r.warnings.map((w) => w.field)).toEqual(['date']);
    // A year stated outright and years away is another event told the same way, not a slip.
    const earlier = '2010년 6월에는 북한 남성 1명이 작은 목선을 타고 백령도 인근 북방한계선을 넘어와 귀순했다.';
    expect(checked(info, earlier, '북방한계선').warnings).toEqual([]);
  });

  it('checks what became of the story’s crosser a little short of the threshold', () => {
    const lede =
      'A North Korean soldier floated down the Imjin River across the Military Demarcation Line on Wednesday night and was taken in by South Korean troops, the Joint Chiefs of Staff said on Thursday.';
    const text =
      'The soldier who floated across the Military Demarcation Line on Wednesday night has since been sent back to North Korea, officials said.';
    const title = 'North Korean soldier floats across border on Imjin River';
    const r = checked({ title, published: '2019-08-01', lede }, text, 'Military Demarcation Line');
    expect(r.candidates[0]?.incident.id).toBe('2019-07-31-imjin-river-soldier');
    expect(r.candidates[0]?.p).toBeLessThan(0.99);
    expect(r.confident).toBe(true);
    // The way back north is what became of him, not which way he came.
    expect(r.warnings.map((w) => w.field)).toEqual(['result']);
  });

  it('checks which way a story sentence with no date of its own says the story’s crosser went', () => {
    const lede =
      'A North Korean defector who had resettled in the South swam back to the North across the Han River estuary on Saturday, military officials said, after slipping out of Ganghwa Island through a drainage channel.';
    const title = 'Defector slips back to North Korea across estuary from Ganghwa';
    const info = { title, published: '2020-07-27', lede };
    const wrong = 'The man crossed into the South by swimming the estuary, officials believe.';
    const r = checked(info, wrong, 'crossed into the South');
    expect(r.candidates[0]?.p).toBeLessThan(0.99);
    expect(r.candidates[0]?.incident.id).toBe('2020-07-18-ganghwa-redefector-swims-north');
    expect(r.warnings.map((w) => w.field)).toEqual(['direction']);
    // His earlier crossing, told as what he had done, is right about that crossing.
    const earlier = 'He had defected to the South across the same estuary three years before.';
    expect(checked(info, earlier, 'defected').warnings).toEqual([]);
  });

  it('checks which way a returning defector went when a sentence tells it plainly, not when it looks back', () => {
    const lede = '강원도 동부전선에서 1일 밤 민간인 1명이 군사분계선을 넘어 월북했다고 합동참모본부가 2일 밝혔다.';
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: '동부전선서 1명 월북…1년여 전 귀순했던 탈북민',
      lede,
      published: '2022-01-02',
    });
    const last = (sentence: string, mention: string) => {
      const text = `${lede} ${sentence}`;
      const m = detectMentions(text)
        .filter((x) => x.text === mention)
        .at(-1)!;
      return matcher.match({ text, segment: 'story' }, m, page);
    };
    // His earlier crossing went south; told plainly, with no look back, the crossing is the story's own.
    const plain = last(
      '이 남성은 오후 10시40분께 군사분계선을 넘어 남측 지역으로 들어온 것으로 확인됐다.',
      '군사분계선',
    );
    expect(plain.candidates[0]?.incident.id).toBe('2022-01-01-eastern-front-redefector');
    expect(plain.warnings.map((w) => w.field)).toEqual(['direction']);
    // "귀순 이후 …": what he did after that earlier crossing.
    expect(last('이 남성은 귀순 이후 청소 용역 일을 하며 생계를 꾸려 온 것으로 알려졌다.', '귀순').warnings).toEqual(
      [],
    );
  });

  it('does not take an undated place that another record of the same kind fits in its own words for a wrong place', () => {
    const lede =
      '2009년 10월 26일 동부전선에서 철책을 자르고 월북한 강동림 씨는 탈북자가 아니라 국군 출신 남한 주민인 것으로 확인됐다.';
    const title = '철책 끊고 월북한 강동림 씨, 남한 주민으로 확인';
    const text = '당시 군은 철원 지역 철책에서 절단된 곳을 발견한 뒤 민간인 1명이 월북한 것으로 결론 내렸다.';
    const r = checked({ title, published: '2009-10-28', lede }, text, '월북');
    expect(r.warnings).toEqual([]);
  });

  it('does not take troops going back over the line for which way an incursion went', () => {
    const lede =
      '북한군 10여 명이 8일 오후 강원 고성 동부전선 비무장지대(DMZ)에서 군사분계선(MDL)을 넘었다가 우리 군의 경고사격 뒤 북상했다고 합동참모본부가 밝혔다.';
    const text = '경고방송에 이어 경고사격을 하자 북한군은 군사분계선 북쪽으로 다시 올라갔다고 군은 설명했다.';
    const r = checked(
      { title: '북한군 10여명 MDL 침범…경고사격에 북상', published: '2025-04-08', lede },
      text,
      '군사분계선',
    );
    expect(r.warnings).toEqual([]);
  });

  it('checks who a sentence says the story’s person was when it tells them again after an opening phrase', () => {
    const lede =
      '지난 3일 강원 고성 동부전선 철책을 넘어 귀순한 북한 남성은 기계체조 선수 출신의 민간인으로 확인됐다고 군 당국이 밝혔다.';
    const title = '고성 철책 넘은 北남성, 체조선수 출신 민간인';
    const text = '합동조사 결과 A씨는 현역 북한군 병사 신분으로 철책을 넘어 귀순한 것으로 드러났다.';
    const r = checked({ title, published: '2020-11-20', lede }, text, '귀순');
    expect(r.candidates[0]?.incident.id).toBe('2020-11-03-goseong-gymnast');
    expect(r.warnings.map((w) => w.field)).toEqual(['role']);
  });

  it('checks what a sentence says the story’s person is ("The 19-year-old defector is a sergeant")', () => {
    const lede =
      'A 19-year-old North Korean soldier walked across the Military Demarcation Line in Hwacheon and defected to the South on Monday, the defense ministry said.';
    const info = { title: 'Teenage North Korean soldier defects across the DMZ', published: '2015-06-16', lede };
    const text = 'The 19-year-old defector is a sergeant who said he had been beaten again and again in the army.';
    const r = checked(info, text, 'defector');
    expect(r.candidates[0]?.incident.id).toBe('2015-06-14-hwacheon-teen-soldier');
    expect(r.warnings.map((w) => w.field)).toEqual(['rank']);
    expect(checked(info, text.replace('a sergeant', 'a private'), 'defector').warnings).toEqual([]);
  });

  it('checks how a sentence opening with the story’s person says they crossed, and what became of them', () => {
    const walk = {
      title: 'North Korean walks across Han estuary at low tide to defect',
      published: '2024-08-09',
      lede: 'A North Korean civilian walked across the Han River estuary at low tide early Thursday and defected to Gyodong Island, the military said.',
    };
    const swam = 'The man swam across the stretch of water that separates Gyodong from the North, the sources said.';
    expect(checked(walk, swam, 'swam across').warnings.map((w) => w.field)).toEqual(['method']);
    const walked = 'The man walked across the stretch of water at low tide and defected, the sources said.';
    expect(checked(walk, walked, 'defected').warnings).toEqual([]);

    const knock = {
      title: "북한군 병사, 동부전선 철책 넘어 '노크 귀순'",
      published: '2012-10-15',
      lede: '이달 2일 강원 고성 동부전선 철책을 넘어온 북한군 병사가 소초 문을 두드릴 때까지 아무도 몰랐던 것으로 드러났다.',
    };
    const sentBack =
      '이 병사는 관계기관 합동신문을 마친 뒤 본인 뜻에 따라 판문점을 거쳐 북측으로 돌려보내진 것으로 알려졌다.';
    // Panmunjom is where a return would be done, not a wrong place for the crossing: the wrong thing is the return.
    expect(checked(knock, sentBack, '판문점').warnings.map((w) => w.field)).toEqual(['result']);
  });

  it('checks the day a sentence gives when it tells the story’s crossing itself, which way, where and how', () => {
    const info = {
      title: 'North Korean in diving suit swims south, slips past cameras in Goseong',
      published: '2021-02-24',
      lede: 'A North Korean man who swam south in a diving suit and came ashore in Goseong on Feb. 16 was caught on surveillance cameras several times before troops found him, the military said.',
    };
    const text =
      'He swam south for around six hours in a diving suit and fins before crawling ashore near Goseong in the early hours of Feb. 9.';
    expect(checked(info, text, 'swam south').warnings.map((w) => w.field)).toEqual(['date']);
    expect(checked(info, text.replace('Feb. 9', 'Feb. 16'), 'swam south').warnings).toEqual([]);
  });

  it('names someone by surname alone on a page that gave the name in full, and checks who a named person was', () => {
    const info = {
      title: 'A year after Travis King, the GIs who walked north before him',
      published: '2024-07-18',
      lede: 'Pfc. Joseph T. White crossed the DMZ into North Korea in August 1982, decades before Travis King.',
    };
    // The page's story is Travis King; the sentence names White, whom the record has as a private first class.
    const r = checked(
      info,
      'White, then a sergeant with the 31st Infantry, made his way slowly across the DMZ.',
      'DMZ',
    );
    expect(r.candidates[0]?.incident.id).toBe('1982-08-28-joseph-white-crosses-north');
    expect(r.warnings.map((w) => w.field)).toEqual(['rank']);
    expect(checked(info, 'White, then a private, made his way slowly across the DMZ.', 'DMZ').warnings).toEqual([]);
    // A Soviet citizen called Polish, named in full whatever the page's story is.
    const polish = checked(
      info,
      'Vasily Matuzok, a 22-year-old Polish student attached to his embassy, had long wanted to defect to the West.',
      'defect',
    );
    expect(polish.candidates[0]?.incident.id).toBe('1984-11-23-jsa-soviet-defector-shootout');
    expect(polish.warnings.map((w) => w.field)).toEqual(['origin']);
  });

  it('does not excuse a wrong front told of the story’s person again by another person’s related crossing', () => {
    const info = {
      title: "'노크 귀순' 경계 실패…국방장관 대국민 사과",
      published: '2012-10-16',
      lede: '지난 2일 밤 동부전선 강원 고성 지역에서 북한군 병사 1명이 철책을 넘어 우리 군 소초 문을 두드리며 귀순했다.',
    };
    // The western-front soldier who crossed four days later is in a related record; "이 병사는" is the story's soldier.
    const text =
      '이 병사는 서부전선 비무장지대를 가로질러 밤 11시께 남측 철책을 타고 넘었지만, 아무에게도 발각되지 않았다.';
    const r = checked(info, text, '비무장지대');
    expect(r.candidates[0]?.incident.id).toBe('2012-10-02-eastern-knock-knock-defection');
    expect(r.warnings.map((w) => w.field)).toEqual(['region']);
  });

  it('takes someone wrong on origin, role and age at once for another person, not the story’s with three slips', () => {
    const info = {
      title: 'Forty minutes at the truce village: the other dash across the line',
      published: '2017-11-26',
      lede: 'When the soldier Oh Chong-song ran across the Joint Security Area earlier this month, commentators called the gunfire unprecedented.',
    };
    const text =
      'The 22-year-old, a Czechoslovak language student attached to a delegation in the North, had been plotting to defect since his school days.';
    expect(checked(info, text, 'defect').warnings).toEqual([]);
  });

  it('does not check the people of a sentence’s other half, past a colon, against the mention’s incident', () => {
    const info = {
      title: 'Travis King walks free',
      published: '2023-10-10',
      lede: 'Pvt. Travis King, who ran across the border at Panmunjom in July, was handed over to U.S. custody.',
    };
    const text =
      'King is not the first American soldier to have crossed into North Korea, though he is by far the quickest to come back: four U.S. Army deserters who went over in the 1960s spent decades there.';
    expect(checked(info, text, 'crossed into North Korea').warnings).toEqual([]);
  });

  it('checks who a sentence says the story’s person was when little else in it speaks for the story', () => {
    const info = {
      title: '北 주민 1명, 목선 타고 백령도 인근 NLL 넘어 귀순',
      published: '2024-10-11',
      lede: '지난달 17일 새벽 북한 남성 주민 1명이 소형 목선을 타고 백령도 인근 북방한계선(NLL)을 넘어와 귀순했다고 군 당국이 11일 밝혔다.',
    };
    const text =
      '조사 과정에서 이 남성은 중국 국적의 조선족 어민으로, 중국 쪽 해안에서 출발해 NLL 해역까지 흘러든 것으로 알려졌다.';
    const r = checked(info, text, 'NLL');
    expect(r.candidates[0]?.incident.id).toBe('2024-09-17-baengnyeong-wooden-boat');
    expect(r.warnings.map((w) => w.field)).toEqual(['origin']);
  });

  it('takes a Korean sentence opening with the story’s person by surname or initial ("46세로 알려진 H씨는") as told again', () => {
    const info = {
      title: '잠수복 입고 헤엄쳐 귀순한 北남성…감시장비에 여러 차례 포착',
      published: '2021-02-23',
      lede: '지난 16일 새벽 잠수복과 오리발 차림으로 바다를 헤엄쳐 강원 고성 해안으로 넘어온 북한 남성이 귀순 의사를 밝혔다.',
    };
    const text = '20대로 알려진 A씨는 북측 해금강 부근에서 작은 목선을 타고 바다를 건너와 귀순한 것으로 파악됐다.';
    const r = checked(info, text, '귀순');
    expect(r.candidates[0]?.incident.id).toBe('2021-02-16-goseong-diving-suit-swimmer');
    expect(r.warnings.map((w) => w.field)).toEqual(['method']);
  });

  it('takes a Korean sentence opening "조사 결과 이 남성은" as the story’s person told again', () => {
    const info = {
      title: '잠수복 입고 헤엄쳐 귀순한 北남성…감시장비에 여러 차례 포착',
      published: '2021-02-23',
      lede: '지난 16일 새벽 잠수복과 오리발 차림으로 바다를 헤엄쳐 강원 고성 해안으로 넘어온 북한 남성이 귀순 의사를 밝혔다.',
    };
    const text =
      '조사 결과 이 남성은 북측 해금강 부근에서 작은 목선을 타고 6시간가량 바다를 건너와 귀순한 것으로 파악됐다.';
    const r = checked(info, text, '귀순');
    expect(r.candidates[0]?.incident.id).toBe('2021-02-16-goseong-diving-suit-swimmer');
    expect(r.warnings.map((w) => w.field)).toEqual(['method']);
  });

  it('does not excuse a wrong place told of the story’s person by another person’s earlier crossing it fits', () => {
    const info = {
      title: 'North Korean soldier shoots two officers, defects across western border',
      published: '2012-10-07',
      lede: 'A North Korean soldier shot dead his platoon leader and squad leader and walked across the western sector of the Military Demarcation Line to defect to the South on Saturday, Oct. 6, South Korean officials said.',
    };
    // The knock-knock defection on the eastern front four days earlier is a related record, but not this man's.
    const text =
      'He then crossed the Military Demarcation Line on the eastern front, after sentries heard about six shots.';
    const r = checked(info, text, 'Military Demarcation Line', 0.95);
    expect(r.candidates[0]?.incident.id).toBe('2012-10-06-western-soldier-shot-officers');
    expect(r.warnings.map((w) => w.field)).toEqual(['region']);
  });

  it('takes a sentence at odds with the story’s record on two separate things for another event, not two errors', () => {
    const info = {
      title: 'Fifty days on, 27 North Koreans sail home in the boat that brought them',
      published: '2011-03-27',
      lede: 'The wooden boat that strayed south in fog in February went back north on Sunday, carrying 27 of the 31 North Koreans who had been aboard.',
    };
    const other =
      'Six North Koreans are being questioned after they crossed the sea border in the west on Thursday aboard a fishing boat.';
    const r = checked(info, other, 'crossed the sea border');
    expect(r.warnings).toEqual([]);
    expect(r.confident).toBe(false);
  });

  it('checks the age a sentence opening with the story’s person by age gives', () => {
    const info = {
      title: 'Armed North Korean soldier defects near Dorasan hours before Bush visit',
      published: '2002-02-21',
      lede: 'An armed 22-year-old North Korean soldier crossed the western DMZ near Dorasan station late on Tuesday, hours before President Bush was due to visit the station, the defence ministry said.',
    };
    const text =
      'The 24-year-old has told interrogators he had heard Mr Bush was coming but not that he would stand so close to where he crossed the border.';
    const r = checked(info, text, 'crossed the border');
    expect(r.candidates[0]?.incident.id).toBe('2002-02-19-dorasan-soldier-before-bush-visit');
    expect(r.warnings.map((w) => w.field)).toEqual(['age']);
    expect(checked(info, text.replace('24', '22'), 'crossed the border').warnings).toEqual([]);
  });

  it('takes a crossing told near a place named for another event (an agreement) as the story’s crossing', () => {
    const info = {
      title: 'North Korean soldier defects across eastern border',
      published: '2018-12-02',
      lede: 'A North Korean soldier crossed the Military Demarcation Line on the eastern front on Saturday morning and defected to the South, the Joint Chiefs of Staff said.',
    };
    const text =
      'The soldier crossed the border on the western front, near one of the guard posts that South Korea decided to keep under the September military agreement.';
    const r = checked(info, text, 'crossed the border');
    expect(r.candidates[0]?.incident.id).toBe('2018-12-01-eastern-front-soldier');
    expect(r.warnings.map((w) => w.field)).toEqual(['region']);
  });

  it('does not excuse a wrong "who" by a related record that the sentence’s place rules out', () => {
    const lede =
      '북한군 하사 1명이 20일 새벽 강원 고성 동부전선 군사분계선을 넘어 귀순했다고 합동참모본부가 밝혔다. 이달 8일 북한 주민 1명이 한강 하구를 걸어서 넘어온 데 이어 두 번째다.';
    const text =
      '당시 고성군 22사단 구역으로 넘어온 북한 주민 1명은 우리 군 장병과 마주치자 곧바로 귀순 의사를 밝혔다.';
    const r = checked({ title: '북한군 하사, 동부전선 넘어 귀순', published: '2024-08-20', lede }, text, '귀순', 0.95);
    // The civilian of 8 August fits "북한 주민", but not Goseong: the sentence is about the staff sergeant.
    expect(r.candidates[0]?.incident.id).toBe('2024-08-20-goseong-staff-sergeant');
    expect(r.warnings.map((w) => w.field)).toEqual(['role']);
  });
});

describe('batches 95-97: what a Korean sentence says of an earlier event', () => {
  it('takes the return a lede tells as the story, not the rescue it names to say who was returned', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: '울릉도 앞바다 표류 北주민 1명 판문점 통해 송환',
      lede: '지난달 31일 경북 울릉도 앞바다에서 표류하다 구조된 북한 주민 3명 가운데 북으로 돌아가기를 원한 1명이 3일 판문점을 거쳐 북측에 인계됐다.',
      published: '2014-06-03',
    });
    expect(page.story.incident).toBe('2014-06-03-ulleung-fisherman-returned-panmunjom');
  });

  it('takes no story from an earlier event the lede says is happening again, nor from a sentence wholly about it', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: '北 목선 또 동해 NLL 넘어 남하…해경·해군 퇴거 조치',
      lede: '삼척항 사건 1주일 만에 또 북한 어선 발견\n동해 먼바다에서 북한 목선 한 척이 우리 해역으로 내려왔다가 해양경찰과 해군의 감시 속에 북쪽으로 되돌아갔다. 북한 소형 목선이 삼척항까지 들어와 군의 경계 태세가 도마 위에 오른 지 꼭 1주일 만이다.',
      published: '2019-06-22',
    });
    expect(page.story.incident).toBe('2019-06-22-east-sea-boat-of-seven-turned-back');
  });
});

describe('Check this, from batches 95-97', () => {
  it('checks where a sentence puts the crossing when it tells the incident’s own time to the minute', () => {
    const info = {
      title: '北 경비정 연평도 서쪽 NLL 침범…교전 끝 퇴각',
      lede: '북한 경비정이 7일 오전 서해 연평도 서쪽 북방한계선(NLL)을 넘어 남하했다가 우리 해군과 사격을 주고받은 뒤 퇴각했다.',
      published: '2014-10-07',
    };
    const text =
      '합동참모본부에 따르면 북한 경비정 1척은 이날 오전 9시 50분께 백령도 서쪽 해상에서 NLL을 0.5노티컬마일(약 0.9㎞)가량 침범했다.';
    const r = checked(info, text, 'NLL');
    expect(r.candidates[0]?.incident.id).toBe('2014-10-07-yeonpyeong-patrol-boat-incursion');
    expect(r.warnings.map((w) => w.field)).toEqual(['place']);
  });

  it('checks how many one of the story’s groups was ("구조된 선원 6명 가운데 … 사람은")', () => {
    const info = {
      title: '동해 표류 北선원 5명 구조…정부, 판문점 통해 송환 추진',
      lede: '통일부는 해경이 지난 13일 독도 인근 동해상에서 표류하던 북한 선박을 발견하고 타고 있던 선원 5명을 구조했다고 15일 밝혔다.',
      published: '2017-02-15',
    };
    const r = checked(info, '구조된 선원 6명 가운데 귀순 의사를 밝힌 사람은 없었던 것으로 알려졌다.', '귀순');
    expect(r.warnings.map((w) => w.field)).toEqual(['count']);
  });

  it('does not check people told "at that time" ("당시 … 넘어온 어민 2명은") against the story', () => {
    const info = {
      title: '北 주민 4명 목선 타고 동해 NLL 넘어 귀순',
      lede: '북한 주민 4명이 소형 목선을 타고 동해 북방한계선(NLL)을 넘어 속초 앞바다까지 내려온 뒤 귀순 의사를 밝혔다.',
      published: '2023-10-24',
    };
    const r = checked(
      info,
      '당시 동해 NLL을 넘어온 북한 어민 2명은 동료 선원 16명을 살해하고 도주한 것으로 조사됐다.',
      'NLL',
    );
    expect(r.warnings).toEqual([]);
  });
});

describe('batches 98-00: names and people told again', () => {
  it('takes a famous name standing for a unit where something happens again as no name of the story', () => {
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage({
      title: "\"'노크 귀순' 그 부대 또 뚫렸다\"…北남성, 민통선 검문소까지 3시간 '활보'",
      lede: '합동참모본부에 따르면 우리 군은 16일 오전 4시20분께 동해 민간인통제선 검문소 CCTV에 북쪽에서 남쪽으로 걸어 내려오던 신원 미상 남성을 포착했다. 최전방 철책에서 이 검문소까지는 5㎞가량 떨어져 있다.',
      published: '2021-02-16',
    });
    expect(page.story.incident).toBe('2021-02-16-goseong-diving-suit-swimmer');
  });

  it('checks people told again after "이후" or an official\'s words, and not those "rescued from another boat"', () => {
    const sergeant = {
      title: '북한군 하사, 동부전선 MDL 넘어 귀순',
      lede: '북한군 병사 1명이 20일 강원도 고성 동부전선의 군사분계선을 걸어서 넘어와 귀순했다고 합동참모본부가 밝혔다.',
      published: '2024-08-20',
    };
    const rank = checked(
      sergeant,
      '군 소식통은 귀순한 북한군이 20대 중사로, 발견 당시 북한 군복 차림이었다고 전했다.',
      '귀순',
    );
    expect(rank.warnings.map((w) => w.field)).toEqual(['rank']);
    const boat = {
      title: '동해서 표류 北 목선 구조…부자 등 2명 귀순',
      lede: '동해상에서 표류하던 북한 목선에서 구조된 북한 주민 가운데 아버지와 아들 등 2명이 귀순 의사를 밝혔다.',
      published: '2017-06-09',
    };
    const other = checked(
      boat,
      '2일 다른 배에서 구조된 선원 1명은 북으로 돌아가겠다는 뜻을 밝혀 이날 오전 동해 북방한계선(NLL) 해상에서 북측에 넘겨졌다.',
      'NLL',
    );
    expect(other.warnings).toEqual([]);
  });
});

describe('batches 01-06: earlier events, the story’s day and people told again', () => {
  it('takes "한강하구 귀순 12일 만" in a headline as the earlier crossing, not where the story’s happened', () => {
    const title = '북한군 하사, 고성 MDL 넘어 도보 귀순…한강하구 귀순 12일 만';
    const lede = '북한군 병사 1명이 20일 새벽 강원 고성군 동부전선 군사분계선(MDL)을 걸어서 넘어와 귀순 의사를 밝혔다.';
    const r = checked({ title, lede, published: '2024-08-20' }, title, 'MDL');
    expect(r.candidates[0]?.incident.id).toBe('2024-08-20-goseong-staff-sergeant');
    expect(r.warnings).toEqual([]);
  });

  it('does not check which way a re-defector went against what he did "귀순 당시"', () => {
    const info = { title: '새해 첫날 철책 넘어 월북한 1명, 1년 전 귀순한 탈북민', published: '2022-01-03' };
    const r = checked(info, "이 남성은 귀순 당시 3m 높이의 철책을 뛰어넘어 '점프 귀순'이라는 말을 낳았다.", '귀순');
    expect(r.warnings.map((w) => w.field)).not.toContain('direction');
  });

  it('checks which way a crossing went when the sentence tells it at the record’s own crossing time', () => {
    const info = {
      title: '새해 첫날 동부전선 철책 넘어 월북…CCTV에 찍히고 경보 울렸는데 3시간 몰랐다',
      lede: '새해 첫날인 1일 강원도 동부전선 최전방 철책을 넘어 신원을 알 수 없는 1명이 월북한 것으로 확인됐다.',
      published: '2022-01-03',
    };
    const text =
      '합참에 따르면 이 인원은 포착된 지 1시간20분 만인 오후 10시40분께 군사분계선(MDL)을 넘어 남측 지역으로 들어왔다.';
    const r = checked(info, text, '군사분계선');
    expect(r.confident).toBe(true);
    expect(r.warnings.map((w) => w.field)).toEqual(['direction']);
  });

  it('checks who a half after a semicolon goes on with ("…; instead he left …")', () => {
    const info = { title: 'Soldier who ran into North Korea walks free after guilty plea', published: '2024-09-21' };
    const text =
      'At the time, Specialist King had just finished weeks in a South Korean detention facility; instead he left the airport, signed on to the tour and ran across the line at Panmunjom.';
    expect(checked(info, text, 'Panmunjom').warnings.map((w) => w.field)).toContain('rank');
  });

  it('checks how someone came when the authority that found it out opens the sentence ("군은 그가 …")', () => {
    const info = {
      title: '합참 "\'잠수복 귀순\' 北남성, 해류 타고 남하"',
      lede: '지난 16일 강원 고성 해안으로 넘어와 귀순 의사를 밝힌 북한 남성은 민간인으로 조사됐다.',
      published: '2021-02-23',
    };
    const text =
      '군은 그가 북측 해안에서 작은 목선을 타고 내려와 해안 가까이에서 배를 버린 뒤 뭍으로 올라와 귀순한 것으로 파악했다.';
    expect(checked(info, text, '귀순').warnings.map((w) => w.field)).toEqual(['method']);
  });

  it('reads "이날" and "나머지 2명" as going on with the story', () => {
    const info = {
      title: '울릉도 인근서 구조된 北주민 1명 판문점 통해 송환',
      lede: '지난달 31일 경북 울릉도 인근 해상에서 표류하다 구조된 북한 주민 가운데 1명이 3일 판문점을 거쳐 북으로 돌아갔다.',
      published: '2014-06-03',
    };
    const r = checked(
      info,
      '결국 북측 요구대로 나머지 2명도 이날 함께 판문점을 넘어 북측에 인계된 것으로 알려졌다.',
      '판문점',
    );
    expect(r.candidates[0]?.incident.id).toBe('2014-06-03-ulleung-fisherman-returned-panmunjom');
    expect(r.candidates[0]!.p).toBeGreaterThan(0.9);
  });

  it('dates talks by the day they opened, and checks the day of the agreement told at its own time', () => {
    const info = {
      title: '南北 고위급 접촉 타결…北 지뢰 도발 유감 표명, 南 확성기 중단',
      lede: '김관진 청와대 국가안보실장은 25일 오전 2시 청와대 춘추관에서 브리핑을 열어 남북이 6개 항으로 된 공동보도문에 합의했다고 발표했다.',
      published: '2015-08-25',
    };
    const opened = checked(
      info,
      '남북 대표단은 22일 오후 6시30분 판문점 평화의 집에서 마주 앉은 뒤 정회와 속개를 거듭했다.',
      '판문점',
    );
    expect(opened.warnings).toEqual([]);
    const agreed = checked(
      info,
      '협상은 무박 나흘에 걸친 마라톤 끝에 24일 새벽 0시55분께 판문점에서 최종 타결됐다.',
      '판문점',
    );
    expect(agreed.warnings.map((w) => w.field)).toEqual(['date']);
  });
});

describe('batches 07-09: what someone did years before', () => {
  it('takes "3년 전엔 … 김포로 귀순" in a re-defector’s headline as his earlier crossing', () => {
    const title = '합참 "철책 아래 배수로 통과한 듯"…국방부 "3년 전엔 개성서 한강 하구 건너 김포로 귀순"';
    const r = checked({ title, published: '2020-07-27' }, title, '귀순');
    expect(r.candidates[0]?.incident.id === '2020-07-18-ganghwa-redefector-swims-north' && r.confident).toBe(false);
    expect(r.warnings).toEqual([]);
  });
});

describe('batches 07-09: another boat', () => {
  it('takes "the North seized another South Korean squid boat" as no telling of the story’s boat', () => {
    const info = { title: 'North Korea seizes South Korean squid boat Daeseung 55', published: '2010-08-09' };
    const text =
      'In July last year the North seized another South Korean squid boat, with four crew aboard, after a fault in its navigation system led it across the maritime border.';
    const r = checked(info, text, 'maritime border');
    expect(r.confident).toBe(false);
    expect(r.warnings).toEqual([]);
  });
});

describe('batches 19-21: the year someone came, and a place glossed by the border', () => {
  it('takes "2020년 귀순한 탈북민" as the earlier crossing that says who the man is, not the one the headline tells', () => {
    const title = '새해 첫날 동부전선 철책 넘어 월북…국방부 "2020년 귀순한 탈북민 추정"';
    const r = checked({ title, published: '2022-01-02' }, title, '귀순');
    expect(r.confident && r.candidates[0]?.incident.id === '2022-01-01-eastern-front-redefector').toBe(false);
    expect(checked({ title, published: '2022-01-02' }, title, '월북').confident).toBe(true);
  });

  it('leaves the DMZ that locates a place ("Goseong, a county … up against the DMZ") unlinked', () => {
    const info = { title: 'North Korean staff sergeant walks across the border in Goseong', published: '2024-08-21' };
    const text =
      'The staff sergeant defected in the early hours of Tuesday near Goseong, a county on the east coast that sits right up against the DMZ.';
    expect(checked(info, text, 'DMZ').confident).toBe(false);
    expect(checked(info, text, 'defected').confident).toBe(true);
    const ko = '북한군 하사가 20일 새벽 비무장지대와 맞닿은 고성의 동부전선으로 걸어서 귀순했다.';
    expect(checked({ title: '北 하사 동부전선 귀순', published: '2024-08-21' }, ko, '비무장지대').confident).toBe(
      false,
    );
  });
});

describe('batches 19-21: a headline that surveys several events', () => {
  it('marks "How …", "Three runs across …", "1998, 2007, 2017: …" and "… 과거 사례는" as surveys, and a story’s headline not', () => {
    const matcher = new IncidentMatcher(dataset);
    const lede = 'A North Korean soldier walked across the Military Demarcation Line in Goseong on Tuesday.';
    const survey = (title: string) => {
      const info = { title, lede, published: '2024-08-21' };
      return matcher.storyVote(info, matcher.preparePage(info))?.features['survey'];
    };
    for (const title of [
      'How people get across the Korean border',
      'Three runs across the line at Panmunjom',
      '1998, 2007, 2017: the soldiers who came through Panmunjom',
      '판문점 JSA 통한 귀순, 10년 만…과거 사례는',
      '교동도는 왜 귀순 통로가 됐나',
    ])
      expect(survey(title), title).toBe(1);
    expect(survey('North Korean soldier walks across the border in Goseong')).toBe(0);
  });
});

describe('batches 22-24: an event named to compare', () => {
  it('reads "Before Travis King: …" as a comparison, not a name of the page’s incident', () => {
    const matcher = new IncidentMatcher(dataset);
    expect([...matcher.namedIn('Before Travis King: the teenage GI who ran into North Korea in 1962')]).toEqual([]);
    expect([...matcher.namedIn('Travis King ran into North Korea')]).toEqual(['2023-07-18-jsa-travis-king']);
  });

  it('names the 2024 suspension by "9·19 군사합의 전체 효력 정지", not the 2018 agreement it suspends', () => {
    const matcher = new IncidentMatcher(dataset);
    expect([...matcher.namedIn('정부, 9·19 군사합의 전체 효력 정지…"남북 신뢰 회복 때까지"')]).toEqual([
      '2024-06-04-military-agreement-suspended',
    ]);
  });
});

describe('batches 22-24: a group and the part of it that acted', () => {
  it('does not take "北선원 4명 중 2명 판문점 통해 북으로" for the boat of four on the count of the group', () => {
    const title = "'삼척항 목선' 北선원 4명 중 2명 판문점 통해 북으로…2명은 귀순";
    const r = checked({ title, published: '2019-06-18' }, title, '판문점');
    expect(r.confident && r.candidates[0]?.incident.id === '2019-06-15-samcheok-port-boat').toBe(false);
    expect(r.warnings).toEqual([]);
  });
});

describe('batches 28-30: days counted from an earlier event', () => {
  it('takes "노크 귀순 나흘 뒤인 6일" as another event four days later, not the knock-knock defection', () => {
    const info = {
      title: "철책 넘어 문 두드린 '노크 귀순'…10년 전 그날",
      lede: '2012년 10월 2일 밤 북한군 병사 한 명이 강원도 고성의 철책을 넘어 우리 군 생활관 문을 두드려 귀순 의사를 밝혔다.',
      published: '2022-10-02',
    };
    const r = checked(
      info,
      '노크 귀순 나흘 뒤인 6일 낮, 북한군 병사 한 명이 소대장과 분대장을 사살한 뒤 개성공단 통행로 쪽 군사분계선을 넘어왔다.',
      '군사분계선',
    );
    expect(r.confident && r.candidates[0]?.incident.id === '2012-10-02-eastern-knock-knock-defection').toBe(false);
    expect(r.warnings).toEqual([]);
  });
});

describe('batches 34-36: nicknames in a list', () => {
  const info = {
    title: '동부전선 철책 넘어 1명 월북…또 22사단',
    lede: '새해 첫날 밤 강원 고성 동부전선 22사단 지역에서 1명이 철책을 넘어 월북했다고 합참이 2일 밝혔다.',
    published: '2022-01-03',
  };
  it('links a mention inside a nickname to that nickname’s incident, and checks none of the list against one', () => {
    const text =
      "이 부대는 2012년 북한군 병사가 생활관 문을 두드린 '노크 귀순', 지난해 2월 잠수복 차림의 북한 남성이 헤엄쳐 온 뒤 배수로를 지난 '오리발 귀순'으로 경계 허점이 드러난 곳이다.";
    const matcher = new IncidentMatcher(dataset);
    const page = matcher.preparePage(info);
    const ms = detectMentions(text).filter((m) => m.text === '귀순');
    expect(ms).toHaveLength(2);
    const [knock, diving] = ms.map((m) => matcher.match({ text, segment: 'story' }, m, page));
    expect(knock!.candidates[0]?.incident.id).toBe('2012-10-02-eastern-knock-knock-defection');
    expect(diving!.confident && diving!.candidates[0]?.incident.id).toBe('2021-02-16-goseong-diving-suit-swimmer');
    // "2012년 북한군 병사" is the knock-knock defector, not the swimmer: no warning of role or date.
    expect(diving!.warnings).toEqual([]);
  });
  it('takes no other incident from the sentence for a mention in a nickname it does not know', () => {
    const text =
      "이 사단에서는 2012년 북한군 병사가 생활관 문을 두드린 '노크 귀순', 2020년 11월 북한 남성이 철책을 뛰어넘은 '월책 귀순'이 잇따랐다.";
    const matcher = new IncidentMatcher(dataset);
    const m = detectMentions(text).filter((x) => x.text === '귀순')[1]!;
    const r = matcher.match({ text, segment: 'story' }, m, matcher.preparePage(info));
    expect(r.confident && r.candidates[0]?.incident.id).not.toBe('2012-10-02-eastern-knock-knock-defection');
  });
});

describe('batches 34-36: a sentence set at the time the one before named', () => {
  it('reads "당시에는" as the time of the earlier event the sentence before dated', () => {
    const info = {
      title: '북한 주민 4명 목선 타고 속초 앞바다로 귀순',
      lede: '북한 주민 4명이 24일 새벽 소형 목선을 타고 동해 NLL을 넘어 속초 앞바다로 왔다고 합참이 밝혔다.',
      published: '2023-10-24',
    };
    const text =
      '배를 타고 동해로 넘어와 귀순 의사를 밝힌 북한 주민은 2019년 11월 이후 처음이다. 당시에는 동해 NLL을 넘어온 북한 어민 2명이 귀순 의사를 밝혔으나, 정부는 이들이 동료 선원들을 살해했다고 보고 북으로 추방했다.';
    const r = checked(info, text, 'NLL');
    expect(r.confident && r.candidates[0]?.incident.id).not.toBe('2023-10-24-sokcho-family-boat');
    expect(r.warnings).toEqual([]);
  });
});

describe('batches 37-39: a Korean named by surname', () => {
  it('reads "Oh" after "Oh Chong Song" as him (the surname comes first)', () => {
    const lede = 'Private Travis King ran across the border during a tour of the Joint Security Area on Tuesday.';
    const info = {
      title: 'Travis King is not the first to run across the line at Panmunjom',
      lede,
      published: '2023-07-20',
      body: `${lede}\nIn November 2017 a North Korean soldier, Oh Chong Song, drove to the truce village and ran south under fire.`,
    };
    const r = checked(info, 'Oh has since spoken to reporters about his defection.', 'defection');
    expect(r.candidates[0]?.incident.id).toBe('2017-11-13-jsa-oh-chong-song');
  });
});

describe('batches 37-39: the part of a group of a given size', () => {
  it('does not excuse a wrong fate by a related record whose group is of another size', () => {
    const info = {
      title: '북한 소형 목선 동해 NLL 넘어…선원 3명 양양 군항으로 예인',
      lede: '지난달 27일 밤 북한 소형 목선 1척이 동해 북방한계선을 넘어와 군이 선원 3명과 함께 양양 군항으로 예인했다.',
      published: '2019-08-05',
    };
    const r = checked(
      info,
      '선원 3명 가운데 1명은 조사 과정에서 귀순 의사를 밝혀 남쪽에 남게 된 것으로 전해졌다.',
      '귀순',
    );
    expect(r.warnings.map((w) => w.field)).toContain('result');
  });
});
