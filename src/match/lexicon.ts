import type { Direction, IncidentType, Method, Nationality, Origin, Region, Result, Role, Route } from '../data/enums';
import { KINDS, MENTION_KINDS } from './kinds';

/**
 * The words that carry facts, in English and Korean: who (origin, role, rank),
 * where (fronts, seas, counties, islands), how (route, method), which way,
 * what happened and how it ended. Claims (claims.ts) and context features are
 * both read with these tables, so a synonym is added in one place.
 * English patterns are used case-insensitively; Korean ones as they are.
 */

export type Rule<T> = readonly [T, RegExp];

const rx = (source: string, flags = 'gi') => new RegExp(source, flags);

/** What a nationality word may stand before without saying who someone is ("a Chinese fishing boat", "Soviet officials said"). */
const NOT_A_PERSON = String.raw`(?![- ](?:boats?|vessels?|ships?|trawlers?|fishing|waters|authorities|government|officials|embassy|border(?!\s+guards?)|side|coast|ports?|media|state|news|company|leaders?|territory|navy|military|union|era|made|built|style|colonial|rule|occupation)\b|-(?:language|speaking)\b)`;
const demonym = (words: string) => String.raw`\b(?:${words})\b${NOT_A_PERSON}`;

/** Nationalities other than the two Koreas' and America's, as said of a person ("a Polish student", "베트남 국적 선원"). */
export const NATIONALITY_WORDS: ReadonlyArray<Rule<Nationality>> = [
  [
    'china',
    rx(
      String.raw`${demonym('chinese')}|\bethnic\s+koreans?\s+(?:from|born\s+in)\s+china\b|\bkorean[- ]chinese\b|조선족|중국\s?(?:출신|국적|동포)|중국인`,
    ),
  ],
  ['vietnam', rx(String.raw`${demonym('vietnamese')}|베트남\s?(?:출신|국적)|베트남인`)],
  ['japan', rx(String.raw`${demonym('japanese')}|일본\s?(?:출신|국적)|일본인`)],
  ['soviet-union', rx(String.raw`${demonym('soviet')}|소련\s?(?:출신|국적|시민|인|청년|학생|대학생|관광객)`)],
  ['russia', rx(String.raw`${demonym('russians?')}|러시아\s?(?:출신|국적)|러시아인`)],
  ['poland', rx(String.raw`${demonym('polish')}|폴란드\s?(?:출신|국적)|폴란드인`)],
  [
    'czechoslovakia',
    rx(String.raw`${demonym('czechoslovak(?:ian)?|czech')}|체코슬로바키아\s?(?:출신|국적|인)?|체코인`),
  ],
  ['east-germany', rx(String.raw`${demonym(String.raw`east\s+germans?`)}|동독\s?(?:출신|국적|인|청년|학생|대학생)`)],
  ['philippines', rx(String.raw`${demonym('filipinos?|filipinas?')}|필리핀\s?(?:출신|국적)|필리핀인`)],
  ['thailand', rx(String.raw`${demonym('thai')}|태국\s?(?:출신|국적)|태국인`)],
  ['mongolia', rx(String.raw`${demonym('mongolians?')}|몽골\s?(?:출신|국적)|몽골인`)],
];

/** Adjectives of origin, as they stand before a role noun ("North Korean soldier", "북한군"). */
export const ORIGIN_WORDS: ReadonlyArray<Rule<Origin>> = [
  ['north-korea', rx(String.raw`\bnorth[- ]koreans?\b|\bn\.\s?korean\b|\bNK\b|북한|북측|인민군`)],
  [
    'south-korea',
    rx(
      String.raw`\bsouth[- ]koreans?\b|\bs\.\s?korean\b|\bROK\b|국군|한국군|우리\s?군|아군|남측|(?:남한|한국)\s?(?:출신|국적)|한국인|우리\s?국민`,
    ),
  ],
  [
    'united-states',
    rx(
      String.raw`\bamerican\b|\bu\.\s?s\.(?=\s|$)|\bUS\b(?=\s+(?:army|soldier|private|serviceman|troops?))|미군|미국인|미국\s?(?:시민권자|국적)|주한미군`,
    ),
  ],
  // Someone of another country (a Chinese deckhand, a Soviet tourist, a Chinese-born ethnic Korean): neither Korea's.
  ['other', rx(NATIONALITY_WORDS.map(([, re]) => re.source).join('|'))],
];

/** Role nouns. "official(s)" alone is left out: "officials said" is how news attributes, not who crossed. */
export const ROLE_WORDS: ReadonlyArray<Rule<Role>> = [
  [
    'soldier',
    rx(
      String.raw`\b(?:soldiers?|troops?|servicem[ae]n|privates?|sergeants?|corporals?|lieutenants?|conscripts?|infantrym[ae]n|deserters?|(?<!coast\s)guards?(?![ -]?posts?)|marines?|non-?commissioned\s+officers?|NCOs?|army\s+officers?|military\s+officers?|officers?(?=\s+(?:of|in)\s+the\s+(?:korean\s+people's\s+)?army))\b|병사|군인|장병|하전사|부사관|초병|경비병|(?:북한|인민|한국|국)군(?=\s?\d|\s?[한두세네]\s?명|\s?(?:병사|장교|하사|중사|상사|소좌|대위|중위|소위|소령)|\s?(?:이|가)\s)|(?<![가-힣])(?:하사|중사|상사|병장|상병|일병|이병|소위|중위|대위|소령|소좌|중좌|대좌|상위)(?![가-힣]{2})`,
    ),
  ],
  [
    'fisherman',
    rx(
      String.raw`\bfisher(?:man|men)\b|\bfishing\s+crew|\bsailors?\b|\bseam[ae]n\b|\bcrew(?:m[ae]n|\s+members?)?\b|어민|어부|선원`,
    ),
  ],
  ['official', rx(String.raw`\b(?:fisheries|government|public)\s+officials?\b|\bcivil\s+servants?\b|공무원`)],
  ['diplomat', rx(String.raw`\bdiplomats?\b|\benvoys?\b|\bambassadors?\b|외교관`)],
  ['tourist', rx(String.raw`\btourists?\b|관광객`)],
  ['student', rx(String.raw`\bstudents?\b|대학생|학생`)],
  ['agent', rx(String.raw`\bcommandos?\b|\bagents?\b|\bspies\b|\bspy\b|\binfiltrators?\b|공작원|간첩|무장공비`)],
  [
    'civilian',
    rx(
      String.raw`\bcivilians?\b|\bresidents?\b|\bfarmers?\b|\bworkers?\b|\blabou?rers?\b|\bgymnasts?\b|\bfamil(?:y|ies)\b|주민|민간인|일가족|가족|노동자|근로자|인부`,
    ),
  ],
];

