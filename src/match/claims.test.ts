import { describe, expect, it } from 'vitest';
import { findCrosser, readClaims } from './claims';

const who = (text: string) => {
  const w = findCrosser(text);
  return (
    w && {
      text: w.text,
      origin: w.origin,
      role: w.role,
      rank: w.rank?.key,
      age: w.age,
      ageTo: w.ageTo,
      count: w.count,
      approx: w.approx,
      formerDefector: w.formerDefector,
      name: w.name,
    }
  );
};

describe('findCrosser: who the text says crossed', () => {
  it('reads the subject of a crossing verb, in English and Korean', () => {
    expect(who('A South Korean soldier has fled north to defect')).toMatchObject({
      text: 'A South Korean soldier',
      origin: 'south-korea',
      role: 'soldier',
      count: 1,
    });
    expect(who('A family of four crossed the sea border in a wooden boat.')).toMatchObject({
      role: 'civilian',
      count: 4,
    });
    expect(who('Two North Korean fishermen who killed 16 crewmates were deported.')).toMatchObject({
      origin: 'north-korea',
      role: 'fisherman',
      count: 2,
    });
    expect(who('북한군 병사 1명이 군사분계선을 넘어 귀순했다')).toMatchObject({
      origin: 'north-korea',
      role: 'soldier',
      count: 1,
    });
    expect(who('북한 주민 2명이 목선을 타고 넘어왔다')).toMatchObject({
      origin: 'north-korea',
      role: 'civilian',
      count: 2,
    });
  });

  it('reads the rank before a name, not the name and what follows it alone', () => {
    expect(
      who(
        'The man who crossed into North Korea has been named as Private First Class Travis King, a 23-year-old cavalry scout.',
      ),
    ).toMatchObject({ role: 'soldier', rank: 'private first class', name: 'Travis King' });
  });

  it('reads a group told again by its number as it crept in, or as it is dealt with ("이들 3명은 … 조사를 받고 있다")', () => {
    expect(who('The three defectors crept to within two miles of Sokcho harbour.')).toMatchObject({ count: 3 });
    expect(
      who('신병을 확보한 뒤 이들 3명은 곧바로 관계기관으로 넘겨져 구체적인 신원과 탈북 경위에 대한 조사를 받고 있다.'),
    ).toMatchObject({ count: 3 });
    expect(who('이들 3명은 모두 귀순 의사를 밝혔다.')).toMatchObject({ count: 3 });
    // Not whatever they did: "이들 11명은 결국 북으로 돌아갔다" may be another group the page compares.
    expect(who('이들 11명은 결국 북으로 돌아갔다.')).toBeUndefined();
    // But as those who crossed, yes.
    expect(who('이들 12명은 북측 경비정의 감시망을 피해 먼바다를 돌아 북방한계선을 넘은 것으로 보인다.')).toMatchObject(
      {
        count: 12,
      },
    );
    // "이 북한군 병사는": told again by who he was, whatever the predicate; "이 병사는" alone says who only with one.
    expect(who('이 북한군 병사는 해가 지고 나서야 군사분계선 쪽으로 몸을 옮긴 것으로 전해졌다.')).toMatchObject({
      origin: 'north-korea',
      role: 'soldier',
    });
    expect(who('이 병사는 해가 지고 나서야 몸을 옮겼다.')).toBeUndefined();
    // Who they were, as someone found it ("… 인부들인 것으로 군은 파악하고 있다").
    expect(who('군사분계선을 넘은 이들은 북한 민간 인부들인 것으로 군은 파악하고 있습니다.')).toMatchObject({
      role: 'civilian',
    });
  });

  it('reads a group told again by its number alone ("The four told the coast guard …"), not "the two Koreas"', () => {
    expect(who('The four told the coast guard right away that they wanted to stay in the South.')).toMatchObject({
      count: 4,
    });
    expect(who('The two Koreas have no diplomatic ties.')).toBeUndefined();
  });

  it('reads neither a wish to be sent back as what became of someone, nor a handover to the South’s officials as a return', () => {
    expect(readClaims('He dropped his demand to be sent back and defected with the others.').result).toBeUndefined();
    expect(readClaims('The engineer was sent back through Panmunjom.').result?.value).toBe('repatriated');
    const events = (t: string) => readClaims(t).events.map((e) => e.value);
    expect(events('They were brought to Incheon port and handed over to security officials.')).not.toContain(
      'repatriation',
    );
    expect(events('The crew were handed over to North Korean officials at the line.')).toContain('repatriation');
  });

  it('reads who someone was in an appositive before an adverb and a verb of telling', () => {
    expect(
      who(
        'The defector, a junior officer who holds the rank of first lieutenant, reportedly told them he crossed the border.',
      ),
    ).toMatchObject({ role: 'soldier', rank: 'lieutenant' });
  });

  it('reads ranks and ages, and an appositive of "the defector"', () => {
    expect(who('The defector, a 19-year-old private, was found near a guard post.')).toMatchObject({
      role: 'soldier',
      rank: 'private',
      age: 19,
    });
    // Told again by what they did on board, and who they are at home.
    expect(
      who('The engineer, a 43-year-old father of a young daughter, told investigators he had no reason to defect.'),
    ).toMatchObject({
      age: 43,
    });
    expect(who('A North Korean staff sergeant walked across the MDL.')).toMatchObject({
      rank: 'staff sergeant',
      role: 'soldier',
    });
    // "believed to be …" between the subject and its verb.
    expect(who('A North Korean soldier believed to be in his early twenties crossed the MDL on Sunday.')).toMatchObject(
      {
        origin: 'north-korea',
        role: 'soldier',
      },
    );
    // The people a return is done to are who crossed back.
    expect(who('South Korea sent all 31 North Koreans from a drifting boat back to their country.')).toMatchObject({
      origin: 'north-korea',
      count: 31,
    });
    // The subject's appositive says who crossed: "The man, a … lieutenant, defected".
    expect(who('The man, a junior officer holding the rank of lieutenant, defected on Tuesday.')).toMatchObject({
      rank: 'lieutenant',
      role: 'soldier',
    });
    expect(who('A former defector who had resettled in the South climbed back over the fences.')).toMatchObject({
      formerDefector: true,
    });
  });

  it('ignores people who did not cross: rescuers, officials, troops who fired', () => {
    expect(who('South Korean soldiers guided the defector to safety after finding him.')).toBeUndefined();
    expect(who('Officials said the crossing was under investigation.')).toBeUndefined();
    // The reporting frame is not part of who crossed ("the North Korean" is the story's person told again).
    expect(who('Military sources say the North Korean swam across the estuary.')).toMatchObject({
      text: 'the North Korean',
    });
    expect(who('It is the first crossing since August 2024, when a staff sergeant walked across.')).toMatchObject({
      text: 'a staff sergeant',
    });
  });

  it('reads a nationality other than the Koreas’ as origin "other" with its country, and no origin for a mixed group', () => {
    expect(findCrosser('The 22-year-old East German defected by bolting south.')).toMatchObject({
      origin: 'other',
      nationality: 'east-germany',
      age: 22,
    });
    expect(
      findCrosser('Vasily Matuzok, a 22-year-old Polish student attached to the embassy, had long wanted to defect.'),
    ).toMatchObject({ origin: 'other', nationality: 'poland', name: 'Vasily Matuzok' });
    expect(findCrosser('군은 중국 국적 선원인 이들 2명이 NLL을 넘어온 것으로 보고 있다.')).toMatchObject({
      text: '중국 국적 선원인 이들 2명',
      origin: 'other',
      nationality: 'china',
      role: 'fisherman',
      count: 2,
    });
    expect(who('The seven fishermen, South Koreans and Chinese, were sent back.')).toMatchObject({ origin: undefined });
    expect(
      findCrosser(
        'The 22-year-old, a Czechoslovak language student attached to a delegation, had long planned to defect.',
      ),
    ).toMatchObject({ origin: 'other', nationality: 'czechoslovakia', role: 'student', age: 22 });
    // A boat's flag or a country's media is no one's origin.
    expect(who('Two fishermen drifted south among Chinese fishing boats.')).toMatchObject({ origin: undefined });
  });

  it('reads how many the story’s people were from a total after 등 ("남자 6명과 여자 6명 등 모두 12명으로")', () => {
    expect(who('이들은 남자 6명과 여자 6명 등 모두 12명으로, 배 위에서 귀순 의사를 밝혔다.')).toMatchObject({
      count: 12,
    });
  });

  it('does not read rescuers who came alongside as who crossed, nor a coast guard as soldiers', () => {
    expect(
      who('As soon as the coast guard crew came alongside, all three said they wanted to defect.'),
    ).toBeUndefined();
  });

  it('reads who people told of turned out to be ("The men who … were civilian labourers")', () => {
    expect(who('The men who stepped over the MDL were civilian labourers drafted in for the works.')).toMatchObject({
      text: 'civilian labourers',
      role: 'civilian',
    });
    expect(who('The group of roughly ten were North Korean construction labourers, civilians.')).toMatchObject({
      origin: 'north-korea',
      role: 'civilian',
    });
    expect(who('The men were later found by soldiers near the fence.')).toBeUndefined();
    expect(who('당시 민간인 선전 요원이던 변씨는 그대로 군사분계선을 넘었다.')).toMatchObject({ role: 'civilian' });
  });
});

