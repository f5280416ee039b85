import type { Direction, IncidentType, Method, Nationality, Origin, Region, Result, Role, Route } from '../data/enums';
import type { Incident } from '../data/schema';
import { EN_CLOCK, MONTH_RE, readDates, type FoundDate, type YearlessDate } from './dates';
import {
  DIRECTION_WORDS,
  EVENT_WORDS,
  FORMER_DEFECTOR,
  GENERIC_CUES,
  NOT_ONE_EVENT_CUES,
  KIND_ROUTES,
  METHOD_WORDS,
  NATIONALITY_WORDS,
  ORIGIN_WORDS,
  PLACES,
  RANK_WORDS,
  REGION_WORDS,
  RESULT_WORDS,
  ROLE_WORDS,
  ROUTE_WORDS,
  findAll,
  type Place,
  type Rank,
} from './lexicon';
import { EN_NUMBER_WORDS, KO_AGE_WORD, KO_NUMBER_WORDS, koreanAge } from './numbers';
import { inShortQuote } from './text';

/**
 * What a piece of text asserts about an incident: who crossed (and how many,
 * what rank, from where), which way, where, when, how, and how it ended. Each
 * claim keeps the words it was read from, so a warning can quote the article.
 * Pure: no DOM, no dataset.
 */

export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

/** The person or group the text says crossed. */
export interface WhoClaim {
  origin?: Origin;
  /** For origin 'other': the country the text gives ("a Polish student"). */
  nationality?: Nationality;
  role?: Role;
  rank?: Rank;
  age?: number;
  /** With an age told as a span ("in his 20s", "20대 중반", "late teens"): its upper end, `age` its lower. */
  ageTo?: number;
  /** Two people's ages told together ("50대와 20대 남성", "men in their 30s and 50s"): each one's span. */
  ageSpans?: ReadonlyArray<readonly [from: number, to: number]>;
  count?: number;
  /** The count is rough: "about 20", "20여 명", "more than 10". */
  approx?: boolean;
  formerDefector?: boolean;
  sex?: 'male' | 'female';
  /** A name the text gives them ("King, 25, …"): only someone of that name in the record is this person. */
  name?: string;
  /** Of the group named, how many the sentence tells of ("선원 5명 가운데 2명은"): the group may hold others too. */
  part?: number;
  /** The noun phrase as written ("a 19-year-old North Korean private"). */
  text: string;
  start: number;
  end: number;
}

export interface DirectionClaim extends Found<Exclude<Direction, 'none'>> {
  /** Read only from a return done to someone ("sent back to North Korea", "북으로 돌려보냈다"). */
  byReturn?: boolean;
  /** Read beside a return done to someone, outside it; with the way that return says, if it says one. */
  besideReturn?: { way?: DirectionClaim };
}

export interface Claims {
  who?: WhoClaim;
  direction?: DirectionClaim;
  regions: Array<Found<Region>>;
  places: Array<Found<Place>>;
  routes: Array<Found<Route>>;
  methods: Array<Found<Method>>;
  dates: FoundDate[];
  /** On a page with no date to go by: days and months without a year. */
  yearless: YearlessDate[];
  events: Array<Found<IncidentType>>;
  result?: Found<Result>;
  formerDefector: boolean;
  /** How many signs of a general statement (sizes, totals, habits) the text shows. */
  generic: number;
  /** The text speaks of someone defecting (changing sides), not only of the border. */
  defection: boolean;
}

/** Number words, and the words that count one or two people ("a lone soldier", "the pair"). */
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  lone: 1,
  single: 1,
  ...EN_NUMBER_WORDS,
  couple: 2,
  pair: 2,
};

const NUM = String.raw`(?:\d{1,3}|a|an|one|lone|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty(?:-one)?|thirty(?:-one)?)`;
const PERSON_NOUN = String.raw`(?:soldiers?|troops?|servicem[ae]n|privates?|(?:staff\s+|master\s+)?sergeants?|corporals?|(?:second\s+|first\s+)?lieutenants?|majors?|conscripts?|deserters?|non-?commissioned\s+officers?|NCOs?|officers?|civilians?|residents?|m[ae]n|wom[ae]n|person|people|individuals?|fisher(?:man|men)|sailors?|seam[ae]n|crews?|crew(?:m[ae]n|\s+members?)|(?:fisheries\s+|government\s+)?officials?|diplomats?|tourists?|students?|gymnasts?|farmers?|workers?|labou?rers?|defectors?|famil(?:y|ies)|teen(?:ager)?s?|boys?|girls?|youths?|koreans?|americans?|escapees?|commandos?|agents?|east\s+germans?|russians|czechs|filipinos|mongolians|chinese|vietnamese|japanese|couples?|pairs?(?!\s+of\b)|duos?|trios?|husband\s+and\s+wife)`;
/** "6:40 p.m.", "10:15", "9 a.m.": a time of day. */
const CLOCK = new RegExp(String.raw`${EN_CLOCK.source}|\b\d{1,2}:\d{2}\b`, 'gi');
/** "June 18", "8 August", "Aug. 20th": a day of a month, whose number counts no one. */
const DAY_OF_MONTH = new RegExp(
  String.raw`\b(?:${MONTH_RE}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_RE})(?![\w-])`,
  'gi',
);
/**
 * "Very few North Koreans", "most defectors", "many soldiers", "three groups totalling nine North Koreans": a share of
 * all who cross, or a tally, not someone who did.
 */
const QUANTIFIED =
  /^(?:(?:very\s+|only\s+a\s+|relatively\s+)?(?:few|most|many|hardly\s+any)\s|\S+\s+(?:groups|boats|cases)\s+totall?ing\b)/i;
/** Subject noun phrase: determiner/number, up to five modifiers, a person noun, an optional name. */
const MODIFIER = String.raw`(?!(?:has|have|had|is|are|was|were|been|will|would|could|may|might)\s)(?!(?:found|caught|spotted|rescued|detected|captured|discovered|detained|picked|saw|took|sent|handed|guided|escorted)\s+(?:the|a|an|all|both|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s)(?!(?:when|where|who|which|that|and|or|but|since|after|before|as|if|while|because|said|says?|tells?|told|add(?:s|ed)?|believes?|thinks?|suspects?|on|in|at|by|with|from|to|carrying|carried)\b)[\w'’.-]*\w[\w'’.-]*\s+`;
const EN_SUBJECT = String.raw`(?:\b(?:the|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|both|all|his|its)\s+)?(?:(?:family|group|boatload|crew)\s+of\s+${NUM}\b(?!\s+(?:[\w'’.-]+\s+){0,4}?${PERSON_NOUN}\b)|(?:(?:family|group|boatload|crew)\s+of\s+${NUM}\s+)?(?:${MODIFIER}){0,5}?${PERSON_NOUN}\b)`;
/** What the person a sentence tells of did: crossed, was found or sent back, or set off a mine (a blast record's people). */
const EN_CROSS_VERB = String.raw`(?:(?:has|have|had|been|was|were|is|are|then|later|also|who|\w{3,}ly|(?:trying|tried|attempting|attempted|wanted|wants|intended|intends|meant|means|sought|seeking|planned|plans|hoped|hopes|decided|chose|made\s+up\s+(?:his|her|their)\s+minds?)\s+to)\s+){0,3}(?:defect(?:ed|s|ing)?|cross(?:ed|es|ing)?|fled|flees?|escaped?|swam|swims?|walked|walks|ran|runs|dashed|sprinted|raced|(?:went|goes|came|comes)(?!\s+(?:(?:out\s+)?to\s+(?:look|check|search|see|find|investigate|help|rescue|inspect|confirm|meet|greet|intercept|question)|aboard|on\s+board|after|along|alongside|around|in\s+search)\b)|sailed|steered|piloted|rowed|paddled|motored|drifted|floated|strayed|wandered|slipped|crept|sneaked|snuck|climbed|jumped|vaulted|scaled|entered|returned|arrived|reached|surrendered|made\s+(?:a|his|her|their|the)\s+(?:\w+\s+){0,2}(?:defection|escape|dash|crossing|way)|makes?\s+(?:a\s+)?(?:\w+\s+){0,2}(?:defection|escape|dash|crossing)|(?:was|were|are|is|(?:has|have|had)\s+been)\s+(?:first\s+|later\s+|then\s+|\w{3,}ly\s+)?(?:found|spotted|detected|caught|rescued|picked\s+up|taken\s+into\s+custody|deported|repatriated|returned|sent\s+back|handed\s+over|shot|wounded|injured|maimed)|stepped\s+on|set\s+off|triggered)\b`;
const EN_CROSSER = new RegExp(
  String.raw`\b(${EN_SUBJECT})(?:,\s+[^,]{1,80},|\s+who\s+(?:(?!\b(?:he|she|they|him|her|them)\b)[^,.;]){1,60}?|\s+(?:believed|thought|said|reported)\s+to\s+(?:be|have\s+been)\s+[^,.;]{1,40}?|\s+(?:rescued|found|picked\s+up|caught|detained|held|seized|captured|aboard|on\s+board|from|of(?!\s+(?:a|an|his|her|their)\s+(?:wish|desire|intention|plan|hope)\b)|in\s+(?:his|her|their))\s+[^,.;]{1,50}?)?(?:\s+[a-z]{3,}ed\s+[^,.;]{1,60}?\s+and|\s+(?:are|is|was|were)\s+(?:being\s+)?[a-z]{3,}ed\s+(?:after|when|because|as)\s+(?:they|he|she))?\s+${EN_CROSS_VERB}`,
  'gi',
);
/**
 * "이 병사는 23세로, …", "이들은 … 중국 어선의 선원들로, …", "이들 5명은 … 선원들로 파악됐으며", "이들은 모두 4명으로,", "이 40대
 * 남성은", "당시 서른네 살이던 그는": the story's people told again by age, number or who they were (read by
 * predicateAround), with no verb of crossing in reach.
 */
