import type { ArticleResult, Judged } from './score-article';

/**
 * The figures the README reports, from scored articles. Pure: the unit test
 * checks them on hand-made results.
 */

export interface Metrics {
  articles: number;
  /** Pages not about Korea (a football column, a Cold-War story) that the extension rightly leaves alone. */
  leftAlone: number;
  mentions: number;
  detection: { recall: number; precision: number; found: number; unlabelled: number };
  linking: {
    confident: number;
    correct: number;
    precision: number;
    /** Of the mentions labelled with an incident, how many were confidently linked to it. */
    recall: number;
    incidentMentions: number;
    /** Of the mentions labelled with an incident, how many have it as their best candidate (confident or not). */
    rankedFirst: number;
    /** Mentions labelled bg/other that stayed unlinked. */
    abstainedCorrectly: number;
    backgroundMentions: number;
  };
  articleTop1: { correct: number; total: number; rate: number };
  negativesWithLink: { count: number; total: number; pages: string[] };
  warnings: {
    falseWarnings: number;
    falseWarningArticles: string[];
    erroneousArticles: number;
    caught: number;
    byField: Record<string, { total: number; caught: number }>;
  };
  calibration: Array<{ from: number; to: number; n: number; accuracy: number }>;
}

const BINS: Array<[number, number]> = [
  [0, 0.3],
  [0.3, 0.5],
  [0.5, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 0.95],
  [0.95, 1.0001],
];

const isIncident = (label: string) => label !== 'bg' && label !== 'other';
/** A place error may be flagged as a wrong front or a wrong county. */
const sameField = (a: string, b: string) =>
  a === b || (['region', 'place'].includes(a) && ['region', 'place'].includes(b));

export function metricsOf(results: readonly ArticleResult[]): Metrics {
  // A page that is not about Korea is left alone on purpose: its marks count only if one names an incident.
  const inScope = results.filter((r) => r.aboutKorea || r.judged.some((j) => isIncident(j.annotation.label)));
  const judged: Judged[] = inScope.flatMap((r) => r.judged);
  const found = judged.filter((j) => j.detected).length;
  const unlabelled = results.filter((r) => r.aboutKorea).reduce((n, r) => n + r.unlabelled.length, 0);

  const confident = judged.filter((j) => j.linked);
  const correct = confident.filter((j) => j.linked === j.annotation.label);
  const incidentMentions = judged.filter((j) => isIncident(j.annotation.label));
  const background = judged.filter((j) => !isIncident(j.annotation.label));

  const top1 = results.filter((r) => r.article.meta.story !== undefined);
  const top1Correct = top1.filter((r) => r.story === r.article.meta.story);

  const negatives = results.filter((r) => r.article.meta.genre === 'negative');
  const negWithLink = negatives.filter((r) => r.judged.some((j) => j.linked) || r.unlabelled.some((u) => u.linked));

  let falseWarnings = 0;
  const falseWarningArticles = new Set<string>();
  for (const r of results) {
    // A warning is expected in the sentence that carries the error, on any of its mentions linked to the incident the
    // error is about: the same field said of another incident is a false warning.
    const expected = new Map<string, Array<{ field: string; incident: string }>>();
    for (const j of r.judged)
      for (const field of j.annotation.warn)
        expected.set(j.context, [...(expected.get(j.context) ?? []), { field, incident: j.annotation.label }]);
    for (const m of [...r.judged, ...r.unlabelled]) {
      const unexpected = m.warnings.filter(
        (w) => !(expected.get(m.context) ?? []).some((x) => sameField(x.field, w) && x.incident === m.linked),
      );
      falseWarnings += unexpected.length;
      if (unexpected.length) falseWarningArticles.add(r.article.name);
    }
  }
  const erroneous = results.filter((r) => r.article.meta.errors?.length);
  const byField: Record<string, { total: number; caught: number }> = {};
  let caught = 0;
  for (const r of erroneous) {
    const field = r.article.meta.errors![0]!.field;
    const expected = r.judged.filter((j) => j.annotation.warn.length);
    // Caught only by a warning about the incident the error is about, not the same field said of another one.
    const hit = [...r.judged, ...r.unlabelled].some((m) =>
      expected.some(
        (e) =>
          e.context === m.context &&
          m.linked === e.annotation.label &&
          m.warnings.some((w) => e.annotation.warn.some((x) => sameField(x, w))),
      ),
    );
    byField[field] ??= { total: 0, caught: 0 };
    byField[field].total++;
    if (hit) {
      byField[field].caught++;
      caught++;
    }
  }

  const withTop = judged.filter((j) => j.top);
  const calibration = BINS.map(([from, to]) => {
    const inBin = withTop.filter((j) => j.p >= from && j.p < to);
    const right = inBin.filter((j) => j.top === j.annotation.label).length;
    return { from, to: Math.min(1, to), n: inBin.length, accuracy: inBin.length ? right / inBin.length : NaN };
  });

  return {
    articles: results.length,
    leftAlone: results.length - inScope.length,
    mentions: judged.length,
    detection: { recall: ratio(found, judged.length), precision: ratio(found, found + unlabelled), found, unlabelled },
    linking: {
      confident: confident.length,
      correct: correct.length,
      precision: ratio(correct.length, confident.length),
      recall: ratio(incidentMentions.filter((j) => j.linked === j.annotation.label).length, incidentMentions.length),
      incidentMentions: incidentMentions.length,
      rankedFirst: ratio(incidentMentions.filter((j) => j.top === j.annotation.label).length, incidentMentions.length),
      abstainedCorrectly: background.filter((j) => !j.linked).length,
      backgroundMentions: background.length,
    },
    articleTop1: { correct: top1Correct.length, total: top1.length, rate: ratio(top1Correct.length, top1.length) },
    negativesWithLink: {
      count: negWithLink.length,
      total: negatives.length,
      pages: negWithLink.map((r) => r.article.name),
    },
    warnings: {
      falseWarnings,
      falseWarningArticles: [...falseWarningArticles],
      erroneousArticles: erroneous.length,
      caught,
      byField,
    },
    calibration,
  };
}

function ratio(a: number, b: number): number {
  return b ? a / b : NaN;
}
