import type { MentionKind } from './kinds';
import type { Features, MentionContext, Scored } from './score';
import MODEL from './model.json';

/**
 * How likely each candidate is the incident a mention is about: a softmax
 * over every incident's score and the score of "none of them" (the mention
 * is a general statement, or about something the dataset does not hold).
 * The incident weights (model.json "weights") and the "none" weights
 * (model.json "none") are fitted together on the dev part of the labelled
 * corpus (scripts/eval/train.ts), so the probabilities mean what they say;
 * the README's reliability table checks that on the part never fitted.
 */

export type Anchor = 'date' | 'name' | 'story' | 'lag';

/** What ties a candidate to this mention beyond place and kind of person. */
export function anchorsOf(f: Features): Anchor[] {
  const out: Anchor[] = [];
  if (
    f['date.day'] ||
    f['date.near'] ||
    f['date.month'] ||
    f['date.monthDay'] ||
    f['date.dayOfMonth'] ||
    f['since.first']
  )
    out.push('date');
  if (f['name.sentence'] || f['name.block']) out.push('name');
  if (f['story.prior']) out.push('story');
  if (f['lag.0_3'] || f['lag.4_14'] || f['floor.near'] || f['recent.first'] || f['recent.only']) out.push('lag');
  return out;
}

const NARROW_KINDS: ReadonlySet<MentionKind> = new Set(['defection', 'crossing']);

/** What speaks for "none of them", from the mention alone. */
export function noneFeatures(ctx: MentionContext): Record<string, number> {
  const seg = ctx.segment;
  return {
    bias: 1,
    generic: Math.min(ctx.sentence.generic, 3),
    aside: seg === 'related' || seg === 'aside' || seg === 'caption' ? 1 : 0,
    entry: seg === 'entry' ? 1 : 0,
    // "the DMZ", "Panmunjom" are places as often as events; "defected" is an event.
    place: NARROW_KINDS.has(ctx.mention.kind) ? 0 : 1,
    noEvent: ctx.sentence.events.length || ctx.sentence.who || ctx.sentence.direction ? 0 : 1,
    // A headline, and a sentence that goes on telling the story, are seldom about nothing in particular.
    headline: seg === 'headline' ? 1 : 0,
    told: ctx.storyLinked ? 1 : 0,
  };
}

export function dot(
  weights: Readonly<Record<string, number>>,
  x: Readonly<Record<string, number | undefined>>,
): number {
  let s = 0;
  for (const [k, v] of Object.entries(x)) s += (weights[k] ?? 0) * (v ?? 0);
  return s;
}

/**
 * Probabilities for scored candidates (best first) against "none". Without an
 * anchor, a candidate is never more than even odds: place, direction and kind
 * of person narrow the list but do not pick one.
 */
export function probabilities(
  scored: readonly Scored[],
  ctx: MentionContext,
  none: Readonly<Record<string, number>> = MODEL.none,
): number[] {
  const noneScore = dot(none, noneFeatures(ctx));
  const max = Math.max(noneScore, ...scored.map((s) => s.score));
  let total = Math.exp(noneScore - max);
  for (const s of scored) total += Math.exp(s.score - max);
  return scored.map((s) => {
    const p = Math.exp(s.score - max) / total;
    return anchorsOf(s.features).length ? p : Math.min(p, 0.5);
  });
}

/** From here a candidate is offered as possible, never asserted. */
export const POSSIBLE_P = 0.3;