describe('readClaims', () => {
  it('reads "off the east coast" as the sea and "on the east coast" as the eastern front', () => {
    const regions = (t: string) => readClaims(t).regions.map((r) => r.value);
    expect(regions("handed back at the sea border off the peninsula's east coast")).toEqual(['east-sea']);
    expect(regions('defected in Goseong county, on the east coast')).toEqual(['eastern-front']);
    expect(readClaims('강원 양양 앞바다까지 내려왔다').places.map((p) => p.value.key)).toEqual(['yangyang']);
  });

  it('reads which way, including Yonhap-style "N. Korea"', () => {
    expect(readClaims('A U.S. soldier crosses into N. Korea during a JSA tour').direction?.value).toBe(
      'south-to-north',
    );
    expect(readClaims('South Korean soldier makes rare defection to Kim Jong-un’s North').direction?.value).toBe(
      'south-to-north',
    );
    expect(readClaims('A North Korean soldier defected to the South').direction?.value).toBe('north-to-south');
    expect(readClaims('탈북민이 철책을 넘어 월북했다').direction?.value).toBe('south-to-north');
    expect(readClaims('North Korean soldier, S. Korea says').direction).toBeUndefined();
    expect(readClaims('이 남성은 군사분계선을 넘어 남측 지역으로 들어왔다.').direction?.value).toBe('north-to-south');
    expect(readClaims('그는 북측 지역으로 넘어갔다.').direction?.value).toBe('south-to-north');
    expect(readClaims('이들은 서해 NLL을 넘어 북측 해역으로 들어갔다.').direction?.value).toBe('south-to-north');
  });

  it('reads place, method and what kind of event', () => {
    const c = readClaims('A staff sergeant walked across the eastern section of the border in Goseong.');
    expect(c.regions.map((r) => r.value)).toEqual(['eastern-front']);
    expect(c.places.map((p) => p.value.key)).toEqual(['goseong']);
    expect(c.methods.map((m) => m.value)).toContain('walked');
    expect(readClaims('The two Koreas exchanged fire across the DMZ.').events.map((e) => e.value)).toContain(
      'armed-clash',
    );
    expect(readClaims('Two fishermen were sent back through Panmunjom.').events.map((e) => e.value)).toContain(
      'repatriation',
    );
  });

  it('counts signs of a general statement, but not when someone crossed', () => {
    expect(
      readClaims('The 248-km-long DMZ is one of the most heavily fortified borders in the world.').generic,
    ).toBeGreaterThan(0);
    expect(readClaims('Most defectors travel through China.').generic).toBeGreaterThan(0);
    expect(readClaims('As with every new defector, officials will confirm their identities.').generic).toBeGreaterThan(
      0,
    );
    expect(
      readClaims('A North Korean soldier crossed the most heavily fortified border in the world on Sunday.').generic,
    ).toBe(0);
    expect(readClaims('총 길이 248㎞에 달하는 비무장지대').generic).toBeGreaterThan(0);
    // Every summer, every defection: a habit or any case, not one event.
    expect(readClaims("장마가 끝난 한여름마다 '헤엄 귀순' 소식이 들려온다.").generic).toBeGreaterThan(0);
    expect(readClaims('It is tempting to load every defection with grand meaning.').generic).toBeGreaterThan(0);
    // What usually happens to those who defect; not trade ("통상 협상").
    expect(readClaims('귀순한 주민은 통상 관계기관의 합동신문을 거쳐 하나원으로 간다.').generic).toBeGreaterThan(0);
    expect(readClaims('통상 협상 중에 북한 병사 1명이 귀순했다.').generic).toBe(0);
    // How many cases there were is a tally, not one of them.
    expect(readClaims('한 건도 없던 해상 탈북이 지난해에는 2건 있었다.').generic).toBeGreaterThan(0);
    // More people than ever crossed together are a tally, not one crossing.
    expect(
      readClaims(
        'Until then, the roughly 150 North Koreans who had defected in three years had all come through China.',
      ).generic,
    ).toBeGreaterThan(0);
    // A habit, a trend or a rule rather than one event.
    for (const text of [
      '북한 군인이 군사분계선을 넘어온 사례 자체가 드문 만큼, 한 번의 실패가 주는 무게는 더 크다.',
      '한강 하구 일대는 헤엄쳐 건너는 탈북 경로로도 쓰여 왔다.',
      '바다를 통해 곧바로 남쪽으로 오는 탈북이 늘어날 수 있다는 관측도 나온다.',
      'Under long-standing practice, North Koreans who drift across the maritime border are asked whether they wish to stay.',
      'Officials say boat crossings, though shorter, are dangerous because of the strong tides.',
      'The handful of people who have gone the other way across the DMZ are remembered because there are so few.',
    ])
      expect(readClaims(text).generic, text).toBeGreaterThan(0);
  });

  it('reads a distance that places something as no size', () => {
    const at = (t: string) => readClaims(t).generic;
    expect(at('The person swam across the estuary on Aug. 8 to an island only 2.5 kilometers from the coast.')).toBe(0);
    expect(at('The boat was found 11 kilometers (7 miles) east of Sokcho.')).toBe(0);
    expect(at('목선은 삼척항에서 1.5㎞ 떨어진 해상에서 발견됐다.')).toBe(0);
    expect(at('The 4-km-wide buffer zone runs 248 km across the peninsula.')).toBeGreaterThan(0);
  });

  it("reads the line's own course as general, but not someone or something else that runs", () => {
    const at = (t: string) => readClaims(t).generic;
    expect(at('The Military Demarcation Line, drawn in 1953, runs down the middle of the zone.')).toBeGreaterThan(0);
    expect(at('Through the village runs the Military Demarcation Line.')).toBeGreaterThan(0);
    expect(at('The zone runs the width of the peninsula.')).toBeGreaterThan(0);
    expect(at('On July 19 he slipped through a drainage ditch that runs under the wire and swam across.')).toBe(0);
    expect(at('King runs over the MDL during a tour.')).toBe(0);
  });

  it('reads a habit as general even when it says who crosses', () => {
    expect(readClaims('예전부터 이 섬을 거쳐 북한 주민과 군인이 여러 차례 귀순해 왔다.').generic).toBeGreaterThan(0);
    expect(readClaims('North Korean soldiers usually cross in fog.').generic).toBeGreaterThan(0);
    expect(
      readClaims('Only a handful of North Korean soldiers have crossed the line in the past decade.').generic,
    ).toBeGreaterThan(0);
    expect(readClaims('민간인이 월북을 시도하다 군의 총격을 받아 숨지는 일은 극히 드물다.').generic).toBeGreaterThan(0);
    expect(readClaims('북측도 해당 선박을 예인해 달라고 요청해 왔다.').generic).toBe(0);
    // Acts repeated within one event are not a habit.
    expect(readClaims('지난 16일 귀순한 남성을 우리 군 감시장비가 여러 차례 잡아내고도 놓쳤다.').generic).toBe(0);
    expect(readClaims('군은 여러 차례 경고방송을 했지만 배는 선을 넘었다.').generic).toBe(0);
    expect(readClaims('교동도는 그동안 여러 차례 헤엄 귀순 통로가 됐다.').generic).toBeGreaterThan(0);
    expect(
      readClaims('바다나 하구를 통해 곧바로 남쪽으로 넘어오는 경우가 늘 수 있다는 관측도 나온다.').generic,
    ).toBeGreaterThan(0);
    expect(readClaims('이번 경우는 북한 주민 1명이 헤엄쳐 넘어왔다.').generic).toBe(0);
    // One after another: a run of crossings, not one of them.
    expect(
      readClaims('군 안팎에서는 최근 잇따르는 귀순에 방송이 영향을 줬다는 관측이 나온다.').generic,
    ).toBeGreaterThan(0);
    expect(readClaims('The string of arrivals comes as the North seals its border.').generic).toBeGreaterThan(0);
    // What can happen: "at low tide one can walk over from the North".
    expect(readClaims('썰물 때는 북한 주민이 북측에서 걸어서 건너올 수도 있다.').generic).toBeGreaterThan(0);
    expect(readClaims('At low tide North Koreans can walk across the estuary.').generic).toBeGreaterThan(0);
  });

  it('reads who was aboard a boat, who a relative clause says crossed, and who was taken into custody', () => {
    expect(findCrosser('넘어 내려온 이 목선에는 남성 2명과 여성 3명 등 일가족 5명이 타고 있었다.')?.count).toBe(5);
    expect(findCrosser('해경이 도착했을 때 목선에는 북한 주민 다섯 명이 타고 있었다.')?.count).toBe(5);
    expect(findCrosser('Aboard were five North Korean fishermen, officials said.')).toMatchObject({
      count: 5,
      role: 'fisherman',
    });
    expect(findCrosser('군은 귀순 의사를 밝힌 북한군 병사 1명을 붙잡았다.')).toMatchObject({
      role: 'soldier',
      count: 1,
    });
    expect(findCrosser('The coast guard took custody of the three North Koreans on the boat.')?.count).toBe(3);
    expect(findCrosser('탈북민 김모(31)씨는 18일 새벽 배수로를 통해 철책을 벗어나 월북했다.')).toMatchObject({
      age: 31,
      formerDefector: true,
    });
  });

  it('reads which way over a longer stretch: "swam across the Han River estuary to the South"', () => {
    expect(readClaims('He then swam across the Han River estuary to the South.').direction?.value).toBe(
      'north-to-south',
    );
  });

  it('reads a call to cross as no crossing, even when it says who would cross', () => {
    expect(readClaims('방송은 북한군 병사들에게 하루빨리 귀순하라고 권하는 내용이었다.').generic).toBeGreaterThan(0);
    expect(readClaims('The broadcasts urged North Korean soldiers to defect.').generic).toBeGreaterThan(0);
    // The military guiding a man who crossed to give himself up is the crossing itself.
    expect(readClaims('군은 목선이 넘어오자 귀순을 유도해 북한 주민 1명의 신병을 확보했다.').generic).toBe(0);
  });

  it('reads no region from going around the end of the line, and no crosser from troops sent to look', () => {
    expect(readClaims('He came ashore after swimming south around the eastern end of the DMZ.').regions).toEqual([]);
    expect(readClaims('A soldier crossed the eastern end of the DMZ.').regions.map((r) => r.value)).toEqual([
      'eastern-front',
    ]);
    expect(who('Cameras saw him near the line, but troops who went to look found no one.')).toBeUndefined();
    expect(
      who('Everything about the boat looked suspicious to the South Korean officers who went out to meet it.'),
    ).toBeUndefined();
  });

  it('reads a rule over cases ("depending on how", "…느냐에 따라") as general', () => {
    expect(
      readClaims('같은 군사분계선이라도 넘어온 사람을 언제 알아챘느냐에 따라 평가는 엇갈려 왔다.').generic,
    ).toBeGreaterThan(0);
    expect(
      readClaims('Depending on how a crossing is spotted, the army is praised or blamed.').generic,
    ).toBeGreaterThan(0);
  });

  it('reads "far from the first" as a comparison with others, not one event', () => {
    expect(
      readClaims('But he was far from the first person to treat the truce village as an exit.').generic,
    ).toBeGreaterThan(0);
    expect(readClaims('판문점을 통한 귀순은 이번이 처음이 아니다.').generic).toBeGreaterThan(0);
  });

  it('reads how often something happens as general', () => {
    expect(readClaims("연백에서 2.5㎞…'수영 귀순' 잦은 교동도").generic).toBeGreaterThan(0);
    expect(readClaims('접경 해역에서는 어선의 표류가 빈번하다.').generic).toBeGreaterThan(0);
  });

  it('reads a place shown to visitors as general, a tour within an incident not', () => {
    expect(
      readClaims("파주에서는 제3땅굴과 도라전망대 등 접경지역을 둘러보는 'DMZ 다큐로드'도 운영된다.").generic,
    ).toBe(1);
    expect(readClaims('Visitors can walk the DMZ peace trail during the festival.').generic).toBeGreaterThan(0);
    expect(readClaims('He slipped away and joined a sightseeing tour of the Joint Security Area.').generic).toBe(0);
  });
});

