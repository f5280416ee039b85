import type { ArticleResult } from './score-article';
import { anchorsOf } from '../../src/match/confidence';

/**
 * Fits the matching model on labelled mentions: a conditional logit in which
 * each mention chooses among every incident (score = weights · features) and
 * "none of them" (score = none · mention features). Gradient descent on the
 * log-likelihood, with an L2 pull towards the current weights so that rare
 * features keep their hand-set sense instead of swinging on a few examples.
 * Then picks the confidence threshold: the lowest probability at which
 * out-of-fold links on the dev part are, with 90% confidence, at least 98%
 * right (see thresholdFor).
 */

export interface Model {
  weights: Record<string, number>;
  none: Record<string, number>;
  story: Record<string, number>;
  threshold: number;
}

const TARGET_PRECISION = 0.98;

/**
 * Features held close to their hand-set weight: the corpus was written with
 * the dataset at hand, so its articles echo the incidents' titles far more
 * than real reporting does, and a fitted weight would believe that echo.
 */
const PULL: Record<string, number> = { 'words.title': 50 };

interface Row {
  candidates: Array<{ features: Record<string, number> }>;
  none: Record<string, number>;
  /** Index of the right candidate, or -1 for "none". */
  gold: number;
  anchored: boolean[];
}

function rowsOf(results: readonly ArticleResult[]): Row[] {
  return results.flatMap((r) =>
    r.judged.flatMap((j) => {
      if (!j.training) return [];
      const label = j.annotation.label;
      const gold = label === 'bg' || label === 'other' ? -1 : j.training.candidates.findIndex((c) => c.id === label);
      // A label the candidates lack (an incident added since) teaches nothing.
      if (label !== 'bg' && label !== 'other' && gold < 0) return [];
      const candidates = j.training.candidates.filter((c, i) => i === gold || Object.keys(c.features).length > 0);
      const g = gold < 0 ? -1 : candidates.indexOf(j.training.candidates[gold]!);
      return [
        {
          candidates,
          none: j.training.none,
          gold: g,
          anchored: candidates.map((c) => anchorsOf(c.features).length > 0),
        },
      ];
    }),
  );
}

const dot = (w: Record<string, number>, x: Record<string, number>) =>
  Object.entries(x).reduce((s, [k, v]) => s + (w[k] ?? 0) * v, 0);