/** Ranks (one or several: "two staff sergeants"), most specific first; `grade` orders them for "less precise" and contradiction checks. */
export interface Rank {
  key: string;
  grade: 'enlisted' | 'nco' | 'officer';
}
export const RANK_WORDS: ReadonlyArray<Rule<Rank>> = [
  // The press writes the Korean 하사 as "staff sergeant", 중사, a rank above it, as "sergeant first class" and 상사 as
  // "master sergeant" (the South Korean army's own equivalents): each names one rank, never a plain sergeant.
  [{ key: 'staff sergeant', grade: 'nco' }, rx(String.raw`\bstaff\s+sergeants?\b|(?<![가-힣])하사`)],
  [{ key: 'sergeant first class', grade: 'nco' }, rx(String.raw`\bsergeants?\s+first\s+class\b|(?<![가-힣])중사`)],
  [
    { key: 'master sergeant', grade: 'nco' },
    rx(String.raw`\bmaster\s+sergeants?\b|특무상사|(?<![가-힣])상사(?![가-힣]{2})`),
  ],
  [{ key: 'first sergeant', grade: 'nco' }, rx(String.raw`\bfirst\s+sergeants?\b`)],
  [
    { key: 'sergeant', grade: 'nco' },
    rx(String.raw`(?<!staff\s|master\s|first\s)\bsergeants?\b(?!\s+first\s+class)|\bsgt\.`),
  ],
  [
    { key: 'noncommissioned officer', grade: 'nco' },
    rx(String.raw`\bnon-?commissioned\s+officers?\b|\bNCOs?\b|부사관`),
  ],
  [{ key: 'specialist', grade: 'enlisted' }, rx(String.raw`\bspecialists?\b(?=\s+[A-Z])|\bspc\.`)],
  [{ key: 'corporal', grade: 'enlisted' }, rx(String.raw`\bcorporals?\b|\bcpl\.|상등병|(?<![가-힣])상병`)],
  // Said in full, the two lowest grades are told apart ("a private first class" of a private second class is wrong).
  [{ key: 'private first class', grade: 'enlisted' }, rx(String.raw`\bprivates?\s+first\s+class\b|\bpfc\.?(?=\s)`)],
  [{ key: 'private second class', grade: 'enlisted' }, rx(String.raw`\bprivates?\s+second\s+class\b|\bpv2\b`)],
  [
    { key: 'private', grade: 'enlisted' },
    rx(
      String.raw`\bprivate(?:\s+(?:first|second)\s+class)?\b(?=\s+(?:[A-Z]|soldier|in\b|with\b|from\b)|[,.)]|\s+who\b|$)|\bpvt\.|\blow[- ]ranking\b|전사(?![가-힣])|(?<![가-힣])(?:이병|일병|병장)`,
    ),
  ],
  [{ key: 'second lieutenant', grade: 'officer' }, rx(String.raw`\bsecond\s+lieutenants?\b|소위`)],
  [{ key: 'lieutenant', grade: 'officer' }, rx(String.raw`(?<!second\s)\blieutenants?\b|\blt\.|중위`)],
  [{ key: 'captain', grade: 'officer' }, rx(String.raw`\barmy\s+captain\b|대위`)],
  [
    { key: 'major', grade: 'officer' },
    rx(String.raw`\bmajor\b(?=\s+(?:[A-Z]|in\b|of\b|who\b)|[,.])|소령|(?<![가-힣])소좌`),
  ],
  [{ key: 'colonel', grade: 'officer' }, rx(String.raw`\bcolonels?\b|(?<![가-힣])(?:대좌|중좌|대령|중령)`)],
];

/** Fronts and seas as articles name them. Counties and islands are in PLACES. */
export const REGION_WORDS: ReadonlyArray<Rule<Region>> = [
  [
    'jsa',
    rx(
      [
        ...KINDS.jsa.words.map((w) => String.raw`\b${w}`),
        ...(KINDS.jsa.acronyms ?? []).map((a) => String.raw`\b${a}`),
        ...KINDS.jsa.hangul,
      ].join('|'),
    ),
  ],
  [
    'eastern-front',
    rx(
      String.raw`(?<!\baround\s+the\s+)\b(?:central[- ])?east(?:ern)?\s+(?:part|section|sector|front|portion|side|border|stretch|end)\b|\beastern\s+(?:dmz|demilitari[sz]ed|frontline|border\s+area)|(?<!\boff\s+(?:the\s+)?(?:[\w'’]+\s+){0,2})\beast\s+coast\b|동부\s?전선|동부\s?지역|동해선`,
    ),
  ],
  [
    'central-front',
    rx(
      String.raw`\bcentral(?:[- ](?:eastern|western))?\s+(?:part|section|sector|front|portion|area|region|stretch)\b|\bcentral\s+(?:dmz|demilitari[sz]ed|border)|중부\s?전선|중동부|중서부`,
    ),
  ],
  [
    'western-front',
    rx(
      String.raw`\b(?:mid-?)?west(?:ern)?\s+(?:part|section|sector|front|portion|side|stretch)\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:border|dmz|demilitari[sz]ed|frontier|line)|\bwestern\s+(?:dmz|demilitari[sz]ed|front|border)\b|\bmid-?western\b|서부\s?전선`,
    ),
  ],
  ['west-sea', rx(String.raw`\byellow\s+sea\b|\bwest(?:ern)?\s+sea\b|\bwest\s+coast\b|서해`)],
  // "Goseong, on the east coast" is the eastern front; "off the peninsula's east coast" is the sea.
  [
    'east-sea',
    rx(
      String.raw`\beast\s+sea\b|\bsea\s+of\s+japan\b|\boff\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}east(?:ern)?\s+coast\b|동해(?!선)`,
    ),
  ],
  ['han-estuary', rx(String.raw`\bhan\s+river\s+(?:estuary|mouth)\b|\bmouth\s+of\s+the\s+han\b|한강\s?하구`)],
];