describe('findCrosser: two groups crossing together', () => {
  it('counts both and leads with the first', () => {
    expect(who('북한군 소좌(우리 군 소령급) 1명과 주민 1명이 19일 새벽 목선을 타고 NLL을 넘어왔다.')).toMatchObject({
      role: 'soldier',
      rank: 'major',
      count: 2,
      origin: 'north-korea',
    });
  });

  it('makes no claim about who of "either of two"', () => {
    expect(who('북한 주민이나 군인이 이 길을 귀순 통로로 쓴 것은 처음이다.')).toBeUndefined();
    expect(who('No civilian or soldier had crossed there before.')).toBeUndefined();
  });

  it('counts two groups named together, and claims no role or sex of the whole', () => {
    expect(who('The group of 11 men and 20 women drifted across the sea border in thick fog.')).toMatchObject({
      count: 31,
      text: '11 men and 20 women',
    });
    const mixed = who('Two soldiers and a civilian crossed the line.');
    expect(mixed).toMatchObject({ count: 3 });
    expect(mixed?.role).toBeUndefined();
  });

  it('reads who was taken in, and who tried to cross', () => {
    expect(who('At about 8 a.m. the coast guard took all five would-be defectors into custody.')).toMatchObject({
      count: 5,
    });
    expect(who('The navy rescued two North Korean fishermen off Ulleung.')).toMatchObject({
      origin: 'north-korea',
      count: 2,
    });
    expect(
      who('Officials believe the 47-year-old North Korean fisheries official had been trying to defect.'),
    ).toMatchObject({ text: 'the 47-year-old North Korean fisheries official', origin: 'north-korea', age: 47 });
  });

  it('reads how far a place lies, and what someone did to others, as no claim about the crossing', () => {
    expect(
      readClaims('병사는 군사분계선에서 북쪽으로 약 50km 떨어진 소속 부대를 빠져나왔다.').direction,
    ).toBeUndefined();
    expect(readClaims('그는 남쪽으로 헤엄쳐 왔다.').direction?.value).toBe('north-to-south');
    // Down and back up: no direction claimed for the whole.
    expect(readClaims('배는 NLL을 넘어 내려왔다가 북쪽으로 돌아갔다.').direction).toBeUndefined();
    expect(readClaims('A soldier who had shot dead his platoon leader crossed into the South.').result).toBeUndefined();
    expect(readClaims('The man was shot dead in the water.').result?.value).toBe('killed');
    expect(readClaims('He paddled over on a makeshift raft.').methods.map((m) => m.value)).toEqual(['boat']);
    // "넘어선" (crossed) holds no fishing boat ("어선").
    expect(readClaims('중간선을 넘어선 뒤 손을 흔들며 도움을 청했다.').methods).toEqual([]);
    // Small craft by name: a ferry boat, a rowing boat, a rubber boat.
    for (const text of ['작은 나룻배를 저어 건너왔다.', '고무보트를 타고 내려왔다.', '작은 나무배에 몸을 싣고 건넜다.'])
      expect(readClaims(text).methods.map((m) => m.value)).toEqual(['boat']);
    expect(
      readClaims('"북측 수칙은 귀순자를 끝까지 쫓아가 사살하고 시신을 끌고 오는 것"이라고 말했다.').result,
    ).toBeUndefined();
    // A demand for someone's return is not their return.
    expect(readClaims('북측 판문점대표는 곧바로 송환을 요구했다.').result).toBeUndefined();
    expect(readClaims('이들은 판문점을 거쳐 송환됐다.').result?.value).toBe('repatriated');
    // Shot is not killed: he survived the wounds.
    expect(readClaims('The soldier who was shot several times as he ran is now recovering.').result).toBeUndefined();
    expect(readClaims('그는 "소대장과 분대장을 사살하고 넘어왔다"고 진술했다.').result).toBeUndefined();
    expect(readClaims('북한군은 그를 사살하고 시신을 불태웠다.').result?.value).toBe('killed');
    expect(readClaims('4명 모두 귀순 의사가 확인돼 남측에 남게 됐다.').result?.value).toBe('stayed');
    expect(readClaims('이들은 조사 과정에서 마음을 바꿔 남측 정착을 택했다.').result?.value).toBe('stayed');
    expect(readClaims('They told investigators they will remain in the South.').result?.value).toBe('stayed');
    // Those returned through the truce village.
    expect(readClaims('Men returned at Panmunjom on Friday told questioners their story.').result?.value).toBe(
      'repatriated',
    );
  });

  it('reads who crossed when the crossing follows another act of theirs ("zipped himself into a suit and swam")', () => {
    expect(
      who('Officials say a North Korean man in his twenties zipped himself into a diving suit and swam south.'),
    ).toMatchObject({ origin: 'north-korea', age: 20, ageTo: 29 });
    expect(who('A North Korean man steered a small wooden boat across the Northern Limit Line.')).toMatchObject({
      origin: 'north-korea',
      count: 1,
    });
    expect(who('Six North Koreans are being questioned after they crossed the sea border.')).toMatchObject({
      origin: 'north-korea',
      count: 6,
    });
    // "군인이 아닌 민간인": not a soldier but a civilian.
    expect(who('발견된 그는 자신이 군인이 아닌 민간인이라고 밝히고 귀순 의사를 나타냈다.')).toMatchObject({
      role: 'civilian',
    });
    // Those who acted on the crosser are not who crossed, nor those who searched the fence.
    expect(who('Then troops went along the whole length of the fences and found a hole.')).toBeUndefined();
    expect(who('South Korean troops spotted the boat and fired warning shots.')).toBeUndefined();
  });

  it('reads an age as no count, and who a copula or a long appositive says someone was', () => {
    expect(who('The 21-year-old private then walked over the Military Demarcation Line.')).toMatchObject({
      age: 21,
      count: undefined,
      rank: 'private',
    });
    expect(who('지난 14일 저녁 군사분계선을 넘은 20세 병사는 언덕에서 밤을 보냈다.')).toMatchObject({
      role: 'soldier',
      age: 20,
      count: undefined,
    });
    expect(
      who('Officials said the man killed on Monday afternoon was a 47-year-old North Korean defector named Nam.'),
    ).toMatchObject({ origin: 'north-korea', age: 47 });
    expect(
      who("The two corporals, part of a search battalion of the Army's 1st Infantry Division, set off the mines."),
    ).toMatchObject({ rank: 'corporal', count: 2 });
    expect(who('남한 출신 20대 김모씨가 지난달 18일 헤엄쳐 건너 월북했다.')).toMatchObject({
      origin: 'south-korea',
      count: undefined,
    });
    expect(who('20대 북한 군인 1명이 20일 새벽 군사분계선을 넘어왔다.')).toMatchObject({ count: 1 });
    expect(who('북한 주민 20여 명을 태운 어선 1척이 북방한계선을 넘어왔다.')).toMatchObject({
      count: 20,
      approx: true,
    });
    expect(who('About 20 North Korean soldiers crossed the line.')).toMatchObject({ count: 20, approx: true });
    expect(who('Two North Korean soldiers crossed the line.')?.approx).toBeUndefined();
    expect(who('the soldier who defected this morning is 24 years old and carried a rifle')).toMatchObject({ age: 24 });
    expect(who('The private, 19, walked across the line.')).toMatchObject({ age: 19 });
    expect(who('the soldier who defected was 24 km from the line')?.age).toBeUndefined();
    expect(who('21일 오전 귀순한 병사는 23살로, 입대 2년 차였다.')).toMatchObject({ role: 'soldier', age: 23 });
    // Those aboard a boat, with no noun for them.
    expect(who('North Korean boat with seven aboard seized after crossing sea border')).toMatchObject({ count: 7 });
    expect(who('군복 입은 北 6명 태운 배, NLL 넘었다')).toMatchObject({ count: 6 });
    expect(who('A boat carrying four North Koreans crossed the line.')).toMatchObject({ count: 4 });
    // An age told as part of a decade: its span.
    expect(who('A North Korean man in his 20s swam south for six hours.')).toMatchObject({ age: 20, ageTo: 29 });
    expect(who('20대 중반인 이 병사는 14일 저녁 군사분계선을 넘은 뒤 잠을 청했다.')).toMatchObject({
      age: 23,
      ageTo: 26,
    });
    expect(who('10대 후반의 북한군 병사가 귀순했다.')).toMatchObject({ age: 16, ageTo: 19 });
    // The troops who pulled him out did not cross: "him" is the crosser, told of inside their relative clause.
    expect(who('and told South Korean troops who pulled him out that he wished to defect')).toBeUndefined();
    expect(who('the North Korean civilian was first picked up by a thermal camera')).toMatchObject({
      role: 'civilian',
    });
  });

  it("counts those told of again and those found aboard, not families or a dateline's day", () => {
    // "이들 20여 명은": those told of before, counted again.
    expect(who('귀순한 이들 20여 명은 서로를 인척이라고 진술했다.')).toMatchObject({ count: 20, approx: true });
    // "the group, numbering 13": a group told again, counted by "numbering".
    expect(who('Officials said the group, numbering 13 including children, had readied the boat.')).toMatchObject({
      text: 'the group, numbering 13',
      count: 13,
    });
    // "이들 두 사람은": two people told again; "have been handed over": those a return is done to.
    expect(who('이들 두 사람은 갯벌을 걸어 해안에 함께 올라왔다.')).toMatchObject({ count: 2 });
    expect(who('The two defectors have been handed over to investigators.')).toMatchObject({ count: 2 });
    // An age told as part of a decade in the predicate.
    expect(who('이 병사는 하전사 계급에 나이는 20대 후반으로 추정되며, 귀순 의사를 밝혔다.')).toMatchObject({
      age: 26,
      ageTo: 29,
    });
    // A number of families or groups is no head count.
    expect(who('A North Korean fishing boat carrying two families crossed the NLL.')?.count).toBeUndefined();
    expect(who('The coast guard has found five North Koreans aboard a small wooden boat.')).toMatchObject({
      count: 5,
      origin: 'north-korea',
    });
    // A dateline's day is no count.
    expect(who('SEOUL, Dec 21 - A low-ranking North Korean soldier defected to the South on Thursday.')?.count).toBe(1);
  });

  it('reads who a Korean predicate says someone turned out to be, leaving out what is denied or glossed', () => {
    // Where someone is from, told as the predicate; a denied origin is no claim.
    expect(
      who('지난 18일 헤엄쳐 월북한 것으로 보이는 김모(24)씨는 중국에서 나고 자란 조선족 출신인 것으로 파악됐다.'),
    ).toMatchObject({ origin: 'other', age: 24 });
    expect(who('지난 18일 월북한 김모(24)씨는 평양 출신 탈북민인 것으로 파악됐다.')?.origin).toBeUndefined();
    expect(who('The man, a Chinese national, crossed the border on foot.')).toMatchObject({ origin: 'other' });
    expect(
      who('이 남성은 오후 10시40분께 군사분계선을 넘어 남측 지역으로 들어온 것으로 확인됐다.')?.origin,
    ).toBeUndefined();
    expect(who('조사 결과 A씨는 북한군 병사 신분으로 철책을 넘어 귀순한 것으로 파악됐다.')).toMatchObject({
      role: 'soldier',
      origin: 'north-korea',
    });
    expect(
      who('귀순 의사를 밝힌 이 남성은 군인이 아니라 민간인 신분의 북한 주민으로 파악됐다고 합참 관계자는 전했다.'),
    ).toMatchObject({ role: 'civilian', origin: 'north-korea' });
    expect(
      who('군 당국은 1일 밤 월북한 이 남성이 북한 출신이 아니라 남한에서 나고 자란 민간인인 것으로 보고 있다.'),
    ).toMatchObject({ origin: 'south-korea', role: 'civilian' });
    expect(
      who('21일 오전 귀순한 병사는 23살로, 입대 2년 차의 하급전사(우리 군 일병에 해당)인 것으로 파악됐다.'),
    ).toMatchObject({ role: 'soldier', origin: undefined, age: 23 });
  });

  it('reads an appositive with the person it tells again, and who a Korean "…으로," says someone was', () => {
    // The whole noun phrase ("South Korean soldier", not "South Korean"), with "The defector" it tells again.
    const appositive = who('The defector, a 22-year-old South Korean soldier who was short, had walked far.');
    expect(appositive).toMatchObject({ origin: 'south-korea', role: 'soldier', age: 22 });
    expect(appositive?.text).toMatch(/^The defector, a 22-year-old South Korean soldier/);
    expect(
      who('이 남성은 북한과 연고가 없는 남측 출신 주민으로, 수사를 받던 중 월북을 택한 것으로 알려졌다.'),
    ).toMatchObject({
      text: '이 남성',
      origin: 'south-korea',
      role: 'civilian',
    });
    // A place before the comma says nothing of who.
    expect(who('이 남성은 지난 18일 새벽 강화도로, 이후 헤엄쳐 건너간 것으로 보인다.')).toBeUndefined();
  });

  it("reads who tells of their own crossing, not an official telling of another's or those told of a wish", () => {
    // Someone telling of their own crossing; an official telling of another's is no one who crossed.
    expect(
      who('The soldier, aged 21, told investigators he decided to defect after beating after beating.'),
    ).toMatchObject({ role: 'soldier', age: 21 });
    expect(who('South Korean officials said he decided to defect after beatings.')).toBeUndefined();
    expect(
      who('이 병사는 23세로, 2년 남짓 군 생활을 하는 동안 구타에 시달리면서 불만이 쌓여 귀순을 결심했다고 진술했다.'),
    ).toMatchObject({ role: 'soldier', age: 23 });
    // Those told of a wish to defect are not who wished it.
    expect(who('The person told South Korean troops of a wish to defect.')).toBeUndefined();
    expect(
      who('The teen, a civilian who had simply had enough, told investigators he defected after being beaten.'),
    ).toMatchObject({ role: 'civilian' });
    expect(
      who(
        'Officials said the civilian, whose name was withheld, made clear after he was brought ashore that he intended to defect.',
      ),
    ).toMatchObject({ role: 'civilian' });
    expect(who('The 19-year-old defector is a sergeant who told investigators he had made up his mind.')).toMatchObject(
      {
        rank: 'sergeant',
      },
    );
  });

  it('reads someone told again by their exact age, whatever they did next', () => {
    expect(who('The 24-year-old has told interrogators he had heard the president was coming.')).toMatchObject({
      text: 'The 24-year-old',
      age: 24,
    });
    expect(who('The 21-year-old private then spent the night close to the guard post.')).toMatchObject({
      rank: 'private',
      age: 21,
    });
    expect(who('The 42-year-old, a father of two, had apparently meant to defect to the North.')).toMatchObject({
      age: 42,
    });
    // An act named as a noun says whose it was: "the defection of a North Korean soldier in Cheorwon".
    expect(who('officials say it was unrelated to the defection of a North Korean soldier in Cheorwon.')).toMatchObject(
      {
        role: 'soldier',
        count: 1,
      },
    );
    // "The three, North Korean soldiers who …": a group told again by its number, then who they were.
    expect(who('The three, North Korean soldiers who had been at sea, were handed over at the NLL.')).toMatchObject({
      role: 'soldier',
      count: 3,
    });
    expect(who('The two, officials said, were questioned for a week.')).toBeUndefined();
    // Told again by their number: "All 16 defectors were …", but not "the two soldiers" (they may be the guards).
    expect(who('All 16 defectors were then driven off by intelligence officials for questioning.')).toMatchObject({
      text: 'All 16 defectors',
      count: 16,
    });
    expect(who('The two soldiers fired warning shots into the air.')).toBeUndefined();
    // "이들 부자는 … 군인으로,": a pair told again by how they are related, then who they were.
    expect(who('이들 부자는 둘 다 북한군 현역 군인으로, 초병들에게 귀순하겠다고 외쳤다.')).toMatchObject({
      text: '이들 부자',
      role: 'soldier',
    });
    // An age as a possessive or a noun's modifier is no one told again.
    expect(who("The 24-year-old's family was told on Monday.")).toBeUndefined();
    // Korean: the age in the noun phrase ("이 40대 남성은", "이 23살 병사는").
    expect(who('판문점에서 북측으로 넘어간 이 40대 남성은 조사 내내 돌아가겠다는 뜻을 밝혀 왔다.')).toMatchObject({
      age: 40,
      ageTo: 49,
    });
    expect(who('이 23살 병사는 조사에서 귀순 의사를 밝혔다.')).toMatchObject({ role: 'soldier', age: 23 });
    // "북한군 20여 명이 … 넘어왔다", "안씨 등 일행 16명은 … 귀순한": how many, with no role noun or by one of them.
    expect(who('작업을 하던 북한군 20여 명이 곡괭이를 든 채 군사분계선을 넘어왔다.')).toMatchObject({
      role: 'soldier',
      count: 20,
      approx: true,
    });
    expect(who('안씨 등 일행 16명은 신의주를 떠나 배를 몰아 남쪽으로 귀순한 것으로 조사됐다.')).toMatchObject({
      count: 16,
    });
    // "이들은 … 선원들로,": who the story's people turned out to be.
    expect(who('이들은 애초 인근에서 조업하던 선원들로, 배가 고장 나 떠밀려 다녔다.')).toMatchObject({
      role: 'fisherman',
    });
  });

  it('counts a couple, a pair, a trio and a Korean number word before the noun', () => {
    expect(who('On June 17, a North Korean husband and wife in their 40s defected by boat.')).toMatchObject({
      count: 2,
      age: 40,
    });
    expect(who('앞서 지난 17일에도 40대 북한 주민 부부가 백령도 인근 해상을 통해 귀순했다.')).toMatchObject({
      count: 2,
    });
    expect(who('귀순한 두 병사는 모두 20대 초반으로, 합동신문을 받고 있다.')).toMatchObject({
      role: 'soldier',
      count: 2,
    });
    expect(who('The pair, a man in his 60s and his teenage son, said they wanted to defect.')).toMatchObject({
      count: 2,
    });
    // A pair of rifles is no one; "22세" and "30세" are ages, not "세" (three) people.
    expect(who('A soldier lugging a pair of rifles and a pair of boots crossed the line.')?.count).not.toBe(2);
    expect(who('소총을 든 22세 북한군 병사가 비무장지대를 넘어와 귀순했다.')).toMatchObject({
      age: 22,
      count: undefined,
    });
    expect(who('폭행 혐의로 쫓기던 30세 남성 강동림씨가 철책을 끊고 월북했다.')).toMatchObject({
      age: 30,
      count: undefined,
    });
  });

  it('reads someone named with their age and who they were ("King, 25, a cavalry scout")', () => {
    expect(who('King, 25, a cavalry scout who enlisted in 2021, ran across the line.')).toMatchObject({
      name: 'King',
      age: 25,
    });
    expect(who('Seo, 43, had flown to China before he crossed into North Korea.')).toMatchObject({
      name: 'Seo',
      age: 43,
    });
    expect(
      who('Abshier, a sergeant with a reconnaissance squadron, was facing a court-martial when he defected.'),
    ).toMatchObject({ name: 'Abshier', rank: 'sergeant' });
    expect(who('Sgt. White picked his way across the DMZ in the dark.')).toMatchObject({
      name: 'White',
      rank: 'sergeant',
    });
    expect(who('Wearing his uniform, the soldier, said to be a private, made his way across the MDL.')).toMatchObject({
      rank: 'private',
    });
    expect(who('Seoul, a city of ten million, was quiet.')).toBeUndefined();
    // Who someone once was is no claim of who they were when they crossed.
    expect(who('It was Kang, a 30-year-old former conscript who cut a hole in the wire.')).toMatchObject({
      name: 'Kang',
      age: 30,
      role: undefined,
      rank: undefined,
    });
  });

  it('reads no crosser in troops boarding a boat, and no way of crossing in the boat that picked someone up', () => {
    expect(
      who('The navy sent a vessel to intercept it, and soldiers went aboard to check who was on it.'),
    ).toBeUndefined();
    const rescue = readClaims(
      'Sailors on a South Korean coastal combat boat pulled a North Korean man out of the water.',
    );
    expect(rescue.methods).toEqual([]);
    expect(readClaims('A North Korean fishing boat crossed the line.').methods.map((m) => m.value)).toEqual(['boat']);
  });

  it('reads no way of crossing in "no boat" or in the patrol ship that picked him up', () => {
    const c = readClaims(
      'He swam across with no boat at all, letting the tide carry him until the patrol ship picked him up.',
    );
    expect(c.methods.map((m) => m.value)).toEqual(['swam']);
  });

  it('reads "sent back to North Korea" as a return done to someone, and a way not taken as no method', () => {
    const sent = readClaims(
      'The soldier who floated across the line on Wednesday has since been sent back to North Korea.',
    );
    expect(sent.direction).toMatchObject({ value: 'south-to-north', byReturn: true });
    expect(sent.result?.value).toBe('repatriated');
    // Other ways news tells a return: "was returned to North Korea", "put back on their boat and escorted north".
    expect(readClaims('The man was in the end returned to North Korea by sea.').result?.value).toBe('repatriated');
    expect(readClaims('The nine were put back on their boat and escorted north.').result?.value).toBe('repatriated');
    expect(readClaims('The soldier returned to his post.').result).toBeUndefined();
    expect(readClaims('The news sent me back to a photograph I have kept for 26 years.').result).toBeUndefined();
    expect(readClaims('He crossed into the South and was later sent back to North Korea.').direction).toMatchObject({
      value: 'north-to-south',
    });
    expect(readClaims('그는 지난해 북으로 돌아갔다.').direction?.byReturn).toBeUndefined();
    // Failing to take someone in is no custody.
    expect(readClaims('군은 신병 확보에는 실패했다.').result).toBeUndefined();
    expect(readClaims('군은 이 남성의 신병을 확보했다.').result?.value).toBe('detained');
    expect(readClaims('Instead of crossing the DMZ on foot, he went around it by sea.').methods).toEqual([]);
    expect(readClaims('He did not swim but walked across.').methods.map((m) => m.value)).toEqual(['walked']);
    expect(readClaims('걸어서가 아니라 헤엄쳐서 건너왔다.').methods.map((m) => m.value)).toEqual(['swam']);
  });

  it('reads who an appositive says someone was, without whoever said it, and how many by a Korean predicate', () => {
    expect(
      who('The defector, a North Korean army soldier who had served near the frontier, is described as slight.'),
    ).toMatchObject({ origin: 'north-korea', role: 'soldier' });
    expect(
      who('The man, described by officials as a junior North Korean soldier who had left his unit, crossed the line.'),
    ).toMatchObject({ origin: 'north-korea', role: 'soldier' });
    // Whose words they are is no claim: "South Korean media" did not cross.
    expect(
      who('The man, identified by South Korean media as a staff sergeant, walked over the Military Demarcation Line.'),
    ).toMatchObject({ origin: undefined, rank: 'staff sergeant' });
    expect(
      who('The 19-year-old, a sergeant in a front-line unit, told investigators he had decided to defect.'),
    ).toMatchObject({ age: 19, rank: 'sergeant' });
    expect(
      who('The 46-year-old, who a local official said was a Chinese national of Korean descent, is being questioned.'),
    ).toMatchObject({ age: 46, origin: 'other' });
    expect(
      who('The seven, who the ministry said were all civilian fishermen, told investigators they had drifted.'),
    ).toMatchObject({ role: 'civilian', count: 7 });
    expect(
      who('The four people aboard, who had signalled that they wanted to defect, were brought into port.'),
    ).toMatchObject({ count: 4 });
    expect(who("The five who defected include the boat's captain and a nurse.")).toMatchObject({ count: 5 });
    // Someone found is the object of the finding, not "found" a word about them.
    expect(who('The coast guard has found five North Koreans aboard a small wooden boat off Sokcho.')).toMatchObject({
      text: 'five North Koreans',
      count: 5,
    });
    expect(who('The man, who was rescued by a soldier, told investigators he wanted to stay.')).toBeUndefined();
    expect(who('합참 관계자 설명에 따르면 이들은 모두 4명으로, 곡괭이를 들고 작업하다 길을 잃었다.')).toMatchObject({
      count: 4,
    });
    expect(who('MDL을 넘어온 이 인원은 북한군 병사로, 무기는 지니고 있지 않았다.')).toMatchObject({ role: 'soldier' });
    expect(
      who('이들 5명은 중국 선적 어선에서 일하던 중국 국적 선원들로 파악됐으며, 귀순할 뜻은 없었다.'),
    ).toMatchObject({
      count: 5,
      origin: 'other',
    });
    expect(who('배에 타고 있던 4명은 모두 귀순 의사를 밝혔다.')).toMatchObject({ count: 4 });
    expect(who('이들 두 가족은 중국 국적의 조선족으로, 중국 어선을 빌려 들어왔다.')).toMatchObject({
      origin: 'other',
      count: undefined,
    });
    expect(who('귀순한 북한군 2명은 모두 20대 초반의 병사로, 관계기관에 넘겨졌다.')).toMatchObject({ count: 2 });
    expect(who('유씨는 당시 북한군 대위 계급으로 땅굴 공사에 동원됐다가 귀순했다.')).toMatchObject({ rank: 'captain' });
    // An age told before the definite: "50대인 이 남성은".
    expect(who('50대인 이 남성은 대청도 동쪽 바다에서 표류하다 발견된 것으로 전해졌다.')).toMatchObject({
      age: 50,
      ageTo: 59,
    });
    // A rank told as who someone turned out to be.
    expect(who('군 소식통에 따르면 이 북한군은 소위 계급의 초급 장교로, 귀순을 결심했다고 진술했다.')).toMatchObject({
      rank: 'second lieutenant',
    });
    // A long relative clause between the age and the verb.
    expect(
      who(
        'The 27-year-old, who grew up in a county near the city of Kaesong and whose father also served in the army, has said that dramas shaped his decision.',
      ),
    ).toMatchObject({ age: 27 });
    // Someone telling of their own crossing: "made the border crossing", "made up his mind to defect".
    expect(who('The sergeant told investigators he had made the border crossing because of beatings.')).toMatchObject({
      rank: 'sergeant',
    });
    expect(who('The bee farmer, 56, told investigators he made up his mind to defect after the quota.')).toMatchObject({
      age: 56,
    });
  });

  it('counts two groups aboard a boat, reads no way from someone\'s own "넘어간다", and a rule over cases as general', () => {
    expect(who('남성 4명과 여성 1명을 태운 소형 선박이 동해 NLL을 넘어왔다.')).toMatchObject({ count: 5 });
    expect(readClaims('그는 자신이 넘어간다는 사실을 알리려고 공중에 소총을 쏘았다.').direction).toBeUndefined();
    expect(readClaims('북측 규정은 귀순자가 생기면 끝까지 쫓아가 사살하는 것이라고 말했다.').generic).toBeGreaterThan(
      0,
    );
  });

  it('reads a tally of crossings ("여섯 차례에 이른다") as general', () => {
    expect(
      readClaims('해상을 통한 북한 주민의 귀순은 2003년 이후 이번까지 여섯 차례에 이른다.').generic,
    ).toBeGreaterThan(0);
    expect(readClaims('배를 타고 넘어와 귀순한 것은 이번까지 모두 6차례로 집계된다.').generic).toBeGreaterThan(0);
    // A route people keep taking, and what most defectors do.
    expect(readClaims("교동도는 왜 '헤엄 귀순' 길목이 됐나").generic).toBeGreaterThan(0);
    expect(readClaims('The overwhelming majority of defectors go the long way round.').generic).toBeGreaterThan(0);
    expect(readClaims("교동도는 왜 '귀순 통로'가 됐나").generic).toBeGreaterThan(0);
    expect(readClaims('섬 바로 북쪽 바다로 NLL이 지나, 배는 곧바로 선을 넘게 된다.').generic).toBeGreaterThan(0);
    expect(readClaims('사고 경위부터 비무장지대의 지뢰 실태까지 문답으로 정리했다.').generic).toBeGreaterThan(0);
    // Those taken in or sent back, told by number, and who the predicate says they were.
    expect(who('구조된 8명은 모두 북한군 소속 병사들로, 북으로 돌아가겠다는 뜻을 밝혔다.')).toMatchObject({
      count: 8,
      role: 'soldier',
    });
    expect(who('북송된 탈북어민 두 사람은 모두 30대로, 남쪽에 남고 싶다는 뜻을 밝혔다.')).toMatchObject({
      count: 2,
      age: 30,
      ageTo: 39,
    });
    expect(who('군 소식통에 따르면 이 병사는 30대 초반으로, 손에 쥔 천을 흔들며 넘어왔다.')).toMatchObject({
      age: 30,
      ageTo: 33,
    });
    expect(who('군사분계선을 넘어 북으로 돌아간 선원 6명은 모두 20∼40대 남성으로 확인됐다.')).toMatchObject({
      count: 6,
    });
    // "The trio, Chinese fishermen", "Of the 33 men who had crossed": a group told again with who or how many they were.
    expect(
      who('The trio, Chinese fishermen who had put to sea from a port, told officials they had no wish to defect.'),
    ).toMatchObject({
      count: 3,
      origin: 'other',
      role: 'fisherman',
    });
    expect(who('Of the 33 men who had crossed the DMZ with him, Kim was the only one taken alive.')).toMatchObject({
      count: 33,
    });
    expect(who('The North Korean soldier was unarmed when the team got to him.')).toMatchObject({ role: 'soldier' });
  });

  it("reads the story's people told again by an age an appositive gives, by nationality alone, or by a rank worn", () => {
    expect(who('The man, who investigators said was in his 40s, told them he had been gathering clams.')).toMatchObject(
      {
        age: 40,
        ageTo: 49,
      },
    );
    expect(
      who(
        'By one account, the short, wiry defector, said to be in his late thirties, insisted he had climbed the wire.',
      ),
    ).toMatchObject({ age: 36, ageTo: 39 });
    expect(who('The soldier, believed to be a man in his late thirties, defected unarmed.')).toMatchObject({
      role: 'soldier',
      age: 36,
      ageTo: 39,
    });
    expect(who('The North Korean, thought to be in his 40s, was seen near the Imjin River.')).toMatchObject({
      origin: 'north-korea',
      age: 40,
    });
    expect(who('The intruder, said to be a North Korean soldier in his twenties, wants to defect.')).toMatchObject({
      role: 'soldier',
      age: 20,
      ageTo: 29,
    });
    // Nationality as an adjective before anything but a person is nobody.
    expect(who('The South Korean military said the drills were routine.')).toBeUndefined();
    // Setting out is no crossing: a patrol sets out too.
    expect(who('A patrol of eight soldiers set out on a routine search mission.')).toBeUndefined();
    expect(who('하사 계급장을 단 이 병사는 귀순을 결심했다고 진술했다.')).toMatchObject({ rank: 'staff sergeant' });
    // Some of them: who they were, not how many.
    expect(who('이들 가운데 1명은 북한군 소좌로 확인됐다.')).toMatchObject({ rank: 'major', count: undefined });
  });

  it('reads two people\'s ages told together ("20대와 50대 남성으로", "men in their thirties and forties")', () => {
    expect(
      findCrosser('판문점을 넘어 북측으로 간 이들은 20대와 50대 남성으로, 고향으로 돌아가겠다는 뜻을 밝혔다.')
        ?.ageSpans,
    ).toEqual([
      [20, 29],
      [50, 59],
    ]);
    expect(
      findCrosser('All six, men in their thirties and forties, had said they wanted to go home.')?.ageSpans,
    ).toEqual([
      [30, 39],
      [40, 49],
    ]);
    expect(
      findCrosser('The 59-year-old and his 51-year-old companion were led across at the truce village.'),
    ).toMatchObject({
      count: 2,
      ageSpans: [
        [59, 59],
        [51, 51],
      ],
    });
    // "… or …" is one person's uncertain age.
    expect(who('A North Korean soldier in his late teens or early 20s crossed the MDL.')).toMatchObject({ age: 16 });
    expect(
      findCrosser('A North Korean soldier in his late teens or early 20s crossed the MDL.')?.ageSpans,
    ).toBeUndefined();
  });

  it('reads an age said in native Korean numbers ("서른네 살", "열아홉 살", "스무 살")', () => {
    expect(who('당시 서른네 살이던 그는 뒷좌석 바닥에 웅크린 채 귀순에 성공했다.')).toMatchObject({ age: 34 });
    expect(who('이 병사는 올해 열아홉 살의 하사 계급으로, 귀순을 결심했다고 진술했다.')).toMatchObject({
      age: 19,
      rank: 'staff sergeant',
    });
    expect(who('스무 살 북한군 병사가 군사분계선을 넘어 귀순했다.')).toMatchObject({ age: 20, role: 'soldier' });
    // "세 명" is a count, not an age.
    expect(who('북한 주민 세 명이 목선을 타고 넘어왔다.')).toMatchObject({ count: 3, age: undefined });
  });

  it("counts the story's people told again by number: aboard, rescued, a trio, and a Korean total after 등", () => {
    expect(who('The four aboard were handed to investigators.')).toMatchObject({ count: 4 });
    expect(who('The four men rescued from the sinking boats were taken away for questioning.')).toMatchObject({
      count: 4,
    });
    expect(who('The trio were later given a compass.')).toMatchObject({ count: 3 });
    expect(who('The pair of boats turned back.')).toBeUndefined();
    // "a" before people told in the plural counts no one.
    expect(
      who('Troops fired warning shots to turn back a party of North Korean soldiers who had wandered over the MDL.'),
    ).toMatchObject({ role: 'soldier', count: undefined });
    expect(who('남성 11명과 여성 20명 등 31명을 태운 목선이 NLL을 넘어왔다.')).toMatchObject({ count: 31 });
    expect(who('감시장비에 잡힌 북한군 병사 1명은 수풀에 몸을 숨겼다.')).toMatchObject({ role: 'soldier', count: 1 });
  });

  it('reads no way from "탈북으로", "남북으로" or "동북쪽으로"', () => {
    expect(readClaims('단순 표류가 아닌 계획된 탈북으로 보고 있다.').direction).toBeUndefined();
    expect(readClaims('남북으로 갈라진 뒤 처음이다.').direction).toBeUndefined();
    expect(readClaims('목선은 속초항 동북쪽으로 약 10km 떨어진 해상에서 발견됐다.').direction).toBeUndefined();
    expect(readClaims('그는 북쪽으로 헤엄쳐 갔다.').direction?.value).toBe('south-to-north');
  });

  it('reads those hurt by an act and those who crossed, told again by that act ("넘어온 두 사람은")', () => {
    expect(
      who('The crisis began with the mines that tore into three young South Korean soldiers on August 4.'),
    ).toMatchObject({
      origin: 'south-korea',
      role: 'soldier',
      count: 3,
    });
    expect(who('판문점을 넘어온 두 사람은 중국 국적의 조선족 동포 부부인 것으로 파악됐다.')).toMatchObject({
      origin: 'other',
      count: 2,
    });
  });
});