/** "이들 3명은 곧바로 관계기관으로 넘겨져 … 조사를 받고 있다": those taken in, told again by their number as they are dealt with. */
const KO_IN_CUSTODY = String.raw`[^.。]{0,30}?(?:조사를\s?받|합동\s?신문|(?:관계\s?)?기관(?:으로|에)\s?(?:넘겨|인계)|귀순\s?의사를\s?(?:밝|표명))`;
const KO_DEFINITE = new RegExp(
  String.raw`(?<![가-힣])((?:이|그|해당)\s(?:북한군\s)?(?:병사|군인|장병|하전사|주민|어민|민간인|남성|여성|남자|여자|인물|인원|탈북민|하사|중사|상사|병장|상병|일병|이병)|그(?=[는가]\s)|이들(?:\s(?:부자|부녀|모자|모녀|부부|형제|남매|자매|일가족|일행|(?:두|세|네|다섯)\s?가족))?(?:\s\d{1,2}\s?명)?|이들\s(?:가운데|중)\s(?:\d{1,2}|한|두|세|네)\s?명)(?=(?:은|는|이|가)\s(?:\d{1,2}\s?(?:세|살)(?:로|이며|이고|였|이었|,|\s)|[^.。,]{1,60}?(?:으로|로)(?:,\s|\s(?:[가-힣]+(?:은|는|이|가)\s)?(?:파악|확인|알려|전해|추정|드러|조사))|${KO_IN_CUSTODY}))|(?<![가-힣])((?:(?:이|그|해당)\s(?:\d0\s?대(?:\s?(?:초반|중반|후반))?|\d{1,2}\s?(?:세|살))|(?:\d0\s?대(?:\s?(?:초반|중반|후반))?|\d{1,2}\s?(?:세|살))인\s(?:이|그|해당))\s(?:북한군\s)?(?:병사|군인|장병|하전사|주민|어민|민간인|남성|여성|남자|여자|탈북민|하사|중사|상사|병장|상병|일병|이병))(?=(?:은|는|이|가)\s)|(?<![가-힣])((?:당시\s)?(?:\d{1,2}\s?(?:세|살)|${KO_AGE_WORD}\s?살)(?:이던|였던|인)\s그)(?=(?:는|가)\s)|(?<![가-힣])((?:이|그|해당)\s북한군?\s(?:병사|군인|장병|하전사|주민|어민|민간인|남성|여성))(?=(?:은|는|이|가)\s)|(?<![가-힣])((?:북한군?\s)?(?:병사|군인|장병|하전사|주민|어민|민간인|하사|중사|상사|병장|상병|일병|이병)인\s(?:이|그|해당)\s(?:남성|여성|남자|여자|사람|인물))(?=(?:은|는|이|가)\s)`,
  'g',
);
/**
 * "The soldier, aged 21, told investigators he decided to defect", "the civilian, whose identity …, made clear after he
 * was brought ashore that he intended to defect": someone telling of their own crossing (an appositive says who they are).
 */
const EN_OWN_ACCOUNT = new RegExp(
  String.raw`\b(the\s+(?:${MODIFIER}){0,3}?(?:soldier|private|sergeant|corporal|conscript|defector|man|woman|teen(?:ager)?|youth|boy|girl|civilian|fisherman|farmer|worker|escapee|swimmer)(?:,\s+[^,]{1,60},)?)\s+(?:(?:reportedly|allegedly|apparently|later|also|then|initially)\s+)?(?:told(?:\s+\w+){0,2}|said|says|explained|testified|confessed|insisted|made\s+(?:it\s+)?clear)(?:\s+[^,.;]{1,40}?)?\s+(?:that\s+)?(?:he|she)\s+${EN_CROSS_VERB}`,
  'gi',
);
/**
 * "The 24-year-old has told interrogators …", "The 21-year-old private then spent the night …": someone told again
 * by their exact age, whatever they did next (an age is said of one particular person, the one the story is about).
 */
const EN_DEFINITE_AGE = new RegExp(
  String.raw`\b(the\s+(?:then[- ])?\d{1,2}[- ]year[- ]old(?:\s+(?:${MODIFIER}){0,3}?${PERSON_NOUN})?)\b(?![-'’])(?:,\s+[^,]{1,160},)?(?!\s+(?:of|from|in|at|on|to|and|or|with|for|by)\b)(?=\s+[a-z])`,
  'gi',
);
/** "The 69-year-old and his 51-year-old companion": two people told again by their ages. */
const EN_AGE_PAIR = new RegExp(
  String.raw`\b(the\s+(\d{1,2})[- ]year[- ]old(?:\s+[a-z]+)?\s+and\s+(?:his|her|their)\s+(\d{1,2})[- ]year[- ]old\s+(?:[a-z]+\s+)?(?:companion|wife|husband|son|daughter|father|mother|brother|sister|partner|friend))\b`,
  'gi',
);
/**
 * "All 16 defectors were then driven off …", "the four fishermen asked …", "The four people aboard, …", "The four men
 * rescued from the sinking boats were …", "The five who defected …", "The trio were …": the story's people told
 * again by their number, whatever they did next (only nouns for those who
 * crossed: "the two soldiers" may be the guards).
 */
const EN_DEFINITE_COUNT = new RegExp(
  String.raw`\b((?:all|the|these|those)\s+(?!\d{3})${NUM}\s+(?:(?:North\s+Korean|would-be|young|other)\s+)?(?:defectors|North\s+Koreans|fishermen|escapees|crossers|swimmers|castaways|crew(?:men|\s+members)|sailors|civilians|residents|(?:people|persons)\s+(?:aboard|on\s+board)|aboard|on\s+board|(?:men|women|people)\s+(?:rescued|picked\s+up)(?:\s+(?:from|off)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:boats?|ships?|vessels?|waters?|sea))?)\b(?=,|\s+(?:on\s+board|aboard)\b|\s+(?:were|was|are|had|have|then|later|also|all|each|told|said|asked|wanted|wished|[a-z]{3,}ed)\b)|the\s+(?:trio|pair|duo)\b(?=\s+(?:were|was|are|had|have|then|later|also|all|each|told|said|asked|wanted|wished)\b)|(?:all|the)\s+(?!\d{3})${NUM}(?:\s+(?:men|soldiers|commandos|agents|infiltrators|people|North\s+Koreans))?(?=\s+who\s+(?:had\s+)?(?:defected|crossed|fled|escaped|arrived|came|swam|walked|sailed|infiltrated)\b))`,
  'gi',
);
/** "The four told the coast guard …", "The three were brought to Incheon": a group told again by its number alone. */
const EN_BARE_COUNT = new RegExp(
  String.raw`\b(the\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))(?=\s+(?:told|said|were|had|have|asked|wanted|expressed|arrived|crossed|defected|fled|came|reached|will|would)\b)`,
  'gi',
);
/** Where an appositive ("a sergeant with …", "a student attached to …") stops saying who someone was. */
const APPOSITIVE_END = String.raw`(?=,|\s+who\b|\s+(?:has|had|was|is|with|attached|assigned|posted|stationed|working|studying|serving)\b)`;
/**
 * "King, 25, a cavalry scout who …", "Abshier, a sergeant with …", "White, then a sergeant …", "Oh, who was 24 when …":
 * someone named, with their age or who they were.
 */