/** A named place: which front or sea it is on, for claims at county level and for features. */
export interface Place {
  key: string;
  region: Region;
  /** An island; otherwise a county, city, river or landmark. */
  island?: boolean;
  /**
   * A place a record may name only to say where something lies (the road to Kaesong, the Imjin's course, Mount
   * Kumgang across the line), not a county or island in the South that tells where someone crossed or came ashore.
   */
  landmark?: boolean;
  /** The county or island a place lies in (Dorasan in Paju, Gyodong off Ganghwa). */
  within?: string;
}
export const PLACES: ReadonlyArray<Rule<Place>> = [
  [{ key: 'goseong', region: 'eastern-front' }, rx(String.raw`\bgoseong\b|고성`)],
  [{ key: 'inje', region: 'eastern-front' }, rx(String.raw`\binje\b|인제`)],
  [{ key: 'yanggu', region: 'central-front' }, rx(String.raw`\byanggu\b|양구`)],
  [{ key: 'hwacheon', region: 'central-front' }, rx(String.raw`\bhwacheon\b|화천`)],
  [{ key: 'cheorwon', region: 'central-front' }, rx(String.raw`\bcheorwon\b|철원`)],
  [{ key: 'yeoncheon', region: 'western-front' }, rx(String.raw`\byeoncheon\b|연천`)],
  [{ key: 'paju', region: 'western-front' }, rx(String.raw`\bpaju\b|파주`)],
  [{ key: 'dorasan', region: 'western-front', within: 'paju' }, rx(String.raw`\bdorasan\b|도라산`)],
  [{ key: 'kaesong', region: 'western-front', landmark: true }, rx(String.raw`\bkaesong\b|개성`)],
  [{ key: 'imjin', region: 'western-front', landmark: true }, rx(String.raw`\bimjin\b|임진강`)],
  [{ key: 'gimpo', region: 'han-estuary' }, rx(String.raw`\bgimpo\b|김포`)],
  [{ key: 'ganghwa', region: 'han-estuary' }, rx(String.raw`\bganghwa\b|강화`)],
  [{ key: 'gyodong', region: 'han-estuary', island: true, within: 'ganghwa' }, rx(String.raw`\bgyodong\b|교동`)],
  [{ key: 'baengnyeong', region: 'west-sea', island: true }, rx(String.raw`\bbaengnyeong\b|백령`)],
  [{ key: 'yeonpyeong', region: 'west-sea', island: true }, rx(String.raw`\byeonpyeong\b|연평`)],
  [{ key: 'daecheong', region: 'west-sea', island: true }, rx(String.raw`\bdaecheong\b|대청도`)],
  [{ key: 'socheong', region: 'west-sea', island: true }, rx(String.raw`\bsocheong\b|소청도`)],
  [{ key: 'samcheok', region: 'east-sea' }, rx(String.raw`\bsamcheok\b|삼척`)],
  [{ key: 'sokcho', region: 'east-sea' }, rx(String.raw`\bsokcho\b|속초`)],
  [{ key: 'yangyang', region: 'east-sea' }, rx(String.raw`\byangyang\b|양양`)],
  [{ key: 'uljin', region: 'east-sea' }, rx(String.raw`\buljin\b|울진`)],
  [{ key: 'gangneung', region: 'east-sea' }, rx(String.raw`\bgangneung\b|\bjumunjin\b|강릉|주문진`)],
  [{ key: 'ulleung', region: 'east-sea', island: true }, rx(String.raw`\bulleung\b|울릉`)],
  [{ key: 'kumgang', region: 'eastern-front', landmark: true }, rx(String.raw`\bkumgang\b|\bkeumgang\b|금강산`)],
];

/** How the line was crossed, from what the text names (the mention kinds add theirs). */
export const ROUTE_WORDS: ReadonlyArray<Rule<Route>> = [
  ['land', rx(String.raw`\bland\s+border\b|\bminefields?\b|\bbarbed[- ]wire\b|\bfences?\b|철책|지뢰밭|육로`)],
  [
    'sea',
    rx(
      String.raw`\bboats?\b|\bvessels?\b|\bships?\b|\bby\s+sea\b|\bat\s+sea\b|\bnaval\b|목선|선박|(?<![넘너들벗])어선|해상|해안`,
    ),
  ],
  ['river', rx(String.raw`\brivers?\b|\bestuary\b|\bimjin\b|강\s?하구|임진강|한강`)],
  [
    'third-country',
    rx(
      String.raw`\b(?:via|through)\s+(?:china|russia|laos|thailand|mongolia)\b|\bthird\s+countr(?:y|ies)\b|제3국|중국을\s?거쳐`,
    ),
  ],
];
// The mention kinds say where too: "DMZ" is land, "Panmunjom" the JSA, "NLL" the sea.
export const KIND_ROUTES: ReadonlyArray<Rule<Route>> = MENTION_KINDS.flatMap((k) => {
  const route = KINDS[k].place?.route;
  if (!route) return [];
  const spec = KINDS[k];
  const sources = [
    ...spec.words.map((w) => String.raw`\b${w}`),
    ...(spec.acronyms ?? []).map((a) => String.raw`\b${a}`),
    ...spec.hangul,
  ];
  return [[route, rx(sources.join('|'))] as const];
});