describe('readClaims, from batches 95-97', () => {
  it('reads how far a boat came over the line as no size, and a tally over years as general', () => {
    expect(
      readClaims('경비정 1척은 이날 백령도 서쪽 해상에서 NLL을 0.5노티컬마일(약 0.9㎞)가량 침범했다.').generic,
    ).toBe(0);
    expect(readClaims('The boat came 2 km into the South before it turned back.').generic).toBe(0);
    expect(readClaims('최근 5년 사이 재입북한 것으로 확인된 탈북민은 11명이다.').generic).toBeGreaterThan(0);
    expect(readClaims('In the past five years, 11 defectors have gone back to the North.').generic).toBeGreaterThan(0);
  });

  it('reads a vault over a barrier as a fence climbed, and reported speech\'s "had defected" as no former defector', () => {
    const c = readClaims(
      'Officials accepted that he had defected by vaulting the barrier rather than cutting through it.',
    );
    expect(c.methods.map((m) => m.value)).toEqual(['climbed-fence']);
    expect(c.formerDefector).toBe(false);
    expect(readClaims('A man who had defected to the South in 2017 swam back.').formerDefector).toBe(true);
  });

  it('reads no one in a rank glossed by our own army\'s ("상위(우리 군 중위와 대위 사이 계급)")', () => {
    expect(
      who('북한군 변용관 상위(우리 군 중위와 대위 사이 계급)가 이날 오전 초소로 넘어왔다.')?.origin,
    ).toBeUndefined();
  });

  it('reads one left out of a return as staying, and trading fire as a clash', () => {
    expect(readClaims('1명은 조사 과정에서 귀순 의사를 밝혀 송환 대상에서 빠졌다.').result?.value).toBe('stayed');
    expect(readClaims('나머지 2명은 판문점을 통해 송환됐다.').result?.value).toBe('repatriated');
    expect(
      readClaims('Two Koreas trade machine-gun fire after North targets leaflet balloons').events.map((e) => e.value),
    ).toContain('armed-clash');
  });

  it('reads a group by its size in "one of the two", an age "then", and who a Korean participle tells again', () => {
    expect(who('One of the two fishermen walks across the line at Panmunjom.')).toMatchObject({ count: 2 });
    expect(who('The then 22-year-old defector had driven a jeep across a bridge.')).toMatchObject({ age: 22 });
    expect(who('군 소식통은 귀순한 북한군이 20대 중사로, 발견 당시 북한 군복 차림이었다고 전했다.')).toMatchObject({
      origin: 'north-korea',
      rank: 'sergeant first class',
    });
  });

  it("reads a wish to stay as staying, a policy for whoever wishes so as general, and a line's mark as no event", () => {
    expect(readClaims('구조된 선원 8명은 모두 남측에 남고 싶다는 뜻을 밝혔다.').result?.value).toBe('stayed');
    expect(
      readClaims('정부는 구조된 북한 주민이 돌아가기를 원하면 송환하고, 남기를 원하면 정착 절차를 밟게 하고 있다.')
        .generic,
    ).toBe(1);
    expect(
      readClaims('In the truce village the Military Demarcation Line is marked by a low concrete divider.').generic,
    ).toBeGreaterThan(0);
  });
});

