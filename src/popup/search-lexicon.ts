import type { Direction, IncidentType, Method, Origin, Region, Role, Route } from '../data/schema';
import { normalize, tokens } from './search-text';

/**
 * Words and phrases readers put in a search, in English and Korean, and what
 * they ask of an incident's structured fields. The parser takes the longest
 * phrase first, so "north korea" never reads as the direction "north".
 */

export type FacetField =
  'direction' | 'type' | 'role' | 'origin' | 'region' | 'route' | 'method' | 'place' | 'former-defector';

export interface Sense {
  field: FacetField;
  /** Any of these values satisfies it; for 'place', names the incident's place must contain. */
  values: readonly string[];
  /**
   * Also met, less strongly, by an incident whose names, title or place use one
   * of the entry's phrases (the 2019 fishermen's title says 판문점 though they
   * were not at the JSA). Off where the structured field says it all (roles,
   * directions) or the words are too common for it ("north").
   */
  literal: boolean;
  /** Only ranks: "South Korean" should not hide the drones, which name nobody. */
  boost?: boolean;
}

const sense =
  <T extends string>(field: FacetField, literal = true) =>
  (...values: T[]): Sense => ({ field, values, literal });

const direction = (d: Direction): Sense => ({ field: 'direction', values: [d], literal: false });
const type = sense<IncidentType>('type');
const role = sense<Role>('role', false);
const region = sense<Region>('region');
const route = sense<Route>('route');
const method = sense<Method>('method');
const origin = (o: Origin, boost = false): Sense => ({
  field: 'origin',
  values: [o],
  literal: false,
  ...(boost ? { boost } : {}),
});
const place = (...names: string[]): Sense => ({ field: 'place', values: names.map(normalize), literal: true });
const formerDefector: Sense = { field: 'former-defector', values: [], literal: true };
/** 귀순 and 월북 name defections, but an incursion crossed the same way: defections rank first. */
const DEFECTION_FIRST: Sense = { field: 'type', values: ['defection'], literal: false, boost: true };

const CIVILIANS: Role[] = ['civilian', 'fisherman', 'official', 'student', 'tourist'];

