import type { Incident } from '../data/schema';
import { isCrossingType } from '../data/enums';
import { dateAgreement, dayNumber, type PartialDate } from './dates';
import type { Features } from './features';
import type { Mention } from './detect';

/** Features at three distances from the mention; nearer ones win. */
export interface LayeredFeatures {
  sentence: Features;
  paragraph: Features;
  page: Features;
}

export interface PageDates {
  /** Publication date from the page's metadata. */
  published?: string;
  /** Without one: the latest date the page mentions, a lower bound. */
  floor?: string;
}

export interface Candidate {
  incident: Incident;
  score: number;
  confidence: number;
  reasons: string[];
}

const LAYER_WEIGHT = { sentence: 1, paragraph: 0.6, page: 0.45 } as const;
type Layer = keyof typeof LAYER_WEIGHT;

/** The nearest layer with something to say about a feature. */
function nearest<T>(layers: LayeredFeatures, pick: (f: Features) => T | undefined, has: (v: T) => boolean): [T, Layer] | undefined {
  for (const layer of ['sentence', 'paragraph', 'page'] as const) {
    const v = pick(layers[layer]);
    if (v !== undefined && has(v)) return [v, layer];
  }
  return undefined;
}

const nonEmpty = <T>(v: readonly T[]) => v.length > 0;

/** Score at which confidence is 1; calibrated on tests/fixtures. */
const FULL_SCORE = 8;

function confidenceOf(score: number): number {
  return Math.max(0, Math.min(1, score / FULL_SCORE));
}

/**
 * How well the dates agree. A date named in the sentence decides; one named
 * elsewhere in the paragraph only helps; otherwise the article's own date.
 */
function scoreDate(incident: Incident, layers: LayeredFeatures, page: PageDates, add: (w: number, why: string) => void): void {
  const inSentence = layers.sentence.dates;
  if (inSentence.length) {
    const best = bestAgreement(inSentence, incident);
    if (best === 'none') add(-1.5, 'the sentence names another date');
    else addAgreement(best, 1, incident, add);
    return;
  }
  const inParagraph = bestAgreement(layers.paragraph.dates, incident);
  if (inParagraph !== 'none') addAgreement(inParagraph, 0.35, incident, add);

  const incDay = dayNumber(incident.date);
  if (page.published) {
    const lag = dayNumber(page.published) - incDay;
    if (lag < -1) add(-6, 'after the article was published');
    else if (lag <= 7) add(3, 'days before the article');
    else if (lag <= 45) add(1.5, 'weeks before the article');
    else if (lag <= 400) add(0.3, 'within a year of the article');
  } else if (page.floor) {
    // Without a publication date, the latest date the page names is a lower
    // bound: the story is about something on or after it.
    const lag = incDay - dayNumber(page.floor);
    if (lag >= -3 && lag <= 45) add(2.5, 'just after the latest date the page names');
    else if (lag > 45 && lag <= 400) add(1.2, 'months after the latest date the page names');
    else if (lag > 400 && lag <= 730) add(0.4, 'within two years of dates on the page');
    else if (lag < -3 && lag >= -400) add(0.2, 'within a year of dates on the page');
  }
}

function addAgreement(level: 'day' | 'month' | 'year', weight: number, incident: Incident, add: (w: number, why: string) => void): void {
  if (level === 'day') add(4 * weight, `same date (${incident.date})`);
  else if (level === 'month') add(3.2 * weight, `same month (${incident.date.slice(0, 7)})`);
  else add(2 * weight, `same year (${incident.date.slice(0, 4)})`);
}

function bestAgreement(dates: readonly PartialDate[], incident: Incident): 'day' | 'month' | 'year' | 'none' {
  const order = ['none', 'year', 'month', 'day'] as const;
  let best: (typeof order)[number] = 'none';
  for (const d of dates) {
    const a = dateAgreement(d, incident.date, incident.datePrecision);
    if (order.indexOf(a) > order.indexOf(best)) best = a;
  }
  return best;
}

/** Scores one incident against a mention's context. Pure and cheap: no allocation beyond reasons. */
export function scoreIncident(incident: Incident, mention: Mention, layers: LayeredFeatures, page: PageDates, nameHit: boolean, wordOverlap = 0): Candidate {
  let score = 0;
  const reasons: string[] = [];
  const add = (w: number, why: string) => {
    score += w;
    if (w > 0) reasons.push(why);
  };

  if (nameHit) add(3.5, 'named in the text');
  if (wordOverlap >= 0.3) add(Math.min(1.5, wordOverlap), 'shares telling words');
  scoreDate(incident, layers, page, add);

  const dir = nearest(layers, (f) => f.direction, () => true);
  if (dir && incident.direction !== 'none') {
    const w = LAYER_WEIGHT[dir[1]];
    if (dir[0] === incident.direction) add(2 * w, dir[0] === 'north-to-south' ? 'crossed south' : 'crossed north');
    else add(-2.5 * w, 'other direction');
  }

  const who = incident.who ?? [];
  const roles = nearest(layers, (f) => f.roles, nonEmpty);
  if (roles && who.length) {
    const w = LAYER_WEIGHT[roles[1]];
    if (who.some((p) => roles[0].includes(p.role))) add(1.2 * w, `a ${who[0]!.role}`);
    // Articles often get who it was wrong, so a mismatch costs little.
    else add(-0.4 * w, 'different person');
  }
  const ranks = nearest(layers, (f) => f.ranks, nonEmpty);
  if (ranks && who.some((p) => p.rank && ranks[0].some((r) => p.rank!.toLowerCase().includes(r)))) add(1 * LAYER_WEIGHT[ranks[1]], `rank: ${ranks[0][0]}`);
  const origins = nearest(layers, (f) => f.origins, nonEmpty);
  if (origins && who.some((p) => origins[0].includes(p.origin))) add(0.6 * LAYER_WEIGHT[origins[1]], 'same nationality');
  const former = nearest(layers, (f) => (f.formerDefector ? true : undefined), () => true);
  if (former && who.some((p) => p.formerDefector)) add(1.5 * LAYER_WEIGHT[former[1]], 'a former defector going back');

  // A defection is a person changing sides: a crossing, not an incursion or a clash.
  const defection = nearest(layers, (f) => (f.defection ? true : undefined), () => true);
  if (defection && isCrossingType(incident.type)) add(0.8 * LAYER_WEIGHT[defection[1]], 'a defection');

  const regions = nearest(layers, (f) => f.regions, nonEmpty);
  if (regions && incident.region) {
    const w = LAYER_WEIGHT[regions[1]];
    if (regions[0].includes(incident.region)) add(1.6 * w, `place: ${incident.region.replace('-', ' ')}`);
    else add(-0.8 * w, 'another place');
  }
  const routes = nearest(layers, (f) => f.routes, nonEmpty);
  if (routes && routes[0].includes(incident.route)) add(0.6 * LAYER_WEIGHT[routes[1]], `route: ${incident.route}`);
  const methods = nearest(layers, (f) => f.methods, nonEmpty);
  if (methods && incident.method?.some((m) => methods[0].includes(m))) add(0.6 * LAYER_WEIGHT[methods[1]], 'same method');

  // The mention itself says where: "Panmunjom" is about the JSA, "NLL" about the sea.
  if (mention.kind === 'jsa' && incident.region === 'jsa') add(1, 'at the JSA');
  if (mention.kind === 'nll' && incident.route === 'sea') add(0.8, 'at sea');

  return { incident, score, confidence: confidenceOf(score), reasons };
}