describe('batches 01-06: who a sentence says crossed', () => {
  it('reads who someone turned out to be from "월북한 사람은 …" and a predicate that "seems" or is "said"', () => {
    expect(
      who('합참 관계자는 "월북한 사람은 북한 출신이 아니라 남한에서 나고 자란 민간인인 것으로 보인다"고 전했다.'),
    ).toMatchObject({
      origin: 'south-korea',
      role: 'civilian',
    });
    expect(who('군 당국은 월북한 사람이 남한에서 나고 자란 민간인이라고 밝혔다.')).toMatchObject({
      origin: 'south-korea',
      role: 'civilian',
    });
  });

  it('reads a name given right after who someone is ("a soldier named …")', () => {
    expect(
      who('The wounded defector, a South Korean soldier named Oh Chong Song, survived several rounds of surgery.'),
    ).toMatchObject({ origin: 'south-korea', role: 'soldier', name: 'Oh Chong Song' });
  });

  it('reads the story’s crosser told again by nationality or rank, whatever he did next', () => {
    expect(
      who(
        'The North Korean soldier hid for hours before he was found and defected, telling the troops he wanted to stay.',
      ),
    ).toMatchObject({ origin: 'north-korea', role: 'soldier' });
    expect(
      who('On 18 July 2023 the private first class had been due to fly back to Texas to face disciplinary action.'),
    ).toMatchObject({ rank: 'private first class' });
    expect(
      who('At the time, Specialist King had just finished weeks in a South Korean detention facility.'),
    ).toMatchObject({ rank: 'specialist', name: 'King' });
    expect(
      who('Some outlets are describing the man as a first sergeant who crossed the border on foot.'),
    ).toMatchObject({
      rank: 'first sergeant',
    });
  });

  it('reads "Private First Class" as a rank, not as a name', () => {
    expect(
      who(
        'King, a Private First Class who joined the Army in January 2021, had served two months in a South Korean jail.',
      ),
    ).toMatchObject({ name: 'King', rank: 'private first class' });
  });

  it('reads an age told as "Name, who was 26 when …"', () => {
    expect(who('Oh, who was 26 when he jumped out and ran for the MDL, was chased by four guards.')).toMatchObject({
      name: 'Oh',
      age: 26,
    });
  });

  it('reads a Korean rank told of the story’s person: "이 귀순자의 계급은 부사관인 상사로", "그는 하사 계급의 … 부사관으로,"', () => {
    expect(who('20대로 알려진 이 귀순자의 계급은 부사관인 상사로 전해졌다.')).toMatchObject({
      rank: 'master sergeant',
    });
    expect(who('이 병사의 계급은 하사인 것으로 알려졌다.')).toMatchObject({ rank: 'staff sergeant' });
    expect(
      who('군 당국에 따르면 그는 하사 계급의 19세 부사관으로, 2년 남짓 복무하다 귀순을 결심했다고 진술했다.'),
    ).toMatchObject({ role: 'soldier', rank: 'staff sergeant' });
  });

  it('reads how many the story’s people were after a longer predicate ("이들은 … 북한 남성 2명으로,")', () => {
    expect(
      who(
        '이들은 스티로폼을 몸에 묶은 채 물살을 타고 남쪽으로 내려와 귀순을 시도한 북한 남성 2명으로, 중간선을 넘어선 뒤 도움을 청했다.',
      ),
    ).toMatchObject({ count: 2 });
  });

  it('reads no count from a day ("On 8 August a North Korean civilian …")', () => {
    expect(
      who('On 8 August a North Korean civilian defected by wading across the neutral zone of the Han River estuary.'),
    ).toMatchObject({ text: 'a North Korean civilian', count: 1 });
  });
});