const EN_NAMED = new RegExp(
  String.raw`\b(([A-Z][a-z]+(?:\s[A-Z][a-z]+|-[A-Za-z][a-z]+){0,2}),\s+(?=(?:then\s+)?\d{1,2},|(?:then\s+)?(?:a|an)\s|who\s+was\s+\d{1,2}\b)(?:(?:then\s+)?(\d{1,2}),|who\s+was\s+(\d{1,2})\b)?(?:\s*(?:then\s+)?(?:a|an)\s+(?:(?!\s[-–—]\s)[^,]){1,90}?${APPOSITIVE_END})?)`,
  'g',
);
/** Whether words are a rank and nothing more ("Private First Class", "Sergeant"). */
const isRank = (words: string) => findAll(RANK_WORDS, words).some((r) => r.start === 0 && r.end === words.length);

/** "(a soldier) named Oh Chong Song", "(the defector, a sergeant) called Jung": the name given right after who someone is. */
const NAMED_AFTER = /^\s+(?:named|called)\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})\b/;
/** "Sgt. White", "Corporal White", "Pvt. Travis King": someone named with their rank. */
const EN_TITLED = new RegExp(
  String.raw`\b((?:Pvt\.|Pfc\.|PFC|Cpl\.|Sgt\.|Spc\.|Specialist|Private(?:\s+First\s+Class)?|Corporal|Sergeant|Staff\s+Sergeant)\s+(?:[A-Z]\.\s+)?(?!(?:First|Second)\s+Class\b)([A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+)?))\b`,
  'g',
);
/** The people a return is done to: "sent all 31 North Koreans … back", "handed the seven fishermen … back". */
const EN_RETURNED = new RegExp(
  String.raw`\b(?:sent|handed|returned|repatriated|deported|expelled)\s+(${EN_SUBJECT})(?:\s+[^,.;]{0,50}?)?\s+(?:back|home|over)\b`,
  'gi',
);
/**
 * The people taken in or hurt: "took all five would-be defectors into custody", "rescued two North Korean fishermen",
 * "the mines that maimed two South Korean soldiers".
 */
const EN_TAKEN = new RegExp(
  String.raw`\b(?:(?:took|takes|taking|taken)(?:\s+custody\s+of)?|rescued|rescues|picked\s+up|guided|escorted|detained|captured|found|spotted|discovered|came\s+across|maimed|maiming|wounded|wounding|injured|injuring|tore\s+into)\s+(${EN_SUBJECT})(?=\s+(?:into|in|to|from|aboard|after|at|on|off|near|who|and|,|\.)|[,.])`,
  'gi',
);
/** "the defection of a North Korean soldier in Cheorwon", "the return of the seven": who an act named as a noun was of. */
const EN_ACT_OF = new RegExp(
  String.raw`\b(?:defection|crossing|escape|flight|dash|swim|return|repatriation|arrival)\s+of\s+(${EN_SUBJECT})\b(?!\s+${PERSON_NOUN}\b)`,
  'gi',
);
/** "a boat carrying four North Koreans", "five people were on board", "a boat with seven aboard": who was aboard a boat that crossed. */
const EN_ABOARD = new RegExp(
  String.raw`\b(?:carrying|with)\s+(${NUM}\s+(?:[\w'’-]+\s+){0,3}${PERSON_NOUN}|${NUM})\s+(?:on\s+board|aboard)\b|\b(?:on\s+board|aboard)\s+(?:were|was)\s+(${NUM}\s+(?:[\w'’-]+\s+){0,3}${PERSON_NOUN})\b|\b(${NUM}\s+(?:[\w'’-]+\s+){0,3}${PERSON_NOUN})\s+(?:were|was)\s+(?:on\s+board|aboard)\b`,
  'gi',
);
const KO_ROLE = String.raw`(?:병사|군인|장병|하전사|주민|어민|민간인|남성|여성|선원|공무원|탈북민|하사|중사|상사|병장|상병|일병|이병|소위|중위|대위|소령|소좌|중좌|대좌|상위)`;
/** "5명", "다섯 명", "20여 명". */
const KO_NUM = String.raw`(?:\d+\s?여?|${Object.keys(KO_NUMBER_WORDS).join('|')})\s?명`;
/** "타고 있던", "탔던", "(배에) 탄": those aboard, as a Korean relative clause says it. */
export const KO_ABOARD_PARTICIPLE = String.raw`(?:타고\s(?:있던|온)|탔던|탄)`;
/** "이 목선에는 … 일가족 5명이 타고 있었다", "6명 태운 배": the count is of those aboard the boat. */
const KO_ABOARD = new RegExp(
  String.raw`(?:목선|어선|선박|보트|배)(?:에는|에)\s[^.。]{0,40}?((?:[가-힣]{1,6}\s){0,2}${KO_NUM})(?:이|가)\s?(?:타고|탑승|승선)|((?:[가-힣]{1,6}\s){0,2}${KO_NUM})(?:을|를)?\s?(?:태운|실은)\s?(?:소형\s?|작은\s?)?(?:목선|어선|선박|보트|배)`,
  'g',
);
/** "귀순 의사를 밝힌 북한군 병사 1명을 붙잡았다", "군사분계선을 넘은 20세 병사는": a relative clause says who crossed before the noun it describes. */
const KO_RELATIVE = new RegExp(
  String.raw`(?:귀순\s?의사를\s?(?:밝힌|표명한)|넘어온|넘은|넘어간|건너온|건넌|내려온|헤엄쳐\s?온|귀순한|월남한|월북한)(?:\s?것으로\s?(?:보이는|추정되는|알려진))?\s((?:북한|북측|국군|한국군)?\s?(?:군\s?)?(?:(?:\d{1,2}\s?(?:세|살)|(?!${KO_ROLE}(?:은|는|이|가)\s)[가-힣]{1,6}(?<![가-힣][이가은는을를]))\s){0,2}${KO_ROLE}(?:\s?${KO_NUM})?|[가-힣]모\s?(?:\(\d{1,2}\s?세?\)\s?)?씨|이들\s?${KO_NUM}|(?:북한|북측)\s?군\s?${KO_NUM})(?:을|를|이|가|은|는)`,
  'g',
);
/**
 * "구조된 8명은 모두 …병사들로,", "북송된 탈북어민 두 사람은", "승선 인원 7명은", "배에 타고 있던 4명은", "북으로 돌아간
 * 선원 6명은": those taken in, sent back, aboard or who did the act, by number (not "넘어간 직후 북측에서 4명이", people seen
 * right after it).
 */
/** "구조된", "인계된", "넘겨받은", "북송된": those the authorities took in, handed over or sent back. */
export const KO_TAKEN_PARTICIPLE = String.raw`(?:구조된|인계된|넘겨받은|넘겨진|인도된|북송된|송환된|붙잡힌|잡힌|발견된|포착된|식별된|탐지된)`;
/** "귀순한", "월북한", "돌아간": those who did the story's act (defected, went back), told again by it. */
export const KO_ACT_PARTICIPLE = String.raw`(?:귀순한|월북한|월남한|돌아간|넘어온|넘어간|건너온|건너간)`;
const KO_TAKEN = new RegExp(
  String.raw`(?:${KO_TAKEN_PARTICIPLE}|${KO_ACT_PARTICIPLE}|승선\s?인원|(?<=에\s)${KO_ABOARD_PARTICIPLE})\s((?:(?!(?:직후|직전|이후|당시|무렵|때|뒤|후|전|동안)\s)[가-힣]{1,6}(?<![가-힣][이가은는을를]|에서|에게|으로)\s){0,2}?(?:${KO_NUM}|(?:(?:두|세|네|다섯|여섯|일곱|여덟)\s?)?사람|인원|북한군|병사|군인|남성|여성|주민|어민|선원))(?=(?:은|는|이|가)\s)`,
  'g',
);
/** "중국 국적 선원인 이들 2명이", "탈북민 출신인 강씨는", "북한군 하사였던 그는": who the people told again were, before them. */
const KO_STATUS_BEFORE = new RegExp(
  String.raw`(?<![가-힣])((?:[가-힣]{1,6}\s){0,2}[가-힣]{1,6}(?:인|이던|였던)\s(?:이들(?:\s${KO_NUM})?|그|[가-힣]\s?씨|[A-Z]\s?씨))(?=(?:은|는|이|가)\s)`,
  'g',
);
/** "the private first class had been due to fly home", "The sergeant, …": the story's soldier told again by rank. */
const EN_RANK_NOUN = String.raw`(?:private(?:\s+(?:first|second)\s+class)?|(?:staff\s+|master\s+)?sergeant(?:\s+first\s+class)?|corporal|(?:second\s+|first\s+)?lieutenant)`;
/** Also any sentence it opens as the subject: "The lieutenant immediately gave his name, …" (not "The lieutenant's unit"). */
const EN_DEFINITE_RANK = new RegExp(
  String.raw`\b(the\s+(?:(?:then|young)\s+)?${EN_RANK_NOUN})\b(?=\s+(?:was|is|had|has|told|wanted|appeared|remained|stayed|hid|waited|spent|slept|lay|crouched|surrendered|carried|wore)\b|,)|^(?:(?:but|and|then|later|meanwhile),?\s+)?(the\s+(?:(?:then|young)\s+)?${EN_RANK_NOUN})\b(?!['’]s|\s+(?:of|in|at|from|who|whose|that|major|general|colonel)\b)(?=\s+[a-z])`,
  'gi',
);
/**
 * "The North Korean soldier was unarmed when …", "The North Korean soldier hid for hours …", "The North Korean, thought
 * to be in his 40s, …": the story's crosser told again by nationality, in what he was or did on his way.
 */