export const METHOD_WORDS: ReadonlyArray<Rule<Method>> = [
  ['walked', rx(String.raw`\bwalk(?:ed|ing|s)?\b|\bon\s+foot\b|걸어`)],
  ['ran', rx(String.raw`\bran\b|\brunning\b|\bdash(?:ed)?\b|\bsprint(?:ed)?\b|\brac(?:ed|ing)\b|뛰어|달려`)],
  ['swam', rx(String.raw`\bsw[ai]m(?:s|ming)?\b|헤엄|수영`)],
  [
    'boat',
    rx(
      // Not the South's own boats that pick people up ("sailors on a South Korean coastal combat boat pulled …", "the
      // patrol ship picked him up"), nor a job ("a fishing-boat engineer").
      String.raw`(?<!\b(?:south\s+korean|s\.\s?korean|navy|naval|coast\s+guard|rescue|patrol)\s+(?:[\w'’-]+\s+){0,3})(?:\bboats?\b|\bvessel\b|\bship\b)(?!\s+(?:that\s+|which\s+)?(?:picked|rescued|intercepted|towed)\b)(?!\s+(?:engineers?|captains?|skippers?|owners?|crew(?:m[ae]n|\s+members?)?|hands?|workers?)\b)|\bsail(?:ed|ing)\b|\brafts?\b|목선|선박|(?<![넘너들벗])어선|뗏목|나룻배|쪽배|조각배|나무배|고무보트|(?<![가-힣])보트|배를\s?(?:타|저어|몰)`,
    ),
  ],
  ['drifted', rx(String.raw`\bdrift(?:ed|ing)\b|\badrift\b|\bfloat(?:ed|ing)\b|표류|떠내려`)],
  // "Drove the boats back", "to drive off": pushed back, not driven across.
  [
    'vehicle',
    rx(
      String.raw`\bdr(?:o|i)ve\b(?!\s+(?:[\w'’-]+\s+){0,3}?(?:back|off|away)\b)|\bjeep\b|\btruck\b|\bvehicle\b|\bcar\b|차량|지프|트럭`,
    ),
  ],
  [
    'climbed-fence',
    rx(
      String.raw`\b(?:climb(?:ed|ing)?|scal(?:ed|ing)|jump(?:ed|ing)|vault(?:ed|ing)|clamber(?:ed)?)\b[^.]{0,30}\b(?:fences?|barriers?|barbed\s+wire|razor\s+wire)\b|\bfences?\b[^.]{0,20}\b(?:climb|scal|jump|vault)|철책을?\s?(?:타고\s?)?(?:넘|뛰어)`,
    ),
  ],
  // Cut through one, not a fence "breached" ("철책이 뚫렸다" is said of any crossing the guards missed, a climb too).
  [
    'cut-fence',
    rx(
      String.raw`\bcut(?:s|ting)?\s+(?:(?:his|her|their|its)\s+way\s+)?(?:through|into|open)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:fences?|wire|barbed\s+wire|razor\s+wire)\b|\b(?:holes?|gaps?|openings?)\s+(?:had\s+been\s+|was\s+|were\s+)?cut\s+(?:in|into|through)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:fences?|wire)\b|\bwire[\s-]?cutters?\b|철책(?:선)?(?:\s?(?:하단|아래|밑|일부))?(?:을|를)?\s?(?:절단기로\s?)?(?:끊|자르|잘라|절단)`,
    ),
  ],
  // Through one, not drains as such ("모든 배수로와 수문을 전수 조사"): "crawled through a drainage channel", "배수로를 빠져나가".
  [
    'drain',
    rx(
      String.raw`\b(?:through|via|under|into|out\s+of|along)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:drain(?:age)?\s+(?:pipes?|channels?|culverts?|ditch(?:es)?|tunnels?|outlets?|holes?)|culverts?|drains?)\b|배수(?:로|관|구)(?:를|을|로)?\s?(?:통해|통과|빠져|기어|지나|따라|뚫고)`,
    ),
  ],
  ['aircraft', rx(String.raw`\bplane\b|\baircraft\b|\bflew\b|비행기|항공기`)],
];

/**
 * Which way people went. Each rule names a destination or a verb that implies
 * one; "North Korean soldier" and "N. Korea" alone say nothing about direction.
 */
/** "MDL에서 북쪽으로 약 50km 떨어진 부대": how far something lies, not which way anyone went. ("탈북으로", "남북으로",
 * "동북쪽으로" name no way either: the side is read only as a word of its own.) */
const DISTANCE_AWAY = String.raw`\s?(?:약|불과)?\s?[\d.,]+\s?(?:km|㎞|킬로미터|m|미터|리)\s?(?:가량|정도|쯤)?\s?(?:떨어|거리)`;