/** Each entry: phrases separated by '|', then what they mean (nothing: a word that says nothing here). */
const ENTRIES: Array<[phrases: string, ...senses: Sense[]]> = [
  // Words every incident shares, and filler.
  [
    'north korea|north korean|north koreans|n korea|n korean|nk|dprk|korea|korean|koreans|koreas|북한|북측|북한의|남북|한국',
  ],
  [
    'the|a|an|of|in|on|at|to|into|and|or|by|from|with|for|near|was|were|who|his|her|their|incident|incidents|event|events|case|story|news|사건|사태|관련|당시|그리고|및',
  ],
  ['cross|crosses|crossed|crossing|crossings|border|borders|line|넘어|넘어서'],

  // Which way people crossed.
  [
    'north|northward|northwards|northbound|to the north|into the north|to north korea|into north korea|went north|gone north|back north|went back north',
    direction('south-to-north'),
  ],
  [
    'south|southward|southwards|southbound|to the south|into the south|to south korea|into south korea|went south',
    direction('north-to-south'),
  ],
  ['월북|입북', direction('south-to-north'), DEFECTION_FIRST],
  ['북으로', direction('south-to-north')],
  [
    '재입북|redefector|redefectors|redefected|redefection|re defected|re defector|re defection|former defector|former defectors|went back',
    direction('south-to-north'),
    formerDefector,
  ],
  ['귀순|귀순자|탈북|월남', direction('north-to-south'), DEFECTION_FIRST],
  ['남하|남으로', direction('north-to-south')],

  // Who crossed.
  ['south korean|south koreans|s korean|한국군|국군|우리군|아군', origin('south-korea', true)],
  ['american|americans|u s|us|usa|united states|usfk|us army|u s army|미국|미국인', origin('united-states')],
  ['미군|주한미군', origin('united-states'), role('soldier')],
  ['soldier|soldiers|troops|troop|serviceman|servicemen|army|병사|군인|장병|북한군|인민군', role('soldier')],
  ['deserter|deserters|desertion|탈영|탈영병', role('soldier'), type('defection')],
  ['civilian|civilians|resident|residents|주민|민간인|일반인', role(...CIVILIANS)],
  ['fisherman|fishermen|fisher|fishers|어민|어부|선원', role('fisherman')],
  ['official|officials|civil servant|공무원', role('official')],
  ['tourist|tourists|관광객', role('tourist')],
  ['student|students|학생|대학생', role('student')],
  ['diplomat|diplomats|외교관', role('diplomat')],

  // What happened.
  [
    'defect|defects|defected|defecting|defection|defections|defector|defectors|asylum|escape|escaped|fled|망명|탈북민|탈북자',
    type('defection'),
  ],
  // "Deported" and 강제 북송 stay plain words: they name the 2019 fishermen's case, not every return.
  ['repatriation|repatriated|repatriate|sent back|sent home|송환|북송', type('repatriation')],
  ['drift|drifted|drifting|adrift|표류', type('drift')],
  ['incursion|incursions|intrusion|침범|월선', type('incursion')],
  [
    'infiltration|infiltrated|infiltrators|commando|commandos|spy|spies|agent|agents|침투|간첩|공비|무장공비|공작원',
    type('infiltration'),
  ],
  ['visit|visited|방북|방문', type('visit')],
  [
    'battle|battles|clash|clashes|skirmish|firefight|gunfight|gunfire|exchange of fire|naval clash|교전|해전|총격전|충돌',
    type('armed-clash'),
  ],
  ['attack|attacks|attacked|shelling|shelled|sinking|sunk|torpedo|torpedoed|포격|공격|격침', type('attack')],
  ['피격', type('attack', 'shooting')],
  ['shooting|shot|shoot|총격|사살|피살', type('shooting')],
  ['mine|mines|landmine|landmines|mine blast|land mine|지뢰|목함지뢰', type('mine-blast')],
  ['tunnel|tunnels|땅굴', type('tunnel')],
  [
    'propaganda|balloon|balloons|leaflet|leaflets|loudspeaker|loudspeakers|풍선|오물풍선|오물 풍선|전단|대북전단|확성기',
    type('propaganda'),
  ],
  ['drone|drones|uav|무인기|드론', type('drone')],
  ['agreement|accord|armistice|ceasefire|합의|협정|군사합의|정전협정|휴전협정', type('agreement')],
  ['summit|summits|정상회담|회담|회동', type('summit')],
  ['demolition|demolished|blown up|blew up|blow up|폭파', type('demolition')],
  ['guard post|guard posts|gp|gps|초소|감시초소', type('fortification')],

  // How.
  ['boat|boats|ship|ships|vessel|vessels|fishing boat|wooden boat|목선|선박|어선|보트|배', method('boat')],
  ['swim|swims|swam|swimming|swimmer|헤엄|수영', method('swam')],
  ['walk|walks|walked|walking|on foot|걸어서|도보', method('walked')],
  ['ran|run|dash|dashed|sprint|sprinted|뛰어서', method('ran')],
  ['drove|car|jeep|truck|vehicle|차량|지프', method('vehicle')],
  ['fence|fences|철책', method('climbed-fence')],
  ['drain|drainage|culvert|배수로|배수관', method('drain')],
  ['cut|cutters|절단', method('cut-fence')],
  ['aircraft|plane|airplane|비행기', method('aircraft')],

  // Where: the border's parts, in the words articles use.
  ['jsa|joint security area|panmunjom|panmunjeom|truce village|판문점|공동경비구역', region('jsa')],
  [
    'eastern front|east front|eastern dmz|eastern border|eastern sector|동부전선|동부 전선|동부',
    region('eastern-front'),
  ],
  ['central front|central dmz|central border|central sector|중부전선|중부 전선|중부', region('central-front')],
  [
    'western front|west front|western dmz|western border|western sector|서부전선|서부 전선|서부',
    region('western-front'),
  ],
  ['west sea|yellow sea|western sea|서해|서해상', region('west-sea')],
  ['east sea|sea of japan|동해|동해상', region('east-sea')],
  ['han river estuary|han estuary|han river|한강 하구|한강하구|한강', region('han-estuary')],
  [
    'dmz|demilitarized zone|demilitarised zone|mdl|military demarcation line|demarcation line|land border|비무장지대|군사분계선|휴전선|육로',
    route('land', 'jsa'),
  ],
  ['sea|by sea|maritime|maritime border|sea border|nll|northern limit line|바다|해상|북방한계선', route('sea')],
  ['river|estuary|강|하구', route('river')],
  ['third country|china|via china|제3국|중국', route('third-country')],

  // Where: islands, counties and towns on the border.
  ['baengnyeong|baengnyeong island|paengnyong|paengnyeong|백령도|백령', place('baengnyeong', '백령')],
  ['yeonpyeong|yeonpyeong island|yonpyong|연평도|연평', place('yeonpyeong', '연평')],
  ['daecheong|daecheong island|대청도|대청', place('daecheong', '대청')],
  ['deokjeok|deokjeok island|덕적도', place('deokjeok', '덕적')],
  ['gyodong|gyodong island|교동도|교동', place('gyodong', '교동')],
  ['ganghwa|ganghwa island|강화도|강화', place('ganghwa', '강화')],
  ['gimpo|김포', place('gimpo', '김포')],
  ['paju|파주', place('paju', '파주')],
  ['dorasan|도라산', place('dorasan', '도라산')],
  ['kaesong|gaeseong|개성', place('kaesong', 'gaeseong', '개성')],
  ['imjin|imjin river|임진강', place('imjin', '임진강')],
  ['yeoncheon|연천', place('yeoncheon', '연천')],
  ['cheorwon|chorwon|철원', place('cheorwon', 'chorwon', '철원')],
  ['hwacheon|화천', place('hwacheon', '화천')],
  ['yanggu|양구', place('yanggu', '양구')],
  ['inje|인제', place('inje', '인제')],
  ['goseong|고성', place('goseong', '고성')],
  ['sokcho|속초', place('sokcho', '속초')],
  ['gangneung|강릉', place('gangneung', '강릉')],
  ['jumunjin|주문진', place('jumunjin', '주문진')],
  ['samcheok|삼척', place('samcheok', '삼척')],
  ['mukho|묵호', place('mukho', '묵호')],
  ['incheon|인천', place('incheon', '인천')],
  ['socheong|socheong island|소청도|소청', place('socheong', '소청')],
  ['ulleung|ulleungdo|ulleung island|울릉도|울릉', place('ulleung', '울릉')],
  ['dokdo|독도', place('dokdo', '독도')],
  ['kumgang|geumgang|mount kumgang|mount geumgang|금강산', place('kumgang', 'geumgang', '금강산')],
];

export interface LexiconEntry {
  senses: readonly Sense[];
  /** Every phrase of the entry, as words: an incident naming any of them meets a literal sense. */
  phrases: ReadonlyArray<readonly string[]>;
}

/** Phrase (normalized words joined by one space) → its entry. */
export const LEXICON: ReadonlyMap<string, LexiconEntry> = (() => {
  const map = new Map<string, LexiconEntry>();
  for (const [list, ...senses] of ENTRIES) {
    const phrases = list.split('|').map((p) => tokens(normalize(p)));
    const entry = { senses, phrases };
    for (const p of phrases) {
      const key = p.join(' ');
      // A phrase in two entries would silently take the later meaning.
      if (map.has(key)) throw new Error(`search lexicon: "${key}" is listed twice`);
      map.set(key, entry);
    }
  }
  return map;
})();

/** The most words a phrase has. */
export const LONGEST_PHRASE = Math.max(...[...LEXICON.keys()].map((p) => p.split(' ').length));