describe('batches 01-06: a sentence about no one event', () => {
  it('reads a share of all who cross, a span of decades and one crossing after another as general', () => {
    for (const text of [
      'Very few North Koreans cross the DMZ directly or swim past the sea border; most defectors in the South left through China.',
      "American soldiers who defected to the North in the decades after the Korean War were used in Pyongyang's propaganda.",
      '최근 들어 접경지역을 직접 넘는 월북이 잇따라 드러났다.',
    ])
      expect(readClaims(text, '2022-01-03').generic, text).toBeGreaterThan(0);
    expect(readClaims('All 16 defectors were then driven off to Seoul.', '2016-04-08').generic).toBe(0);
  });
});

describe('batches 07-09: a name for someone is no act', () => {
  it('reads "월남 도주자" (North Korea’s word for a defector) as no direction, "헤엄쳐 월남했다" as south', () => {
    expect(
      readClaims(
        "북한이 '월남 도주자'가 개성으로 돌아왔다고 발표한 20대 탈북민은 한강 하구를 헤엄쳐 건넌 것으로 보고 있다.",
        '2020-07-27',
      ).direction,
    ).toBeUndefined();
    expect(readClaims('그는 헤엄쳐 월남했다.', '2020-07-27').direction?.value).toBe('north-to-south');
  });
});