export const DIRECTION_WORDS: ReadonlyArray<Rule<Exclude<Direction, 'none'>>> = [
  [
    'north-to-south',
    rx(
      String.raw`\b(?:defect(?:ed|ing|s|ion|ions)?|fled|flee(?:s|ing)?|escaped?|escaping|crossed|cross(?:es|ing)?|swam|swim(?:s|ming)?|walked|came|coming|ran|sailed|drifted|floated|went|moved|headed|made\s+(?:his|her|their)\s+way)\s+(?:\w+\s+){0,6}?(?:to|into|towards?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:south(?:\s+korea)?|s\.\s?korea|seoul|rok)\b(?!\s+korean)(?!\s+(?:side\s+of\s+the\s+river))`,
    ),
  ],
  [
    'north-to-south',
    rx(
      String.raw`\bsouthward(?:s)?\b|\bheading\s+south\b|\b(?:fled|went|headed|moved|ran|swam|walked|came)\s+south\b(?!\s+of)|\bfrom\s+(?:the\s+)?north(?:\s+korea)?\s+to\s+(?:the\s+)?south\b|\bfrom\s+n(?:orth|\.)\s?korea\b(?!\s*(?:'s|’s|side))|\bfled\s+(?:north\s+korea|the\s+north)\b|\bescaped\s+(?:from\s+)?(?:north\s+korea|the\s+north)\b`,
    ),
  ],
  [
    'north-to-south',
    rx(
      String.raw`귀순|월남(?!전|쌈|\s?(?:도주자|자(?![가-힣])|민(?![가-힣])))|남하|내려(?:왔|온|와)|(?<![북동서])(?:남(?:쪽|한)?|남측\s?(?:지역|땅|영토|해역|수역)?)으로(?!부터|${DISTANCE_AWAY})|넘어\s?왔|넘어\s?온|넘어와|건너\s?왔|건너온|건너와|탈북(?:해|했|한|하여|을\s?시도)`,
    ),
  ],
  [
    'south-to-north',
    rx(
      String.raw`\b(?:defect(?:ed|ing|s|ion|ions)?|fled|flee(?:s|ing)?|escaped|crossed|cross(?:es|ing)?|swam|swim(?:s|ming)?|walked|went|gone|going|go|ran|run|dashed|returned|return(?:s|ing)?|back|sailed|drifted|moved|headed|made\s+(?:his|her|their)\s+way)\s+(?:\w+\s+){0,6}?(?:to|into|towards?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:north(?:\s+korea)?|n\.\s?korea|pyongyang|dprk)\b(?!\s+(?:korean|side|of\s+the))`,
    ),
  ],
  [
    'south-to-north',
    rx(
      String.raw`\bnorthward(?:s)?\b|\bheading\s+north\b|\b(?:fled|went|headed|moved|ran|swam|walked|returned|gone|back)\s+north\b(?!\s+(?:of|korean))|\bfrom\s+(?:the\s+)?south(?:\s+korea)?\s+to\s+(?:the\s+)?north\b`,
    ),
  ],
  [
    'south-to-north',
    rx(
      String.raw`월북|재입북|입북|(?<![탈남동서대])(?:북(?:쪽|한)?|북측\s?(?:지역|땅|영토|해역|수역)?)으로(?!부터|${DISTANCE_AWAY})|(?<!(?:자신|자기|제|내)가\s?|자신이\s?)(?:넘어\s?갔|넘어간|넘어가|건너\s?갔|건너간)`,
    ),
  ],
];

/** Words that say what kind of event a sentence tells: a defection, a clash, a summit. */
export const EVENT_WORDS: ReadonlyArray<Rule<IncidentType>> = [
  [
    'repatriation',
    rx(
      String.raw`\brepatriat(?:ed|ion|ing|e)\b|\b(?:sent|send(?:s|ing)?)\s+(?:[\w'’-]+\s+){0,10}?back\b|\bdeport(?:ed|ation|ing)\b|\bhanded\s+(?:\w+\s+){0,2}(?:back|over)\b(?!\s+to\s+(?:the\s+)?(?:south\s+korean\s+|security\s+|intelligence\s+|military\s+|government\s+)?(?:officials|authorities|investigators|police|agents|military|intelligence|security))|\breturned\s+(?:them|home)\b|\b(?:sent|send(?:s|ing)?)\s+(?:\w+\s+){0,2}home\b|\b(?:are|were|was|is|be|been|being)\s+returned\b|송환|북송|추방|돌려보냈|돌려보내|귀환`,
    ),
  ],
  [
    'drift',
    rx(
      String.raw`\bdrift(?:ed|ing)\b|\badrift\b|\bby\s+(?:mistake|accident)\b|\bstrayed\b|\bwent\s+astray\b|\boff\s+course\b|표류|떠내려`,
    ),
  ],
  [
    'incursion',
    rx(
      String.raw`\bincursions?\b|\bwarning\s+shots?\b|\bbriefly\s+crossed\b|\bretreated\b|\bviolat(?:ed|ion|ing)\s+(?:of\s+)?the\s+(?:mdl|military\s+demarcation\s+line|nll|northern\s+limit\s+line)\b|침범|경고\s?사격|퇴각|북상`,
    ),
  ],
  ['infiltration', rx(String.raw`\binfiltrat(?:ed|ion|ors?)\b|\bcommandos?\b|\bsubmarine\b|침투|무장공비|잠수함`)],
  [
    'armed-clash',
    rx(
      String.raw`\bexchang(?:ed|e)\s+(?:of\s+)?(?:gun)?fire\b|\btrad(?:e|es|ed|ing)\s+(?:[\w-]+\s+)?(?:gun)?fire\b|\bmachine[- ]gun\s+fire\b|\bgunfire\b|\bfir(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}(?:rounds|shells|artillery|machine[- ]guns?|back)\b|\breturn(?:s|ed|ing)?\s+fire\b|\bclash(?:ed|es)?\b|\bartillery\b|\bshell(?:ed|ing)\b|\bnaval\s+(?:clash|battle|skirmish)\b|\bbattle\s+of\b|\bskirmish\b|교전|총격|포격|사격전|해전`,
    ),
  ],
  [
    'attack',
    rx(
      String.raw`\btorpedo(?:ed|es)?\b|\baxe\b|\baxe-wielding\b|\braid\b|\bassassinat|\bambush(?:ed)?\b|격침|어뢰|도끼|습격`,
    ),
  ],
  [
    'shooting',
    rx(
      String.raw`\bshot\s+(?:dead|and\s+killed|to\s+death)\b|\b(?:was|were)\s+(?:shot|killed)\b|\bopened\s+fire\s+on\b|사살|피살|총에\s?맞`,
    ),
  ],
  ['mine-blast', rx(String.raw`\b(?:land)?mines?\b|\bmine\s+blasts?\b|지뢰`)],
  ['tunnel', rx(String.raw`\btunnels?\b|땅굴`)],
  [
    'propaganda',
    rx(
      String.raw`\bballoons?\b|\bleaflets?\b|\bloudspeakers?\b|\bpropaganda\s+broadcasts?\b|풍선|전단|확성기|대북\s?방송`,
    ),
  ],
  ['drone', rx(String.raw`\bdrones?\b|\bunmanned\s+aerial\b|무인기|드론`)],
  ['summit', rx(String.raw`\bsummits?\b|\bmet\s+(?:with\s+)?kim\s+jong|정상회담`)],
  [
    'agreement',
    rx(String.raw`\bagreements?\b|\baccords?\b|\barmistice\b|\btruce\s+(?:talks|agreement)\b|\bpact\b|합의|정전협정`),
  ],
  [
    'demolition',
    rx(
      String.raw`\bblew\s+up\b|\bblown\s+up\b|\bblow(?:s|ing)?\s+up\b|\bdemolish(?:ed|ing)?\b|\bdemolition\b|\bdismantl(?:ed|ing)\b|\bdestroy(?:ed|ing)?\b|폭파|철거|파괴`,
    ),
  ],
  [
    'fortification',
    rx(
      String.raw`\b(?:rebuil[dt]|restor(?:ed|ing)|reinstall(?:ed|ing))\s+(?:\w+\s+){0,3}guard\s*posts?\b|\bfortification\s+works?\b|\bbuil[dt]\s+(?:\w+\s+){0,3}(?:walls?|barriers?|fences?)\b|감시초소\s?(?:복원|재건)|방벽|장벽`,
    ),
  ],
  [
    'defection',
    rx(String.raw`\bdefect(?:ed|ing|ion|ions|or|ors|s)?\b|\bsought\s+asylum\b|\bresettle\b|귀순|탈북|월북|망명`),
  ],
];