const EN_DEFINITE_NK = new RegExp(
  String.raw`\b(the\s+(?:young\s+|lone\s+)?(?:North\s+Korean\s+(?:soldier|defector|civilian|fisherman|private|sergeant|officer|man|woman)|(?:North|South)\s+Korean(?=,\s+(?:thought|believed|said|reported|who|aged|\d)\b)))\b(?=\s+(?:was|is|had|has|told|wanted|appeared|remained|stayed|hid|waited|spent|slept|lay|crouched|surrendered|carried|wore)\b|,)`,
  'gi',
);
/** How an appositive may be introduced: "said to be", "believed to be", "described (by officials) as", "identified as". */
const CALLED = String.raw`(?:(?:said|believed|thought|reported)\s+to\s+be\s+|(?:described|identified)\s+(?:by\s+[^,]{1,30}?\s+)?as\s+)`;
/**
 * "The defector, a 19-year-old private," / "the man, a former gymnast," / "The man, described by officials as a junior
 * North Korean soldier": the person told again, and who they were (to the last noun: "a North Korean army soldier").
 */
const EN_APPOSITIVE = new RegExp(
  String.raw`((?:\b(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?)?\b(?:defector|man|woman|soldier|private|sergeant|corporal|conscript|person|crosser|escapee|swimmer|intruder|civilian|resident|fisherman|sailor|engineer|farmer|worker|teen(?:ager)?|youth|pair|couple|duo|trio)\s*,\s+${CALLED}?(?:a|an)\s+(?:[\w'’.-]+\s+){0,5}?(?:${PERSON_NOUN}|father|mother|son|daughter|husband|wife)\b(?!\s+(?:${PERSON_NOUN}|army|navy|military|border|front-?line|KPA)\b))`,
  'gi',
);
/** "The three, North Korean soldiers who …", "The seven, who the ministry said were all civilian fishermen,", "The trio,
 * Chinese fishermen": a group told again by its number, then who they were. */
const EN_NUMBER_APPOSITIVE = new RegExp(
  String.raw`\b((?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|pair|duo|trio)\s*,\s+(?:all\s+|both\s+)?(?:who\s+(?:[^,]{1,30}?\s+(?:said|says)\s+)?(?:were|are)\s+(?:all\s+|both\s+)?)?(?:[\w'’.-]+\s+){0,4}?${PERSON_NOUN})\b(?!\s+${PERSON_NOUN}\b)(?!\s+(?:said|say|says|told|added)\b)`,
  'gi',
);
/** "the group, numbering 13": how many a group told again was. */
const EN_NUMBERING = new RegExp(
  String.raw`\b((?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:group|family|crew|party|boatload)\s*,?\s+(?:numbering|totall?ing)\s+${NUM})\b`,
  'gi',
);
/** "The man killed on Monday was a 47-year-old North Korean defector", "The men who stepped over the MDL were civilian
 * labourers": who the people told of turned out to be. */
const EN_COPULA = new RegExp(
  String.raw`\bthe\s+(?:[\w'’-]+\s+){0,2}?(?:m[ae]n|wom[ae]n|person|people|soldiers?|troops|defectors?|crossers?|swimmer|escapees?|intruders?|group|pair)\b(?:(?!\bone\s+of\b)[^,.;:]){0,60}?\s(?:was|is|were|are|ha(?:s|ve)\s+been\s+identified\s+as|turned\s+out\s+to\s+be)\s+((?:(?:a|an)\s+(?:[\w'’.-]+\s+){0,5}?|(?:all\s+)?(?:${MODIFIER}){0,4})${PERSON_NOUN})\b`,
  'gi',
);
/** "(선원 5명) 가운데 2명은": how many of the group just named the sentence goes on to tell of. */
const KO_PART_AFTER = new RegExp(
  String.raw`^\s(?:가운데|중)\s(?:[가-힣]+\s){0,3}?(\d+|${Object.keys(KO_NUMBER_WORDS).join('|')})\s?명(?:은|이|만|\s)`,
);
/** Korean: "북한군 병사 1명이 … 귀순했다", "북한 주민 2명이 … 넘어왔다", "국군 병사가 월북", "남한 출신 20대 김모씨가 … 월북". */
const KO_CROSSER = new RegExp(
  String.raw`(?<![\d가-힣])((?:[가-힣]{1,4}\s?출신\s)?(?:\d0\s?대\s|\d{1,2}\s?(?:세|살)\s|${KO_AGE_WORD}\s?살\s)?(?:북한|북측|국군|한국군|우리\s?군|미군|미국인|남측)?\s?(?:군\s?)?(?:[가-힣]{0,6}\s)?(?:병사|군인|장병|하전사|주민|어민|민간인|남성|여성|일가족|가족|부부|청년|남녀|선원|공무원|탈북민|(?:\d+|${Object.keys(KO_NUMBER_WORDS).join('|')})\s?사람|하사|중사|상사|병장|상병|일병|이병|소위|중위|대위|소령|[가-힣]{1,3}군|[가-힣]모\s?씨|(?<![가-힣])[가-힣]씨|(?<=(?:북한|북측|국|미)군\s?)${KO_NUM}|(?<![가-힣])이들\s${KO_NUM}|(?<![A-Za-z])[A-Z]\s?씨)(?:\s?[가-힣A-Z]{1,4}\s?\(\d{1,2}\s?세?\)\s?씨?)?(?:\s?${KO_NUM})?(?:\s?등\s?(?:일행\s?)?\d+\s?명)?(?:\s?[\w가-힣]{0,4})?(?:(?:이|가|은|는|들이|들은)(?!나\s|든|운데|\s?아(?:닌|니))|(?=\s(?:가운데|중)\s)|\s탄|\s태운))[^.。]{0,60}?(?:귀순|월남|월북|탈북|재입북|넘어|넘은|넘었|건너|헤엄|걸어|도주|표류|내려와|남하|북상|월선)`,
  'g',
);

/**
 * "북한군 소좌 1명과 주민 1명이 … 넘어왔다", "남성 4명과 여성 1명을 태운 소형 선박", "남성 11명과 여성 20명 등 31명을 태운": two groups
 * crossing together.
 */
const KO_PAIR = new RegExp(
  String.raw`((?:북한|북측|국군|한국군|미군)?\s?(?:군\s?)?(?:[가-힣]{0,6}\s)?${KO_ROLE}(?:\s?\([^)]{0,15}\))?\s?(\d+)\s?명)\s?(?:과|와)\s?((?:[가-힣]{0,6}\s)?${KO_ROLE}\s?(\d+)\s?명(?:\s?등\s?(?:모두\s|총\s)?\d+\s?명)?)(?:(?:이|가|은|는)[^.。]{0,60}?(?:귀순|월남|월북|탈북|넘어|건너|헤엄|표류|내려와)|(?:을|를)?\s?(?:태운|실은))`,
  'g',
);

/** A wish to stay, as against staying. */
export const WISH = /wish|want|desire|의사/i;

