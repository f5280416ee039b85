import type { Direction, Method, Origin, Region, Role, Route } from '../data/schema';
import { findDates, type PartialDate } from './dates';

/** What a piece of text says about a crossing. Absent fields: the text is silent. */
export interface Features {
  dates: PartialDate[];
  /** Weekday named in the text ("on Sunday"), 0 = Sunday. */
  weekday?: number;
  direction?: Direction;
  roles: Role[];
  origins: Origin[];
  ranks: string[];
  regions: Region[];
  routes: Route[];
  methods: Method[];
  formerDefector: boolean;
  /** The text speaks of defecting (a person changing sides), not just crossing. */
  defection: boolean;
}

type Rule<T> = readonly [T, RegExp];

/** Counted both ways; the stronger side wins, a tie says nothing. */
const DIRECTION_RULES: ReadonlyArray<Rule<Direction>> = [
  ['north-to-south', /\bdefect(?:ed|ing|s|ion|ions)?\s+(?:to|into)\s+(?:the\s+)?(?:democratic\s+)?south\b/gi],
  ['north-to-south', /\b(?:fled|flee(?:s|ing)?|escaped|crossed|swam|walked|came|ran|sailed|drifted)\s+(?:\w+\s+){0,3}?(?:to|into|towards?)\s+(?:the\s+)?south(?:\s+korea)?\b/gi],
  ['north-to-south', /\bsouth(?:wards?)\b|\bfrom\s+(?:the\s+)?north\s+to\s+(?:the\s+)?south\b|\bheading\s+south\b/gi],
  ['north-to-south', /\bnorth\s+korean\s+(?:\w+\s+){0,2}?(?:soldier|defector|troops?|sergeant|private|man|woman|civilian|resident|fishermen|fisherman|officer)s?\b[^.]{0,60}?\b(?:defect|cross|fled|escap)/gi],
  // 탈북민/탈북자 name a person, not the way this crossing went.
  ['north-to-south', /귀순|탈북(?!민|자)|월남|남하|남으로/g],
  ['south-to-north', /\bdefect(?:ed|ing|s|ion|ions)?\s+(?:\w+\s+){0,2}?(?:to|into)\s+(?:[\w'’-]+\s+){0,4}?north(?:\s+korea)?\b/gi],
  ['south-to-north', /\b(?:fled|flee(?:s|ing)?|escaped|crossed|swam|walked|went|gone|go|ran|returned|return|back)\s+(?:\w+\s+){0,3}?(?:to|into|towards?)?\s*(?:the\s+)?north(?:\s+korea)?\b(?!\s+(?:to|of)\b)/gi],
  ['south-to-north', /\bnorth(?:wards?)\b|\bwent\s+north\b|\bgoing\s+north\b|\bsouth\s+to\s+(?:the\s+)?north\b/gi],
  ['south-to-north', /월북|재입북|입북|북으로/g],
];

const ROLE_RULES: ReadonlyArray<Rule<Role>> = [
  ['soldier', /\b(?:soldiers?|troops?|serviceman|servicemen|private|sergeant|corporal|lieutenant|conscript|army|armed forces)\b|병사|군인|하사|중사|상사|병장|상병|일병|이병|장교|부사관|국군|북한군/gi],
  ['fisherman', /\bfisher(?:man|men)\b|fishing\s+boat|어민|어부/gi],
  ['official', /\b(?:fisheries\s+official|government\s+official|civil\s+servant)\b|공무원/gi],
  ['diplomat', /\bdiplomats?\b|\benvoy\b|\bambassador\b|외교관|공사/gi],
  ['civilian', /\bcivilians?\b|\bresidents?\b|\bgymnast\b|\bfarmer\b|\bstudent\b|\bwoman\b|\bfamily\b|주민|민간인|일가족/gi],
];

const ORIGIN_RULES: ReadonlyArray<Rule<Origin>> = [
  ['north-korea', /\bnorth\s+korean\b|\bn\.?\s?korean\b|북한\s?(?:군|병사|주민|어민|군인)|북한군/gi],
  ['south-korea', /\bsouth\s+korean\s+(?:\w+\s+)?(?:soldier|man|woman|national|civilian|citizen|private|sergeant|official)s?\b|\bs\.?\s?korean\s+(?:soldier|man|woman)\b|국군|한국군|우리\s?군/gi],
  ['united-states', /\b(?:u\.?s\.?|american|us\s+army)\s+(?:\w+\s+)?(?:soldier|private|sergeant|serviceman|troops?|deserter)s?\b|미군|주한미군/gi],
];

const RANKS: ReadonlyArray<Rule<string>> = [
  ['staff sergeant', /\bstaff\s+sergeant\b|중사/gi],
  ['sergeant', /\b(?<!staff\s)sergeant\b|하사/gi],
  ['private', /\bprivate(?:\s+(?:first|second)\s+class)?\b(?=\s+[A-Z]|\s+soldier|,)|이병|일병/g],
  ['corporal', /\bcorporal\b|상병|병장/gi],
  ['lieutenant', /\blieutenant\b|소위|중위/gi],
  ['major', /\bmajor\b(?=\s+(?:general\b)?)(?!\s+(?:city|cities|problem|change|part|role|step|issue|event|incident|defection)\b)|소령/gi],
];

const REGION_RULES: ReadonlyArray<Rule<Region>> = [
  ['jsa', /\bJSA\b|\bjoint\s+security\s+area\b|\bpanmunj(?:e)?om\b|\btruce\s+village\b|판문점|공동경비구역/gi],
  ['eastern-front', /\beast(?:ern)?\s+(?:part|section|sector|front|portion|side|border)|\beast(?:ern)?\s+coast\b|\bgoseong\b|동부\s?전선|동해선|고성/gi],
  ['central-front', /\bcentral\s+(?:part|section|sector|front|portion|area|region)|\bcheorwon\b|\bhwacheon\b|\byanggu\b|중부\s?전선|철원|화천|양구/gi],
  ['western-front', /\bwest(?:ern)?\s+(?:part|section|sector|front|portion|side)\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:border|dmz|demilitari[sz]ed|frontier)|\bmid-?western\b|\bpaju\b|\byeoncheon\b|\bkaesong\b|서부\s?전선|파주|연천/gi],
  ['west-sea', /\byellow\s+sea\b|\bwest(?:ern)?\s+sea\b|\bbaengnyeong\b|\byeonpyeong\b|서해|백령도|연평도/gi],
  ['east-sea', /\beast\s+sea\b|\bsea\s+of\s+japan\b|\bsamcheok\b|동해/gi],
  ['han-estuary', /\bhan\s+river\s+estuary\b|\bgyodong\b|\bganghwa\b|한강\s?하구|교동도|강화/gi],
];

const ROUTE_RULES: ReadonlyArray<Rule<Route>> = [
  ['land', /\bland\s+border\b|\bDMZ\b|\bdemilitari[sz]ed\s+zone\b|\bMDL\b|\bdemarcation\s+line\b|\bminefields?\b|비무장지대|군사분계선/gi],
  ['jsa', /\bJSA\b|\bjoint\s+security\s+area\b|\bpanmunj(?:e)?om\b|판문점/gi],
  ['sea', /\bboat\b|\bvessel\b|\bby\s+sea\b|\bNLL\b|\bnorthern\s+limit\s+line\b|\b(?:maritime|sea)\s+border\b|목선|선박|북방한계선/gi],
  ['river', /\briver\b|\bestuary\b|강\s?하구/gi],
  ['third-country', /\bvia\s+china\b|\bthrough\s+china\b|\bthird\s+countr(?:y|ies)\b|제3국|중국을\s?거쳐/gi],
];

const METHOD_RULES: ReadonlyArray<Rule<Method>> = [
  ['walked', /\bwalk(?:ed|ing|s)?\b|\bon\s+foot\b|걸어/gi],
  ['ran', /\bran\b|\brunning\b|\bdash(?:ed)?\b|\bsprint(?:ed)?\b|뛰어/gi],
  ['swam', /\bsw(?:a|i)m(?:ming)?\b|헤엄|수영/gi],
  ['boat', /\bboat\b|\bvessel\b|\bship\b|목선|선박|배를/gi],
  ['vehicle', /\bdr(?:o|i)ve\b|\bjeep\b|\btruck\b|\bvehicle\b|차량|지프/gi],
  ['climbed-fence', /\bclimb(?:ed|ing)?\b[^.]{0,30}\bfences?\b|\bjump(?:ed|ing)?\b[^.]{0,30}\bfences?\b|\bfences?\b[^.]{0,20}\bclimb|철책/gi],
];

const FORMER_DEFECTOR = /\bformer\s+defector\b|\bpreviously\s+defected\b|\bre-?defect|\bhad\s+(?:previously\s+)?defected\b|\bprevious\s+defector\b|\breturn(?:ed|ing)?\s+(?:home\s+)?to\s+(?:the\s+)?north\b|\bback\s+to\s+(?:the\s+)?north\b|재입북|탈북민[^.]{0,20}월북/i;

const DEFECTION = /\bdefect(?:ed|ing|ion|ions|or|ors|s)?\b|\b(?:fled|flee|escape[sd]?)\b|귀순|탈북|월북|망명/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(?:on|last|this)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|([일월화수목금토])요일/i;
const KO_WEEKDAYS = '일월화수목금토';

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function present<T>(rules: ReadonlyArray<Rule<T>>, text: string): T[] {
  const out: T[] = [];
  for (const [value, re] of rules) {
    re.lastIndex = 0;
    if (!out.includes(value) && re.test(text)) out.push(value);
  }
  return out;
}

export function directionOf(text: string): Direction | undefined {
  let south = 0;
  let north = 0;
  for (const [dir, re] of DIRECTION_RULES) {
    if (dir === 'north-to-south') south += count(re, text);
    else north += count(re, text);
  }
  if (south === north) return undefined;
  return south > north ? 'north-to-south' : 'south-to-north';
}

export function extractFeatures(text: string): Features {
  const wd = WEEKDAY_RE.exec(text);
  const weekday = wd ? (wd[1] ? WEEKDAYS.indexOf(wd[1].toLowerCase()) : KO_WEEKDAYS.indexOf(wd[2]!)) : undefined;
  const direction = directionOf(text);
  const roles = present(ROLE_RULES, text);
  return {
    dates: findDates(text),
    ...(weekday !== undefined && weekday >= 0 ? { weekday } : {}),
    ...(direction ? { direction } : {}),
    roles,
    origins: present(ORIGIN_RULES, text),
    ranks: present(RANKS, text),
    regions: present(REGION_RULES, text),
    routes: present(ROUTE_RULES, text),
    methods: present(METHOD_RULES, text),
    formerDefector: FORMER_DEFECTOR.test(text),
    defection: DEFECTION.test(text),
  };
}