/** How a crossing ended for the people in it. */
export const RESULT_WORDS: ReadonlyArray<Rule<Result>> = [
  [
    'repatriated',
    rx(
      String.raw`\brepatriat(?:ed|ion)\b|(?<!\b(?:demand|demands|demanded|request|requests|requested|asked|asking|plea|wish|wished|wanted|wants|refused|refusing)\s+to\s+be\s+)\bsent\s+(?!(?:me|us|you)\s)(?:[\w'’-]+\s+){0,6}?(?:back|home)\b|\bdeported\b|\bhanded\s+(?:\w+\s+){0,2}back\b|\bexpelled\b|\b(?:was|were|been|be)\s+(?:\w+\s+){0,3}?returned\s+to\s+(?:north\s+korea|the\s+north)\b|\breturned\s+(?:\w+\s+){0,2}?(?:at|through|via)\s+(?:the\s+)?(?:panmunjom|truce\s+village)\b|\bescorted\s+(?:\w+\s+){0,2}?(?:north|back)\b|\bput\s+back\s+(?:on|aboard)\s+(?:their|his|her|the)\s+(?:own\s+)?(?:boat|vessel)\b|(?:송환|북송|추방)(?!(?:을|를)?\s?(?:요구|요청|촉구|주장)|\s?대상에서\s?(?:빠|제외))|북(?:쪽으로|으로|측에|한에|측으로)\s?(?:돌아갔|돌아간|돌려보냈|돌려보내|인계)`,
    ),
  ],
  [
    'killed',
    rx(
      // "shot dead his platoon leader", "소대장과 분대장을 사살하고 넘어왔다": what he did, not what befell him.
      // "was shot several times" tells a wound, not a death; "귀순자를 끝까지 쫓아가 사살" is a rule about any defector.
      String.raw`\bshot\s+(?:dead|and\s+killed|to\s+death)\b(?!\s+(?:his|her|their|two|three|an?|the|\d+)\b)|\b(?:was|were)\s+(?:shot\s+(?:dead|and\s+killed|to\s+death)|killed)\b|\bkilled\s+by\b|(?<!(?:귀순자|탈북자|탈북민)(?:을|를)\s(?:[가-힣]+\s){0,3})사살(?!(?:하고|한\s?(?:뒤|후|다음))\s?(?:[가-힣]+\s){0,2}?(?:넘어|귀순|월남|내려|남하|탈영))|피살|숨졌|사망`,
    ),
  ],
  [
    'stayed',
    rx(
      String.raw`\b(?:wish(?:ed|es)?|want(?:ed|s)?|desire|expressed\s+(?:a|his|her|their)\s+(?:wish|desire|will))\s+to\s+(?:stay|remain|resettle|defect|live\s+in\s+the\s+south)\b|귀순\s?의사|\b(?:stayed|remained|resettled)\s+in\s+the\s+south\b|\b(?:allowed|chose|decided)\s+to\s+(?:stay|remain|settle\s+in\s+the\s+south)\b|\bwill\s+(?:stay|remain)\s+in\s+the\s+south\b|\bhanawon\b|(?:남측|남쪽|남한|한국)에\s?남(?:았|게|기로|겠|고\s?싶)|(?:남측|남쪽|남한|한국)\s?정착(?:을|으로)?\s?(?:택|선택|결정|희망|원)|(?:남측|남쪽|남한|한국)에\s?정착(?:하|했|한|할)|귀순\s?절차를\s?밟|잔류|송환\s?대상에서\s?(?:빠지|빠졌|빠진|빠져|제외)|귀순자로\s?(?:분류|결정|인정)|하나원에?\s?(?:입소|들어)`,
    ),
  ],
  [
    'detained',
    rx(
      String.raw`\bdetained\b|\bin\s+custody\b|\barrested\b|\bseized\b|\bheld\s+for\s+questioning\b|신병을?\s?확보(?![가-힣]{0,3}\s?(?:실패|못))|구금|체포|나포|붙잡(?:혔|힌|혀)`,
    ),
  ],
  [
    'returned',
    rx(
      String.raw`\breturned\s+(?:home|voluntarily|on\s+(?:his|her)\s+own)\b|\bwent\s+back\s+(?:home|voluntarily)\b|자진\s?귀환`,
    ),
  ],
];

/**
 * Signs that a sentence is a general statement rather than the telling of one
 * event: totals and sizes, plural or habitual subjects, words of frequency.
 */
/**
 * How often, how usually, year after year, one after another, or what can happen: a sentence saying so tells of a
 * habit even when it names who crosses ("예전부터 … 북한 주민과 군인이 여러 차례 귀순해 왔다", "defectors usually travel
 * through China", "American soldiers who defected … in the decades after the war", "월북이 잇따라 드러났다",
 * "썰물 때는 걸어서 건너올 수도 있다"); not acts repeated within one event ("감시장비가 여러 차례 잡아내고도",
 * "여러 차례 경고방송을 했지만").
 */