const KO_COUNT = new RegExp(
  String.raw`(\d+)\s?여?\s?(?:명|사람)|(${Object.keys(KO_NUMBER_WORDS).join('|')})\s?(?:명|사람)`,
);
/** Words that make an English count rough: "about 20", "more than 10". */
const ROUGHLY = String.raw`(?:about|around|some|nearly|roughly|approximately|more\s+than|over|up\s+to)`;
/** A rough count: "about 20", "some 30", "more than 10", "20-odd", "약 20명", "20여 명", "20명 가량". */
const APPROX_COUNT = new RegExp(
  String.raw`\b${ROUGHLY}\s+\d|\b\d+-odd\b|약\s?\d|\d\s?여\s?명|\d\s?명\s?(?:안팎|가량|정도|쯤|이상|남짓)`,
  'i',
);
/** The number a noun phrase opens with ("the 21-year-old private" opens with an age, not a number of people). */
const LEADING_NUMBER = new RegExp(
  String.raw`^\s*(?:the\s+|all\s+(?:the\s+)?)?(?:${ROUGHLY}\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b(?![- ]years?[- ]old|\s?(?:세|살|대)|[가-힣])`,
  'i',
);

const PLURAL_PEOPLE =
  /\b(?:soldiers|troops|servicemen|men|women|people|persons|civilians|residents|fishermen|sailors|crew\s+members|koreans|defectors|workers|officers|guards)\b/i;
const KO_TOTAL = /등\s?(?:모두\s|총\s)?(\d+)\s?명/;
const KO_NUMBER_BEFORE = new RegExp(
  String.raw`(?<![\d가-힣])(${Object.keys(KO_NUMBER_WORDS).join('|')})\s(?:[가-힣]{1,6}\s)?${KO_ROLE}`,
);

function numberIn(text: string): number | undefined {
  // "남성 11명과 여성 20명 등 31명": the total after 등.
  const total = KO_TOTAL.exec(text);
  if (total) return Number(total[1]);
  // "one of the two fishermen": the group is two (a count of one would read as a slip).
  const partitive = /^\s*(?:one|two|three|four|five|\d{1,2})\s+of\s+(?:the|those|these)\s+(\S+)/i.exec(text);
  if (partitive) return numberIn(partitive[1]!);
  const fam = /\b(?:family|group|boatload|crew)(?:\s+of|,?\s+(?:numbering|totall?ing))\s+(\S+)/i.exec(text);
  // "a family", "a crew", "two families": groups, not people.
  if (!fam && /\b(?:famil(?:y|ies)|groups?|boatloads?|crews?|households?)\s*$/i.test(text)) return undefined;
  // A couple, a pair, a trio: how many the noun itself says ("a husband and wife" are two).
  if (!fam && /\b(?:couple|husband\s+and\s+wife|pair(?!\s+of\b)|duo)\b|부부/i.test(text)) return 2;
  if (!fam && /\btrio\b/i.test(text)) return 3;
  const token = fam?.[1] ?? LEADING_NUMBER.exec(text)?.[1];
  // "a party of North Korean soldiers", "a dozen troops": "a" before people told in the plural counts no one.
  if (!fam && /^an?$/i.test(token ?? '') && PLURAL_PEOPLE.test(text)) return undefined;
  if (token) {
    const n = /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS[token.toLowerCase()];
    // "the soldier" is one person only if the noun is singular; a/an/one say so.
    if (n !== undefined) return n;
  }
  const ko = KO_COUNT.exec(text);
  if (ko) return ko[1] ? Number(ko[1]) : KO_NUMBER_WORDS[ko[2]!];
  // "두 병사는": a Korean number word before the noun.
  const koBefore = KO_NUMBER_BEFORE.exec(text);
  if (koBefore) return KO_NUMBER_WORDS[koBefore[1]!];
  return undefined;
}

function first<T>(rules: ReadonlyArray<readonly [T, RegExp]>, text: string): T | undefined {
  return findAll(rules, text)[0]?.value;
}

/** Reads a noun phrase into a who-claim. */
export function readWho(np: string, start: number): WhoClaim {
  const who: WhoClaim = {
    text: np.trim(),
    start: start + (np.length - np.trimStart().length),
    end: start + np.trimEnd().length,
  };
  // "South Koreans and Chinese": a mixed group has no one origin. A gloss in brackets ("우리 군 소령급") is none.
  const origins = new Set(findAll(ORIGIN_WORDS, np.replace(/\([^)]*\)/g, '')).map((f) => f.value));
  const origin = origins.size === 1 ? [...origins][0] : undefined;
  if (origin) who.origin = origin;
  const nationality = origin === 'other' ? first(NATIONALITY_WORDS, np) : undefined;
  if (nationality) who.nationality = nationality;
  // "a former conscript", "an ex-soldier": who they were once says nothing of who they were when they crossed.
  const former =
    /\b(?:former|ex-|retired|discharged)\s*(?:[\w-]+\s+)?(?:soldiers?|conscripts?|servicem[ae]n|sergeants?|privates?|corporals?|officers?|marines?|troops?)\b/i.test(
      np,
    );
  const rank = former ? undefined : first(RANK_WORDS, np);
  if (rank) who.rank = rank;
  // A rank is a soldier's; otherwise the most specific role noun.
  const role = rank ? 'soldier' : former ? undefined : first(ROLE_WORDS, np);
  if (role) who.role = role;
  // "a 19-year-old", "aged 19", "19세", "김모(19)씨", "The bee farmer, 56,"
  const age =
    /\b(\d{1,2})[- ]year[- ]old\b|\baged\s+(\d{1,2})\b|(\d{1,2})\s?(?:세|살)|\((\d{1,2})\s?세?\)|[a-z],\s*(\d{1,2}),/i.exec(
      np,
    );
  // "서른네 살이던 그": an age in native Korean numbers.
  const koAge = age ? null : KO_AGE.exec(np);
  if (age) who.age = Number(age[1] ?? age[2] ?? age[3] ?? age[4] ?? age[5]);
  else if (koAge) who.age = koreanAge(koAge[1]!);
  // "The soldier, believed to be a man in his late thirties"; "two men, in their 30s and 50s"
  const pair = age || koAge ? undefined : decadePair(np);
  if (pair) Object.assign(who, pair);
  const span = age || pair ? null : AGE_SPAN_IN.exec(np);
  if (span) Object.assign(who, ageSpan(decadeOf(span[2]!), span[1]));
  const count = numberIn(np);
  if (count !== undefined) who.count = count;
  if (count !== undefined && APPROX_COUNT.test(np)) who.approx = true;
  if (FORMER_DEFECTOR.test(np) || /\bformer\s+defector|\bdefector\s+who\s+had|재입북|탈북민/i.test(np))
    who.formerDefector = true;
  if (/\bwom[ae]n\b|\bgirl\b|\bmother\b|여성|여자/i.test(np)) who.sex = 'female';
  else if (/\b(?:man|men|boy|father)\b|남성|남자/i.test(np)) who.sex = 'male';
  return who;
}

/** "in his 20s", "in their late twenties", "20대 중반인", "10대 후반의": an age told as part of a decade (the Korean one before the noun or in it). */
const AGE_SPAN = String.raw`in\s+(?:his|her|their)\s+(early|mid|late)?-?\s*(teens|twenties|thirties|forties|fifties|sixties|[1-6]0s)\b`;
const AGE_SPAN_AFTER = new RegExp(String.raw`^\s*,?\s*${CALLED}?${AGE_SPAN}`, 'i');
const AGE_SPAN_IN = new RegExp(String.raw`\b${AGE_SPAN}`, 'i');
/**
 * "The man, who investigators said was in his 40s, …", "the short, wiry defector, said to be in his late thirties,": the
 * person told again, by the age an appositive gives.
 */
const EN_AGED_APPOSITIVE = new RegExp(
  String.raw`\b(the\s+(?:[\w'’-]+,?\s+){0,3}?(?:defector|man|woman|soldier|private|sergeant|civilian|fisherman|crosser|escapee|swimmer|intruder|teen(?:ager)?|youth)\s*,\s+(?:who\s+(?:[^,]{1,40}?\s+)?(?:was|is)\s+|${CALLED})(?:a\s+(?:man|woman)\s+)?${AGE_SPAN})`,
  'gi',
);
const AGE_SPAN_BEFORE = /([1-6])0\s?대(?:\s?(초반|중반|후반))?(?:인|의|\s)/;
const DECADES: Record<string, number> = {
  teens: 10,
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
};
const PART: Record<string, [number, number]> = {
  early: [0, 3],
  초반: [0, 3],
  mid: [3, 6],
  중반: [3, 6],
  late: [6, 9],
  후반: [6, 9],
};

/** Two decades told together, one for each of two people: "50대와 20대", "in their 30s and 50s" (not "… or …"). */
const KO_DECADE_PAIR = /([1-6])0\s?대(?:\s?(초반|중반|후반))?\s?(?:와|과)\s?([1-6])0\s?대(?:\s?(초반|중반|후반))?/;
const EN_DECADE_PAIR = new RegExp(
  String.raw`\bin\s+their\s+(early|mid|late)?-?\s*(teens|twenties|thirties|forties|fifties|sixties|[1-6]0s)\s+and\s+(early|mid|late)?-?\s*(teens|twenties|thirties|forties|fifties|sixties|[1-6]0s)\b`,
  'i',
);