describe('batches 10-12: numbers and denials around who crossed', () => {
  it('reads no count from a clock ("At about 6:40 p.m. … a man")', () => {
    expect(who('At about 6:40 p.m. a man climbed the fence at the southern edge of the zone.')?.count).not.toBe(40);
  });

  it('reads "군인이 아닌 민간인" as a civilian, "우리 국민" as South Korean, and a word with its particle as no part of who', () => {
    expect(
      who('군 당국은 월북한 인원이 군인이 아닌 민간인으로, 국내에 거주하는 우리 국민인 것으로 확인했다.'),
    ).toMatchObject({
      text: '인원',
      role: 'civilian',
    });
    expect(who('월북한 사람은 국내에 거주하는 우리 국민인 것으로 확인됐다.')).toMatchObject({ origin: 'south-korea' });
  });
});

describe('batches 13-15: pushed back is not driven', () => {
  it('reads "to drive back two patrol boats" as no vehicle, "drove the jeep" as one', () => {
    expect(
      readClaims(
        'The navy fired warning shots to drive back two North Korean patrol boats that strayed south.',
        '2014-04-25',
      ).methods.map((m) => m.value),
    ).not.toContain('vehicle');
    expect(readClaims('He drove the jeep toward the line.', '2017-11-14').methods.map((m) => m.value)).toContain(
      'vehicle',
    );
  });
});