export const HABIT_CUE = rx(
  String.raw`\b(?:usually|typically|generally|mostly|often|rarely|seldom|routinely|time\s+and\s+again|year\s+after\s+year|every\s+year|(?:only\s+)?(?:a|the)\s+handful\s+of|rare\s+(?:defections|crossings|cases)|(?:crossings|defections|escapes)(?:,[^,]{0,40},)?\s+(?:are|remain|tend|can)|in\s+the\s+past\s+(?:decade|\w+\s+years)|over\s+the\s+(?:years|decades)|in\s+the\s+decades\s+(?:after|since|following|that\s+followed))\b|\b(?:are|is|remain|remains)\s+(?:\w+\s+)?(?:rare|uncommon)\b|\b(?:long-?standing|usual|standard|established)\s+(?:practice|policy|procedure)\b|\bcases\s+(?:of|where|in\s+which)\b|(?<!이번\s?|그\s|이\s)경우(?:가|도|는|에는)\s|잦(?:은|다|았|아져|아진|아지)|빈번|자주|종종|주로|대개|일반적으로|통상(?:적으로)?\s(?!(?:[가-힣]+\s)?(?:마찰|협상|교섭|분쟁|압력|장관|본부|협정))|드물|드문|되풀이|(?:늘어날|늘어나는|증가할)\s?(?:수|것|가능성)|경로로(?:도)?\s?(?:쓰|이용|사용)|적지\s?않|(?:여러\s?차례|수차례)(?!(?:\s*[가-힣]+){0,2}?\s*(?:경고|잡히|잡혔|잡아|찍히|찍혔|걸렸|걸려|알렸|알리|확인|연락|외쳤|외치|시도|포착|촬영))|(?:차례|건)(?:에|로)\s?(?:이른다|이르렀|달한다|달했|늘었|집계)|예전부터|관례|한\s?해\s|매년|(?:해|달|철|여름|겨울|봄|가을|때)마다|\b(?:every|any)\s+(?:single\s+)?(?:defection|defector|crossing)\b|급감|급증|(?:잇따르는|잇따른|잇단)\s?(?:[가-힣]+\s)?(?:귀순|탈북|월북)|(?:귀순|탈북|월북)(?:이|가)?\s?잇따(?:르|라|랐)|(?:귀순|탈북|월북|월남)['’"”]?\s?(?:길목|통로|루트)|자꾸|\b(?:spate|string|series|wave|rash|flurry|run)\s+of\s+(?:\w+\s+)?(?:defections|crossings|arrivals|cases)\b|(?:올|넘어올|건너올|내려올|갈|넘어갈|건너갈|오갈)\s?수(?:도)?\s?있(?:다|습니다|는|어)|\bcan\s+(?:\w+\s+)?(?:walk|swim|cross|sail|drift|come)\b`,
);

/**
 * A call to cross is not a crossing: "loudspeakers urging soldiers to defect", "귀순하라고 권하는 방송" name who
 * would cross, yet tell of no one who did.
 */
export const URGING_CUE = rx(
  String.raw`\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|entic(?:e|es|ed|ing)|lur(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to)\b[^.;]{0,60}?\bto\s+(?:defect|flee|cross|come\s+(?:south|over))\b|\bencourag(?:e|es|ed|ing)\s+(?:more\s+)?defections\b|귀순(?:하라|을\s?(?:권|종용|촉구|회유|독려|부추)|\s?(?:권유|독려|회유|종용))|탈북을\s?(?:권|부추|독려)`,
);

/** What makes a sentence no single event even where it says who crosses. */
/** "돌아가기를 원하면 송환하고, 남기를 원하면 …": a policy for whoever wishes so, with whoever it names. */
export const POLICY_CUE = rx(
  String.raw`(?:원|희망)(?:하면|할\s?경우)[^.]{0,60}?(?:하고|하며|하게|한다|해\s?왔|하고\s?있)`,
);
export const NOT_ONE_EVENT_CUES: readonly RegExp[] = [HABIT_CUE, URGING_CUE, POLICY_CUE];