/** Where two decades follow the noun: its predicate ("은 모두 20대와 50대로") or an appositive (", in their 30s and 50s"). */
const PAIR_AFTER = /^(?:(?:은|는|이|가)?\s(?:모두\s)?[1-6]0\s?대|\s*,?\s*in\s+their\s)/i;

function decadePair(text: string): Pick<WhoClaim, 'age' | 'ageTo' | 'ageSpans'> | undefined {
  const ko = KO_DECADE_PAIR.exec(text);
  const en = ko ? null : EN_DECADE_PAIR.exec(text);
  if (!ko && !en) return undefined;
  const a = ko ? ageSpan(Number(ko[1]) * 10, ko[2]) : ageSpan(decadeOf(en![2]!), en![1]);
  const b = ko ? ageSpan(Number(ko[3]) * 10, ko[4]) : ageSpan(decadeOf(en![4]!), en![3]);
  return {
    age: Math.min(a.age, b.age),
    ageTo: Math.max(a.ageTo, b.ageTo),
    ageSpans: [
      [a.age, a.ageTo],
      [b.age, b.ageTo],
    ],
  };
}

/** "thirties", "30s": the decade's first year. */
function decadeOf(word: string): number {
  return DECADES[word.toLowerCase()] ?? Number(word.slice(0, 2));
}

/** The span of ages a decade names, narrowed by early/mid/late; the teens start at 13. */
function ageSpan(decade: number, part: string | undefined): { age: number; ageTo: number } {
  const [from, to] = part ? PART[part.toLowerCase()]! : [0, 9];
  return { age: Math.max(decade + from, decade === 10 ? 13 : 0), ageTo: decade + to };
}

const AGE_AFTER =
  /^[^.;]{0,80}?\b(?:(?:is|was)\s+(\d{1,2})\s+years?\s+old|aged\s+(\d{1,2}))\b|^\s*,\s*(\d{1,2})\s*,|^(?:은|는|이|가)\s(\d{1,2})\s?(?:세|살)(?=로|이|였|,|\s)/i;
/** "이 병사는 올해 열아홉 살의 …", "그는 서른네 살로": an age in native Korean numbers after the noun. */
const KO_AGE_AFTER = new RegExp(
  String.raw`^(?:은|는|이|가)\s(?:올해\s|당시\s)?(${KO_AGE_WORD})\s?살(?=로|이|였|의|,|\s)`,
);
const KO_AGE = new RegExp(String.raw`(${KO_AGE_WORD})\s?살`);
/** "이 병사는 … 나이는 20대 후반으로", "두 사람은 모두 30대로,": an age told as part of a decade in the predicate. */
const KO_AGE_SPAN_PREDICATE = /^[^.。]{0,40}?나이는\s?([1-6])0\s?대(?:\s?(초반|중반|후반))?/;
const KO_DECADE_PREDICATE =
  /^(?:은|는|이|가)\s(?:모두\s)?([1-6])0\s?대(?:\s?(초반|중반|후반))?(?=으?로|이며|이고|였|,)/;

/**
 * An age told around the noun rather than in it: after it ("is 24 years old", "The private, 19,", "병사는 23살로"),
 * or as a decade after or before it ("in his 20s", "20대 중반인 이 병사").
 */
function ageAround(text: string, who: WhoClaim): Pick<WhoClaim, 'age' | 'ageTo' | 'ageSpans'> | undefined {
  const rest = text.slice(who.end);
  // "이들은 20대와 50대 남성으로", "50대와 20대 남성 두 명이", "two men, in their 30s and 50s,"
  const pair =
    (PAIR_AFTER.test(rest) ? decadePair(rest.slice(0, 40)) : undefined) ??
    decadePair(text.slice(Math.max(0, who.start - 16), who.end));
  if (pair) return pair;
  const exact = AGE_AFTER.exec(rest);
  if (exact) return { age: Number(exact[1] ?? exact[2] ?? exact[3] ?? exact[4]) };
  const ko = KO_AGE_AFTER.exec(rest);
  if (ko) return { age: koreanAge(ko[1]!) };
  const after = AGE_SPAN_AFTER.exec(rest);
  if (after) return ageSpan(decadeOf(after[2]!), after[1]);
  const told = KO_AGE_SPAN_PREDICATE.exec(rest) ?? KO_DECADE_PREDICATE.exec(rest);
  if (told) return ageSpan(Number(told[1]) * 10, told[2]);
  const before = AGE_SPAN_BEFORE.exec(text.slice(Math.max(0, who.start - 16), who.end));
  return before ? ageSpan(Number(before[1]) * 10, before[2]) : undefined;
}

/**
 * Who someone turned out to be, told as the sentence's predicate: "이 남성은 군인이 아니라 민간인 신분의 북한 주민으로
 * 파악됐다", "…씨는 중국에서 나고 자란 조선족 출신인 것으로", "이 남성이 북한 출신이 아니라 남한에서 나고 자란 민간인인
 * 것으로 보고 있다", "월북한 사람은 … 민간인인 것으로 보인다", "월북한 사람이 … 민간인이라고 밝혔다", "A씨는 북한군
 * 병사 신분으로". What is denied ("군인이 아니라") and glosses in brackets are dropped first.
 */
const KO_PREDICATE =
  /^([^.。,]{1,60}?)(?:(?:인\s?것|이었던\s?것)?(?:으로|로)\s?(?:[가-힣]{1,4}(?:은|는|이|가)\s)?(?:파악|확인|알려|드러|추정|조사|보고|보인|보여|밝혀|전해)|(?:이)?라고\s?(?:밝혔|전했|말했|설명했))/;
/** "이 남성은 … 남측 출신 주민으로, …": who someone was, told before a comma goes on with the sentence. (A predicate is read
 * within its clause, up to a comma, so "… 주민으로, … 월북을 택한 것으로 알려졌다" is not read as what someone did.) */
const KO_APPOSED = /^([^.。,]{1,40}?)(?:으로|로),\s/;
/** "A씨는 북한군 병사 신분으로 …", "유씨는 당시 북한군 대위 계급으로": the status or rank someone crossed in. */
const KO_STATUS = /^([^.。]{1,30}?)\s?(?:신분|계급)(?:으로|이었|이다|인)/;
const DENIED = /[가-힣]{1,6}(?:\s[가-힣]{1,6})?\s?(?:이|가)\s?(?:아니(?:라|고|며)|아닌)\s?/g;
const KO_BADGE_BEFORE = /([가-힣]{1,3})\s?계급장을\s?(?:단|달고\s?있던|붙인)\s$/;
/** "계급은 중사인 것으로", "계급은 부사관인 상사로": the rank told in the predicate (after the class of rank it is). */
const KO_RANK_PREDICATE = /^[^.。]{0,40}?계급은\s?([가-힣]{1,4})(?:\s([가-힣]{1,4}))?/;
/** "이 귀순자의 계급은 …": the story's crosser told again by the rank the sentence gives them. */
const KO_RANK_OF =
  /(?<![가-힣])((?:이|그|해당)\s(?:북한군\s)?(?:귀순자|병사|군인|장병|하전사|남성|탈북민|장교|부사관))(?=의\s계급은\s)/g;
/** Where someone is from, told by birth or origin: "중국에서 나고 자란", "조선족 출신". */
const BORN_IN = /([가-힣]{1,4})(?:\s?출신|에서\s?(?:나고\s?자란|태어나\s?자란|태어난|태어나고))/;

function predicateAround(text: string, who: WhoClaim): Pick<WhoClaim, 'origin' | 'role' | 'rank'> {
  // The noun phrase may end with its particle ("A씨는") or before it ("이 남성" + "은").
  const rest = text.slice(who.end);
  const particle = /^(?:은|는|이|가)?\s/.exec(rest);
  const tail = particle ? rest.slice(particle[0].length) : '';
  const said = particle ? (KO_STATUS.exec(tail) ?? KO_PREDICATE.exec(tail) ?? KO_APPOSED.exec(tail)) : null;
  // "…넘어 남측 지역으로 들어온 것으로 확인됐다" tells what someone did, not who they were.
  if (!said || /것\s*$/.test(said[1]!)) return {};
  // "하급전사(우리 군 일병에 해당)": a gloss in brackets says what it equals, not who he was. Only the last words name him.
  const np = said[1]!
    .replace(/\([^)]*\)/g, '')
    .replace(DENIED, '')
    .split(/\s+/)
    .slice(-5)
    .join(' ');
  const born = BORN_IN.exec(np);
  const origin = (born && first(ORIGIN_WORDS, `${born[1]} 출신`)) || first(ORIGIN_WORDS, np);
  const role = first(ROLE_WORDS, np);
  const rank = first(RANK_WORDS, np);
  return { ...(origin ? { origin } : {}), ...(role ? { role } : {}), ...(rank ? { rank } : {}) };
}

