import type { ArticleResult } from './score-article';

/**
 * Fits the confidence model: a logistic regression from the features the
 * matcher reports for its best candidate (score, margin, anchors, how general
 * the sentence is, where on the page) to whether that candidate is the
 * labelled incident. L2-regularised gradient descent; small and dependency-free.
 * Then picks the lowest threshold at which the dev part's confident links are
 * at least 99% right, leaving room for the 98% target on unseen text.
 */

const FEATURES = ['score', 'margin', 'anchor.date', 'anchor.name', 'anchor.story', 'anchor.lag', 'generic', 'aside', 'conflicts'] as const;
const TARGET_PRECISION = 0.99;

export function fitConfidence(results: readonly ArticleResult[], epochs = 4000, rate = 0.05, l2 = 0.01): Record<string, number> {
  const rows = results.flatMap((r) =>
    r.judged.filter((j) => j.detected && j.top).map((j) => ({ x: FEATURES.map((f) => j.confidenceFeatures[f] ?? 0), y: j.top === j.annotation.label ? 1 : 0, anchored: anchored(j.confidenceFeatures) })),
  );
  // Standardise so one learning rate suits every feature.
  const mean = FEATURES.map((_, k) => avg(rows.map((r) => r.x[k]!)));
  const sd = FEATURES.map((_, k) => Math.sqrt(avg(rows.map((r) => (r.x[k]! - mean[k]!) ** 2))) || 1);
  const z = rows.map((r) => r.x.map((v, k) => (v - mean[k]!) / sd[k]!));
  const w = FEATURES.map(() => 0);
  let b = 0;
  for (let e = 0; e < epochs; e++) {
    const gw = w.map(() => 0);
    let gb = 0;
    rows.forEach((r, i) => {
      const p = sigmoid(b + dot(w, z[i]!));
      const err = p - r.y;
      gb += err;
      z[i]!.forEach((v, k) => (gw[k]! += err * v));
    });
    b -= (rate * gb) / rows.length;
    w.forEach((_, k) => (w[k]! -= rate * (gw[k]! / rows.length + l2 * w[k]!)));
  }
  // Back to the raw scale.
  const model: Record<string, number> = { bias: b - FEATURES.reduce((s, _, k) => s + (w[k]! * mean[k]!) / sd[k]!, 0) };
  FEATURES.forEach((f, k) => (model[f] = round(w[k]! / sd[k]!)));
  model.bias = round(model.bias!);
  // Lowest threshold with dev precision ≥ target (probabilities capped at ½ without an anchor, as at run time).
  const scored = rows.map((r, i) => ({ p: r.anchored ? sigmoid(b + dot(w, z[i]!)) : Math.min(0.5, sigmoid(b + dot(w, z[i]!))), y: r.y })).sort((a, c) => c.p - a.p);
  let threshold = 0.95;
  let right = 0;
  scored.forEach((s, i) => {
    right += s.y;
    if (right / (i + 1) >= TARGET_PRECISION && s.p > 0.5) threshold = Math.min(threshold, s.p);
  });
  model.threshold = round(Math.max(0.55, threshold));
  return model;
}

function anchored(f: Record<string, number>): boolean {
  return Boolean(f['anchor.date'] || f['anchor.name'] || f['anchor.story'] || f['anchor.lag']);
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const avg = (xs: readonly number[]) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : 0);
const round = (x: number) => Math.round(x * 1000) / 1000;