describe('batches 19-21: ranks told again', () => {
  it('reads a rank opening a sentence as its subject, and a long appositive after a surname', () => {
    expect(
      readClaims('The lieutenant immediately gave his name and said he wanted to defect.', '2024-08-21').who?.rank?.key,
    ).toBe('lieutenant');
    expect(readClaims("The sergeant's unit was stationed in Goseong.", '2024-08-21').who).toBeUndefined();
    const oh = readClaims(
      'Oh, then a private in the unit guarding the northern side of the truce village, defected on November 13, 2017.',
      '2018-11-20',
    ).who;
    expect([oh?.name, oh?.rank?.key]).toEqual(['Oh', 'private']);
  });
});

describe('batches 22-24: datelines and people who did not cross', () => {
  it('reads nothing from a dateline: not the city it was filed in, nor a sea in the outlet’s name', () => {
    const c = readClaims(
      '(속초=동해뉴스통신) 박상철 기자 = 북한 주민 2명이 탄 소형 목선이 4일 북방한계선(NLL)을 넘어 내려왔다.',
      '2011-10-04',
    );
    expect([c.places.length, c.regions.length, c.who?.count]).toEqual([0, 0, 2]);
    expect(
      readClaims('PAJU, South Korea, Oct. 19 (AP) — Troops exchanged fire on Sunday.', '2014-10-19').places,
    ).toEqual([]);
  });

  it('takes no people seen right after a crossing for who crossed, and reads a part of a group as such', () => {
    expect(
      readClaims('군은 A씨가 군사분계선을 넘어간 직후 북측에서 4명이 나타난 모습이 잡혔다고 밝혔다.', '2022-01-02').who
        ?.count,
    ).toBeUndefined();
    const part = readClaims('구조된 북한 주민 4명 가운데 2명이 귀순 의사를 밝혀 남한에 머물게 됐다.', '2017-06-20').who;
    expect([part?.count, part?.part]).toEqual([4, 2]);
  });
});

describe('batches 25-27: someone supposed, not said to have crossed', () => {
  it('reads no crosser in a possibility the sentence weighs or rules out', () => {
    expect(
      readClaims(
        '황 처장은 브리핑에서 인원 변동이 없다고 밝혀, 우리 장병이 월북했을 가능성은 일찌감치 배제됐다.',
        '2004-10-27',
      ).who,
    ).toBeUndefined();
    expect(
      readClaims('Officials ruled out the possibility that a soldier had defected.', '2004-10-27').who,
    ).toBeUndefined();
    expect(readClaims('우리 장병이 철책을 넘어 월북했다.', '2004-10-27').who?.role).toBe('soldier');
  });
});

describe('batches 25-27: a rank capitalised', () => {
  it('is not taken for a name', () => {
    const c = readClaims(
      'Witnesses say the Private First Class, a cavalry scout with the 1st Armored Division, kept to himself before he crossed the border.',
      '2023-07-19',
    );
    expect(c.who?.rank?.key).toBe('private first class');
    expect(c.who?.name).toBeUndefined();
    expect(readClaims('King, a private on a tour of the JSA, crossed the border.', '2023-07-19').who?.name).toBe(
      'King',
    );
  });
});

describe('batches 25-27: a crossing’s nickname', () => {
  it('tells no way of the crossing the sentence is about', () => {
    expect(
      readClaims("당시 그는 체조를 해 본 경력이 있다고 진술해 '점프 귀순'으로 불렸다.", '2022-01-05').direction,
    ).toBeUndefined();
    expect(readClaims("이른바 '노크 귀순'이라는 이름이 붙었다.", '2012-10-15').direction).toBeUndefined();
    expect(readClaims('그는 2020년 11월 철책을 넘어 귀순했다.', '2022-01-05').direction?.value).toBe('north-to-south');
  });
});

describe('batches 28-30: an age after a name', () => {
  it('reads "Oh, then 22," as his age then', () => {
    const c = readClaims('Oh, then 22, sped a jeep across a bridge toward the truce village.', '2018-11-20');
    expect(c.who).toMatchObject({ name: 'Oh', age: 22 });
  });
});

describe('batches 31-33: someone named by an earlier crossing', () => {
  it('reads no way in "당시 귀순자"', () => {
    expect(
      readClaims('군 관계자는 감시 장비에 찍힌 인상착의가 당시 귀순자와 같았다고 설명했다.', '2022-01-03').direction,
    ).toBeUndefined();
    expect(readClaims('이 귀순자는 철책을 넘어 남쪽으로 내려왔다.', '2022-01-03').direction?.value).toBe(
      'north-to-south',
    );
  });
});

describe('batches 34-36: ways told of someone before, and "북한으로"', () => {
  it('reads no way in a crossing the person made a year or more before ("1년 전 … 내려왔던 탈북민")', () => {
    const c = readClaims(
      '지난 1일 밤 철책을 넘어 북한으로 간 남성은 1년 2개월 전 같은 철책을 넘어 내려왔던 탈북민으로 확인됐다.',
      '2022-01-03',
    );
    expect(c.direction?.value).toBe('south-to-north');
    // Told without a look back in time, "-던" is the crossing the sentence tells.
    expect(readClaims('철책을 넘어 내려왔던 남성은 곧바로 붙잡혔다.', '2022-01-03').direction?.value).toBe(
      'north-to-south',
    );
  });
  it('reads "북한으로" and "남한으로" as ways', () => {
    expect(readClaims('그는 헤엄쳐 북한으로 갔다.', '2020-07-26').direction?.value).toBe('south-to-north');
    expect(readClaims('그는 배를 타고 남한으로 왔다.', '2020-07-26').direction?.value).toBe('north-to-south');
    expect(readClaims('남북한으로 나뉜 뒤 처음이다.', '2020-07-26').direction).toBeUndefined();
  });
});

describe('batches 34-36: what a word means', () => {
  it('counts a definition or a question about words as about no event', () => {
    expect(
      readClaims('월북은 남에서 북으로 경계를 넘는 것을 말하고, 그 반대는 월남이다.', '2022-01-03').generic,
    ).toBeGreaterThan(0);
    expect(readClaims("Q. '월북'과 '재입북'은 어떻게 다른가.", '2022-01-03').generic).toBeGreaterThan(0);
    expect(
      readClaims('The term defector refers to anyone who leaves the North for good.', '2022-01-03').generic,
    ).toBeGreaterThan(0);
    expect(readClaims('그는 철책을 넘어 북으로 갔다.', '2022-01-03').generic).toBe(0);
  });
});

describe('batches 40-42: who someone is, said before "이 남성은"', () => {
  it('reads "북한군 병사인 이 남성은" as a soldier of the North', () => {
    expect(who('20대 초반의 북한군 병사인 이 남성은 붙잡힌 뒤 귀순 의사를 밝혔다.')).toMatchObject({
      origin: 'north-korea',
      role: 'soldier',
    });
    expect(who('민간인인 이 남성은 붙잡힌 뒤 귀순 의사를 밝혔다.')).toMatchObject({ role: 'civilian' });
  });
});