/**
 * Who someone told again was, set off by commas after them: "a junior officer", "described by officials as a soldier",
 * "who a local official said was a Chinese national", "who were all civilian fishermen".
 */
const APPOSED = new RegExp(
  String.raw`^,\s+(?:${CALLED}|who\s+(?:[^,]{1,30}?\s+(?:said|says|believed?|believes|thought)\s+)?(?:was|were|is|are)\s+(?:all\s+|both\s+)?)?(?:(?:a|an)\s+[^,]{1,60}?${APPOSITIVE_END}|(?:[\w'’-]+\s+){0,3}?${PERSON_NOUN}(?=,))`,
  'i',
);
/** "by South Korean media" (as …), "who a local official said" (was …): whose words an appositive gives. */
const SAID_BY = /\bby\s+[^,]{1,30}?(?=\s+as\b)|\bwho\s+[^,]{1,30}?\s+(?:said|says|believed?|believes|thought)(?=\s)/gi;
/**
 * "이들은 모두 4명으로,", "이들은 총 다섯 명이었다", "이들은 남자 6명과 여자 6명 등 모두 12명으로,", "이들은 … 귀순을 시도한 북한
 * 남성 2명으로,": how many the story's people were.
 */
const KO_COUNT_PREDICATE = new RegExp(
  String.raw`^(?:은|는|이|가)\s(?:[^.。,]{1,30}?\s?등\s|[^.。,]{0,60}?(?:남성|여성|주민|어민|선원|병사|군인|남녀|사람)\s)?(?:모두\s|총\s|전부\s)?(\d{1,2}|${Object.keys(KO_NUMBER_WORDS).join('|')})\s?명(?=으로|이었|이며|이고|이다|,)`,
);

/** The person or group a text says crossed: the subject of a crossing verb, or an appositive of "the defector". */
/** "상위(우리 군 중위와 대위 사이 계급)", "(equivalent to a South Korean lieutenant)": a rank glossed by our own army's. */
const RANK_GLOSS = /\([^()]*?(?:우리\s?군|국군|한국군|equivalent|equal\s+to)[^()]*\)/gi;

export function findCrosser(told: string): WhoClaim | undefined {
  // "On June 18 a North Korean civilian …", "At about 6:40 p.m. a man …": a day's or a clock's number counts no one.
  const text = told.replace(DAY_OF_MONTH, (d) => ' '.repeat(d.length)).replace(CLOCK, (d) => ' '.repeat(d.length));
  // What a gloss names is the equal of someone's rank, not someone.
  const glosses = [...text.matchAll(RANK_GLOSS)];
  const inGloss = (at: number) => glosses.some((g) => at > g.index && at < g.index + g[0].length);
  KO_PAIR.lastIndex = 0;
  const pair = KO_PAIR.exec(text);
  if (pair) {
    // Who the first group was (the one a report leads with), and everyone counted.
    const who = readWho(pair[1]!, pair.index);
    const end = pair.index + pair[0].indexOf(pair[3]!) + pair[3]!.length;
    // Two groups say who each was, not who all were ("남성 4명과 여성 1명").
    if (readWho(pair[3]!, 0).sex !== who.sex) delete who.sex;
    const total = KO_TOTAL.exec(pair[3]!);
    return {
      ...who,
      text: text.slice(pair.index, end),
      end,
      count: total ? Number(total[1]) : Number(pair[2]) + Number(pair[4]),
    };
  }
  for (const re of [
    EN_CROSSER,
    EN_APPOSITIVE,
    EN_NUMBER_APPOSITIVE,
    EN_COPULA,
    EN_NUMBERING,
    EN_OWN_ACCOUNT,
    EN_AGED_APPOSITIVE,
    EN_AGE_PAIR,
    EN_DEFINITE_AGE,
    EN_DEFINITE_COUNT,
    EN_BARE_COUNT,
    // A rank before the name says more than what follows it ("Private First Class Travis King, a 23-year-old …").
    EN_TITLED,
    EN_NAMED,
    KO_DEFINITE,
    KO_RANK_OF,
    KO_STATUS_BEFORE,
    EN_RETURNED,
    EN_TAKEN,
    EN_ACT_OF,
    KO_CROSSER,
    KO_RELATIVE,
    KO_TAKEN,
    EN_DEFINITE_NK,
    EN_DEFINITE_RANK,
    EN_ABOARD,
    KO_ABOARD,
  ]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const np = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!;
      const offset = m.index + m[0].indexOf(np);
      // "a civilian or a soldier", "주민이나 군인이": either of two is no claim about who.
      if (/\bor\s+$/i.test(text.slice(Math.max(0, offset - 4), offset)) || /(?:이나|또는|혹은)\s/.test(np)) continue;
      if (inGloss(offset)) continue;
      // "A North Korean family of five crossed": the count follows the group noun.
      const group = /\b(?:family|group|boatload|crew)\s*$/i.test(np)
        ? new RegExp(String.raw`^\s+of\s+(${NUM})\b`, 'i').exec(text.slice(offset + np.length))
        : null;
      // "The man, a junior officer holding the rank of lieutenant, defected", "The 19-year-old, a sergeant in a front-line
      // unit, told …": the appositive says who he was.
      const appositive =
        (re === EN_CROSSER || re === EN_DEFINITE_AGE || re === EN_DEFINITE_COUNT) && !group
          ? APPOSED.exec(text.slice(offset + np.length))
          : null;
      const phrase = group ? `${np} of ${group[1]}` : np + (appositive?.[0] ?? '');
      // Who called them so says nothing of who they were ("identified by South Korean media as …"): read without it.
      const who = readWho(
        phrase.replace(SAID_BY, (x) => ' '.repeat(x.length)),
        offset,
      );
      who.text = phrase.trim();
      const part = KO_PART_AFTER.exec(text.slice(offset + phrase.length));
      if (part) who.part = /^\d/.test(part[1]!) ? Number(part[1]) : KO_NUMBER_WORDS[part[1]!]!;
      // "The Private First Class, a cavalry scout, …": a rank, capitalised, is not a name.
      if ((re === EN_NAMED && !isRank(m[2]!)) || re === EN_TITLED) who.name = m[2]!;
      else {
        const named = NAMED_AFTER.exec(text.slice(offset + phrase.length));
        if (named) who.name = named[1]!;
      }
      if (re === EN_NAMED && (m[3] ?? m[4])) who.age = Number(m[3] ?? m[4]);
      if (re === EN_AGE_PAIR) {
        const [a, b] = [Number(m[2]), Number(m[3])];
        Object.assign(who, {
          count: 2,
          age: Math.min(a, b),
          ageTo: Math.max(a, b),
          ageSpans: [
            [a, a],
            [b, b],
          ],
        });
      }
      // "이들 가운데 1명은": some of them, not how many they were.
      if (/^이들\s(?:가운데|중)/.test(np)) delete who.count;
      // "11 men and 20 women drifted": everyone counted, from the first group.
      const before =
        re !== KO_CROSSER && who.count !== undefined
          ? new RegExp(String.raw`\b(${NUM})\s+(?:[\w'’-]+\s+){0,2}?${PERSON_NOUN}\s+and\s+$`, 'i').exec(
              text.slice(Math.max(0, who.start - 60), who.start),
            )
          : null;
      const extra = before ? numberIn(before[1]!) : undefined;
      if (before && extra !== undefined) {
        const other = readWho(before[0], who.start - before[0].length);
        who.count! += extra;
        who.start = other.start;
        who.text = text.slice(who.start, who.end);
        // Two groups say who each was, not who all were.
        if (other.role !== who.role) delete who.role;
        if (other.sex !== who.sex) delete who.sex;
      }
      if (who.age === undefined) Object.assign(who, ageAround(text, who));
      const predicate = predicateAround(text, who);
      // "이들은 모두 4명으로,": how many, told in the predicate.
      const counted = who.count === undefined ? KO_COUNT_PREDICATE.exec(text.slice(who.end)) : null;
      if (counted) who.count = /^\d/.test(counted[1]!) ? Number(counted[1]) : KO_NUMBER_WORDS[counted[1]!]!;
      if (!who.origin && predicate.origin) who.origin = predicate.origin;
      if (!who.role && !who.rank && predicate.role) who.role = predicate.role;
      const rankSaid = who.rank ? null : KO_RANK_PREDICATE.exec(text.slice(who.end));
      // "이 북한군은 소위 계급의 초급 장교로,": or as who someone turned out to be.
      // "하사 계급장을 단 이 병사는": or as the rank worn, before the noun.
      const badge = who.rank ? null : KO_BADGE_BEFORE.exec(text.slice(Math.max(0, who.start - 20), who.start));
      const saidRank =
        (rankSaid &&
          ((/인$/.test(rankSaid[1]!) && first(RANK_WORDS, rankSaid[2] ?? '')) || first(RANK_WORDS, rankSaid[1]!))) ||
        (badge && first(RANK_WORDS, badge[1]!)) ||
        (!who.rank && predicate.rank);
      if (saidRank) Object.assign(who, { rank: saidRank, role: 'soldier' });
      // "officials said", "people who…": only a phrase that says who someone was counts.
      if (who.origin || who.role || who.rank || who.formerDefector || who.count !== undefined || who.age !== undefined)
        return who;
    }
  }
  return undefined;
}