export const GENERIC_CUES: readonly RegExp[] = [
  rx(
    // A size ("the 248-km DMZ", "길이 248km"), not a position ("2.5 kilometers from the coast", "11 km east of
    // Sokcho", "1.5km 떨어진", "1km 지점") nor how far someone came ("0.9㎞가량 침범", "2 km into the South").
    String.raw`\b\d[\d,.]*\s*(?:km|㎞|킬로미터|kilometers?|kilometres?|miles?|-km|-kilometer|-mile)(?![a-z])(?!\)?\s*(?:\([^)]{1,20}\)\s*)?(?:from|off|away|inland|offshore|into|inside|beyond|past|(?:south|north|east|west)(?:east|west)?(?:ward)?\s+of|(?:가량|정도|쯤)?\s?(?:떨어|거리|지점|해상|앞바다|부근|인근|밖|침범|넘어|넘었|내려|남하|북상|월선|들어)))|\b(?:\d[\d,.]*|two|four|2\.5)[- ](?:km|kilometer|kilometre|mile)[- ](?:wide|long)\b`,
  ),
  rx(
    String.raw`\b(?:more\s+than|over|about|some|nearly|around|roughly)\s+[\d,]{3,}\b|\b\d{1,3}(?:,\d{3})+\s+(?:north\s+koreans|defectors|people|mines)\b|\bmillions?\s+of\s+(?:land)?mines\b`,
  ),
  rx(
    String.raw`\b(?:(?:most|many|few|some|all|other)\s+(?:of\s+the\s+)?|(?:the\s+)?(?:overwhelming\s+|vast\s+|great\s+)?majority\s+of\s+)(?:north\s+korean\s+)?(?:defectors|defections|north\s+koreans|escapees)\b|\bdefectors\s+(?:usually|often|typically|generally|mostly|tend)\b|\b(?:every|each|any)\s+(?:new\s+)?(?:north\s+korean\s+)?(?:defector|escapee)\b|모든\s?(?:탈북민|탈북자|귀순자)`,
  ),
  // The line's own course ("the DMZ runs 248 km", "the MDL that divides the estuary") or mark ("the MDL is marked by a
  // low concrete divider"), not someone who runs across it.
  rx(
    String.raw`\b(?:the\s+)?(?:world'?s\s+)?most\s+(?:heavily\s+)?(?:fortified|militari[sz]ed|dangerous)\b|\b(?:dmz|zone|border|line|frontier|boundary|mdl|nll|estuary|peninsula)\b(?:,[^,.]{0,90},)?,?\s+(?:(?:that|which|itself|also|still)\s+)?(?:stretches|runs|spans|divides|bisects)\b|\bthrough\s+\w+(?:\s+\w+)?\s+runs\s+the\b|\bruns\s+the\s+(?:width|length)\b|\bsince\s+the\s+(?:end\s+of\s+the\s+)?korean\s+war\b|\bsince\s+1953\b|(?:NLL|북방한계선|군사분계선|MDL)(?:이|가)\s?(?:지나|지난다|지나간다|뻗어|가로지르)|\b(?:dmz|zone|border|line|frontier|boundary|mdl|nll)\b(?:,[^,.]{0,90},)?\s+(?:is|are)\s+(?:only\s+|just\s+)?(?:marked|drawn|lined|defined)\b|(?:군사분계선|MDL)(?:은|는)[^.]{0,40}?(?:표시돼|표시되어|그어져)`,
  ),
  // "Depending on when and how it was noticed", "귀순자가 생기면 …": a rule over cases, not one case.
  rx(
    String.raw`\bdepending\s+on\s+(?:how|when|whether|where|who)\b|(?:느냐|는지|을지|ㄹ지)에\s?따라|(?:귀순자|탈북자|월북자|이탈자)가\s?(?:생기면|나오면|발생하면)`,
  ),
  // "문답으로 정리했다": a page saying what it sums up, not an event.
  rx(String.raw`(?:문답|Q&A)(?:으로|형식으로)\s?정리|정리했다\.?\s*$`),
  // A word defined or set against another ("월북은 … 넘어가는 것을 말하고, 그 반대는 월남이다", "'월북'과 '재입북'은 어떻게
  // 다른가", "the term refers to anyone who …"): what a word means, not an event.
  rx(
    String.raw`(?:것|경우|사람|말)(?:을|를)\s?(?:말한다|말하며|말하고|뜻한다|뜻하며|뜻하고|가리킨다|가리키며|가리키고|일컫는다|이른다)|반대(?:는|가)\s[가-힣]+(?:이다|다)|어떻게\s?다른가|차이(?:는|가)\s?(?:뭔가|무엇|뭘까)|\b(?:term|word)\s+['‘"“]?[^.]{0,30}?\s(?:means|refers\s+to)\b|\brefers\s+to\s+(?:anyone|someone|people|those)\b|\bis\s+defined\s+as\b|\bwhat\s+is\s+the\s+difference\b`,
  ),
  // A line of hashtags is a list of topics, not a sentence.
  rx(String.raw`^(?:\s*#[^\s#]+)+\s*$`),
  rx(
    String.raw`\b(?:most|many|all|several|some|none)\s+of\s+(?:these|those|the|them)\b|\bin\s+the\s+(?:19|20)\d0s\b|(?:19|20)\d0년대`,
  ),
  rx(
    String.raw`\b(?:a\s+)?(?:history|timeline|list|chronology)\s+of\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:separate\s+)?(?:cases|incidents)\b|\bpast\s+(?:cases|defections|crossings)\b|\b(?:far\s+from|not|hardly|by\s+no\s+means)\s+the\s+first\b|역대|일지|사례들|그동안|처음(?:이|은)\s?아니`,
  ),
  // Places as sights: what visitors can see and do (a visit within an incident, "on a tour of the JSA", is not this).
  rx(
    String.raw`\b(?:festival|open\s+to\s+the\s+public|(?:tourists|visitors)\s+(?:can|may|will)\b)|둘러보|견학|축제|탐방`,
  ),
  // A count over years ("최근 5년 사이 재입북한 탈북민은 11명", "in the past five years, 11 defectors …"): a tally, not one case.
  rx(
    String.raw`(?:최근|지난)\s?\d+\s?년\s?(?:사이|간|동안|새)[^.]{0,40}?\d+\s?명|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+years\b[^.]{0,60}?\b\d+\s+(?:people|defectors|north\s+koreans|soldiers|civilians|cases)\b|\b\d+\s+(?:people|defectors|north\s+koreans|soldiers|civilians|cases)\b[^.]{0,60}?\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+years\b`,
  ),
  rx(
    String.raw`탈북민\s?[\d만천,]+|[\d,]+\s?명의?\s?탈북|대부분|대개|보통|통상|흔히|이례적|길이\s?\d|폭\s?\d|\d+\s?건(?![너넌널])|한\s?건도`,
  ),
  ...NOT_ONE_EVENT_CUES,
];

/** Anyone who names a former defector going back. */
export const FORMER_DEFECTOR = rx(
  String.raw`\bformer\s+defector\b|\bpreviously\s+defected\b|\bre-?defect|(?<!\b(?:that|said|says|say)\s+(?:he|she|they)\s+)\bhad\s+(?:previously\s+|earlier\s+)?defected\b|\bprevious\s+defector\b|\bwho\s+had\s+(?:fled|escaped)\s+(?:to\s+the\s+south|north\s+korea)\b|\bdefector\s+(?:who|returning|returned|going)\b[^.]{0,40}\b(?:north|home)\b|재입북|탈북민[^.]{0,30}(?:월북|재입북)`,
  'i',
);

/** Counts and lists every value of a rule table found in a text, with where. */
export function findAll<T>(
  rules: ReadonlyArray<Rule<T>>,
  text: string,
): Array<{ value: T; start: number; end: number }> {
  const out: Array<{ value: T; start: number; end: number }> = [];
  for (const [value, re] of rules) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ value, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The distinct values of a rule table present in a text, in rule order. */
export function present<T>(rules: ReadonlyArray<Rule<T>>, text: string): T[] {
  const out: T[] = [];
  for (const [value, re] of rules) {
    re.lastIndex = 0;
    if (!out.includes(value) && re.test(text)) out.push(value);
  }
  return out;
}
