import type { Features, Scored, SegmentKind } from './score';
import MODEL from './confidence.json';

/**
 * How likely the best candidate is the incident a mention is about, as a
 * probability: a logistic model over the best score, its margin over the
 * runner-up, what anchors it, how general the sentence is and where on the
 * page it stands. Fitted and calibrated on the labelled corpus
 * (scripts/eval/train.ts); its reliability table is in the README.
 */

export type Anchor = 'date' | 'name' | 'story' | 'lag';

/** What ties a candidate to this mention beyond place and kind of person, strongest first. */
export function anchorsOf(f: Features): Anchor[] {
  const out: Anchor[] = [];
  if (f['date.day'] || f['date.near'] || f['date.month']) out.push('date');
  if (f['name.sentence'] || f['name.block']) out.push('name');
  if (f['story.prior']) out.push('story');
  if (f['lag.0_3'] || f['lag.4_14'] || f['floor.near']) out.push('lag');
  return out;
}

export interface ConfidenceInput {
  top: Scored;
  runnerUp?: Scored;
  /** Signs that the sentence is a general statement. */
  generic: number;
  segment: SegmentKind;
}

export function confidenceFeatures({ top, runnerUp, generic, segment }: ConfidenceInput): Record<string, number> {
  const anchors = anchorsOf(top.features);
  const conflicts = Object.entries(top.features).filter(([k, v]) => k.endsWith('conflict') && v).length;
  return {
    score: top.score,
    margin: Math.min(6, top.score - (runnerUp?.score ?? 0)),
    'anchor.date': anchors.includes('date') ? 1 : 0,
    'anchor.name': anchors.includes('name') ? 1 : 0,
    'anchor.story': anchors.includes('story') ? 1 : 0,
    'anchor.lag': anchors.includes('lag') ? 1 : 0,
    generic: Math.min(generic, 3),
    aside: segment === 'related' || segment === 'aside' || segment === 'caption' ? 1 : 0,
    conflicts,
  };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The probability that the top candidate is right. Without an anchor it is never above one half. */
export function confidence(input: ConfidenceInput, model: Record<string, number> = MODEL): number {
  const x = confidenceFeatures(input);
  let z = model.bias ?? 0;
  for (const [k, v] of Object.entries(x)) z += (model[k] ?? 0) * v;
  const p = sigmoid(z);
  return anchorsOf(input.top.features).length ? p : Math.min(p, 0.5);
}

/** The probability from which a link is shown as the incident (chosen on the corpus for ≥ 98% precision). */
export const CONFIDENT_P: number = MODEL.threshold;
/** From here a candidate is offered as possible, never asserted. */
export const POSSIBLE_P = 0.3;