/** Which way a text says someone went: the stronger side wins, a tie says nothing. */
function sideOf(
  found: ReadonlyArray<Found<Exclude<Direction, 'none'>>>,
): Found<Exclude<Direction, 'none'>> | undefined {
  const south = found.filter((f) => f.value === 'north-to-south').length;
  const north = found.length - south;
  if (south === north) return undefined;
  const value = south > north ? 'north-to-south' : 'south-to-north';
  return found.find((f) => f.value === value);
}

/**
 * Which way the text says someone crossed. "Sent back to North Korea" is a return done to them: the way of a
 * repatriation, but of a crossing only what became of the crosser (see directionFor).
 */
function directionOf(text: string, results: ReadonlyArray<Found<Result>>): DirectionClaim | undefined {
  // "북으로 돌아갔다" is a way someone went; "sent back", "돌려보냈다" is done to them.
  const returns = results.filter((r) => r.value === 'repatriated' && !/돌아갔/.test(text.slice(r.start, r.end)));
  const all = findAll(DIRECTION_WORDS, text).filter((f) => !nickname(text, f) && !personThen(text, f));
  const inReturn = (f: Found<unknown>) => returns.some((r) => r.start < f.end && f.start < r.end);
  const own = sideOf(all.filter((f) => !inReturn(f)));
  if (own) {
    if (!returns.length) return own;
    const way = sideOf(all.filter(inReturn));
    return { ...own, besideReturn: way ? { way: { ...way, byReturn: true } } : {} };
  }
  const returned = sideOf(all);
  return returned && { ...returned, byReturn: true };
}

/** "'점프 귀순'으로 불렸다", "'노크 귀순'이라는": a crossing's nickname in quotes names it, and tells no way of this one. */
function nickname(text: string, f: Found<unknown>): boolean {
  return (
    inShortQuote(text, f.start, f.end) &&
    /^[^'’"”]{0,6}['’"”]\s?(?:(?:으?로|이?라고)\s?불[리린렸려]|이?라는\s|이?란\s)/.test(text.slice(f.end, f.end + 16))
  );
}

/**
 * "당시 귀순자", "과거 월북자", "1년 2개월 전 … 넘어 내려왔던 탈북민": someone named by a crossing of theirs months or years
 * before the one the sentence is about.
 */
function personThen(text: string, f: Found<unknown>): boolean {
  if (/(?:당시|과거|이전|예전)\s?$/.test(text.slice(Math.max(0, f.start - 4), f.start)) && text[f.end] === '자')
    return true;
  return (
    /^[가-힣]{0,3}던\s(?:[가-힣]+\s)?(?:탈북민|탈북자|귀순자|사람|인물|남성|여성|병사|주민|청년)/.test(
      text.slice(f.end, f.end + 20),
    ) &&
    /(?:\d+\s?(?:년|개월)|[한두세네]\s?해)\s?(?:\d+\s?개월\s?)?(?:전|앞서)\s[^.,]{0,40}$/.test(
      text.slice(Math.max(0, f.start - 60), f.start),
    )
  );
}

/**
 * The way a text says this incident went: a return done to someone tells only a repatriation's way; and of a
 * repatriation, a way against it told beside the return is the crossing that came before ("NLL을 넘어와 붙잡아 둔 …
 * 승선원 7명을 북측으로 돌려보냈다", "men returned at Panmunjom said they went north").
 */
export function directionFor(c: Claims, inc: Incident): DirectionClaim | undefined {
  const d = c.direction;
  if (inc.type !== 'repatriation') return d?.byReturn ? undefined : d;
  return d?.besideReturn && d.value !== inc.direction ? d.besideReturn.way : d;
}

/** "Instead of crossing on foot, he went by sea", "with no boat", "걸어서가 아니라": a way the text says was not taken ("not … but" ends it). */
function negated(text: string, f: Found<unknown>): boolean {
  return (
    /\b(?:instead\s+of|rather\s+than|not|never|without)\b(?:(?!\bbut\b)[^,;.]){0,50}$|\bno\s+$/i.test(
      text.slice(0, f.start),
    ) || /^[^,.]{0,4}(?:가|이)?\s?아니라|^[^,.]{0,12}대신/.test(text.slice(f.end))
  );
}

/**
 * "우리 장병이 월북했을 가능성은 배제됐다", "the possibility that a soldier had crossed": someone a sentence supposes (and
 * may rule out), not someone it says crossed.
 */
function supposed(text: string, who: { start: number; end: number }): boolean {
  return (
    /^[^.,;]{0,40}?(?:을|일|았을|었을|했을|왔을|갔을)\s?(?:가능성|수도\s?있)/.test(text.slice(who.end)) ||
    /\b(?:possibility|chance|likelihood|theory)\s+that\s+(?:\w+\s+){0,2}$/i.test(text.slice(0, who.start))
  );
}

/**
 * "(속초=연합뉴스) 박상철 기자 =", "PAJU, South Korea, Oct. 19 (AP) —": where and by whom a report was filed, not where anything
 * happened (nor an outlet's name, "동해뉴스통신", a sea).
 */
const DATELINE =
  /^\s*[[(][가-힣]{1,8}\s?=\s?[^\])]{1,24}[\])]\s*(?:[가-힣]{2,4}(?:·[가-힣]{2,4})*\s?(?:기자|특파원)\s?=?)?|^\s*[A-Z][A-Z .'-]{1,30}(?:,\s+(?:South\s+)?Korea)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+\([^)]{1,30}\)\s*(?:--|—|–|-)/;

/** Everything a text claims. `published` resolves "on Sunday" and "지난 13일". */
export function readClaims(text: string, published?: string, yearHint?: string): Claims {
  text = text.replace(DATELINE, (m) => ' '.repeat(m.length));
  const hit = (re: RegExp) => {
    re.lastIndex = 0;
    return re.test(text);
  };
  const claims: Claims = {
    regions: findAll(REGION_WORDS, text),
    places: findAll(PLACES, text),
    routes: [...findAll(ROUTE_WORDS, text), ...findAll(KIND_ROUTES, text)],
    methods: findAll(METHOD_WORDS, text).filter((m) => !negated(text, m)),
    ...readDates(text, published, yearHint),
    events: findAll(EVENT_WORDS, text),
    formerDefector: FORMER_DEFECTOR.test(text),
    generic: GENERIC_CUES.filter(hit).length,
    defection: /\bdefect(?:ed|ing|ion|ions|or|ors|s)?\b|\bfled\b|\bescaped\b|귀순|탈북|월북|월남|망명/i.test(text),
  };
  const who = findCrosser(text);
  if (who && !supposed(text, who)) {
    claims.who = who;
    // Someone who crossed is an event, whatever else the sentence says about the border, unless it tells of a habit or a
    // call, counts more people than ever crossed together ("the roughly 150 North Koreans who had defected …") or
    // says how many of all ("Very few North Koreans cross the DMZ").
    claims.generic = NOT_ONE_EVENT_CUES.some(hit) || (who.count ?? 0) >= 100 || QUANTIFIED.test(who.text) ? 1 : 0;
  }
  const results = findAll(RESULT_WORDS, text);
  const direction = directionOf(text, results);
  if (direction) claims.direction = direction;
  // What became of them outranks what they wished ("귀순 의사가 확인돼 남측에 남게 됐다").
  const result = results.find((r) => !WISH.test(text.slice(r.start, r.end))) ?? results[0];
  if (result) claims.result = result;
  return claims;
}