/** Probabilities over the candidates and "none" (last), as at run time. */
function softmax(row: Row, m: Model): number[] {
  const scores = [...row.candidates.map((c) => dot(m.weights, c.features)), dot(m.none, row.none)];
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

export function fitModel(results: readonly ArticleResult[], start: Model, epochs = 600, rate = 0.1, l2 = 0.02): Model {
  const m = fitRows(rowsOf(results), start, epochs, rate, l2);
  m.threshold = outOfFoldThreshold(results, start, epochs, rate, l2);
  return m;
}

const FOLDS = 5;

/**
 * The threshold read from predictions on articles the weights were not fitted
 * on: the dev part is cut into five folds by article, each fold is scored by
 * weights fitted on the other four, and the threshold is the lowest
 * probability at which those out-of-fold links reach the target. Read on the
 * fitted articles themselves, it came out too low: their links look surer
 * than links on new text are.
 */
function outOfFoldThreshold(
  results: readonly ArticleResult[],
  start: Model,
  epochs: number,
  rate: number,
  l2: number,
): number {
  const byArticle = results.map((r) => rowsOf([r]));
  const tops: Top[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = byArticle.filter((_, i) => i % FOLDS !== k).flat();
    const fold = fitRows(train, start, epochs, rate, l2);
    for (const row of byArticle.filter((_, i) => i % FOLDS === k).flat()) tops.push(topOf(row, fold));
  }
  return thresholdFor(tops);
}

function fitRows(rows: readonly Row[], start: Model, epochs: number, rate: number, l2: number): Model {
  const m: Model = {
    weights: { ...start.weights },
    none: { ...start.none },
    story: { ...start.story },
    threshold: start.threshold,
  };
  for (let e = 0; e < epochs; e++) {
    const gw: Record<string, number> = {};
    const gn: Record<string, number> = {};
    for (const row of rows) {
      const p = softmax(row, m);
      row.candidates.forEach((c, i) => {
        const err = p[i]! - (row.gold === i ? 1 : 0);
        if (Math.abs(err) < 1e-6) return;
        for (const [k, v] of Object.entries(c.features)) gw[k] = (gw[k] ?? 0) + err * v;
      });
      const errNone = p[p.length - 1]! - (row.gold === -1 ? 1 : 0);
      for (const [k, v] of Object.entries(row.none)) gn[k] = (gn[k] ?? 0) + errNone * v;
    }
    for (const k of Object.keys(m.weights))
      m.weights[k] =
        m.weights[k]! - rate * ((gw[k] ?? 0) / rows.length + l2 * (PULL[k] ?? 1) * (m.weights[k]! - start.weights[k]!));
    for (const k of Object.keys(m.none))
      m.none[k] = m.none[k]! - rate * ((gn[k] ?? 0) / rows.length + l2 * (m.none[k]! - start.none[k]!));
  }
  for (const k of Object.keys(m.weights)) m.weights[k] = round(m.weights[k]!);
  for (const k of Object.keys(m.none)) m.none[k] = round(m.none[k]!);
  return m;
}

interface Top {
  p: number;
  right: boolean;
}

/** The best candidate's probability (capped without an anchor, as at run time) and whether it is the labelled one. */
function topOf(row: Row, m: Model): Top {
  const p = softmax(row, m).slice(0, -1);
  let best = 0;
  p.forEach((x, i) => (x > p[best]! ? (best = i) : 0));
  return { p: row.anchored[best] ? p[best]! : Math.min(p[best]!, 0.5), right: best === row.gold };
}

/**
 * The lowest probability at which confident links are at least
 * TARGET_PRECISION right with 90% confidence (the lower Wilson bound of the
 * out-of-fold precision, not the precision itself: a threshold that only just
 * reached the target on the dev part fell well under it on the test part),
 * and never above MAX_THRESHOLD.
 */
function thresholdFor(all: readonly Top[]): number {
  const tops = [...all].sort((a, b) => b.p - a.p);
  let threshold = MAX_THRESHOLD;
  let right = 0;
  tops.forEach((t, i) => {
    right += t.right ? 1 : 0;
    if (t.p > 0.5 && wilsonLower(right, i + 1) >= TARGET_PRECISION) threshold = Math.min(threshold, t.p);
  });
  return round(threshold);
}

const MAX_THRESHOLD = 0.99;
/** One-sided 90%. */
const Z = 1.2816;

export function wilsonLower(right: number, n: number): number {
  const p = right / n;
  const z2 = Z * Z;
  return (p + z2 / (2 * n) - Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** One article's story vote and whether it named the article's labelled incident. */
export interface StoryRow {
  features: Record<string, number>;
  right: boolean;
}

/**
 * Fits the story model: a logistic regression from the headline and lede's
 * vote (how many sentences agree, the headline's vote, their probabilities,
 * whether the page is dated) to whether the most-voted incident is the
 * article's own. Pages about no incident teach it when not to trust a vote.
 */
export function fitStory(
  rows: readonly StoryRow[],
  start: Record<string, number>,
  epochs = 3000,
  rate = 0.1,
  l2 = 0.01,
): Record<string, number> {
  const w = { ...start };
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  for (let e = 0; e < epochs; e++) {
    const g: Record<string, number> = {};
    for (const r of rows) {
      const err = sigmoid(dot(w, r.features)) - (r.right ? 1 : 0);
      for (const [k, v] of Object.entries(r.features)) g[k] = (g[k] ?? 0) + err * v;
    }
    for (const k of Object.keys(w)) w[k] = w[k]! - rate * ((g[k] ?? 0) / rows.length + (k === 'bias' ? 0 : l2 * w[k]!));
  }
  for (const k of Object.keys(w)) w[k] = round(w[k]!);
  return w;
}
