/**
 * npm run eval [-- --details] [-- --train | --train-story] [-- --show-test]
 *
 * Runs the extension's page pipeline over the labelled corpus
 * (tests/fixtures/eval/) and prints, for the dev and test parts: detection
 * recall and precision, precision and recall of confident links, article
 * top-1, negative pages with a confident link, false and caught warnings, and
 * the reliability table. --details lists the dev part's mistakes (the test
 * part's only with --show-test: it is for reporting, not tuning). --train fits
 * the matching model on dev and writes src/match/model.json.
 */
import { writeFileSync } from 'node:fs';
import { loadDataset } from '../src/data/load';
import { IncidentMatcher } from '../src/match/matcher';
import { loadCorpus } from './eval/corpus';
import { metricsOf, type Metrics } from './eval/metrics';
import { scoreArticle, type ArticleResult } from './eval/score-article';
import { fitModel, fitStory, type Model } from './eval/train';
import { storyVoteOf } from './eval/score-article';
import MODEL from '../src/match/model.json';

const args = new Set(process.argv.slice(2));
const dataset = loadDataset();
const ids = new Set(dataset.incidents.map((i) => i.id));
const corpus = loadCorpus();

const unknown = corpus.flatMap((a) => [
  ...a.annotations
    .filter((x) => x.label !== 'bg' && x.label !== 'other' && !ids.has(x.label))
    .map((x) => `${a.name}: label ${x.label} ("${x.text}") is not an incident id`),
  ...(a.meta.story && !ids.has(a.meta.story) ? [`${a.name}: story ${a.meta.story} is not an incident id`] : []),
]);
if (unknown.length) {
  console.error(unknown.join('\n'));
  process.exitCode = 1;
}

/** The model the report is about: the one just fitted, or model.json as it was loaded. */
let fitted: Model = MODEL;

if (args.has('--train-story')) {
  // Only the story model, over the fitted mention model: for a change in what the votes are made of.
  const dev = corpus.filter((a) => a.split === 'dev');
  const votes = dev.flatMap((a) => {
    const v = storyVoteOf(a, new IncidentMatcher(dataset));
    return v ? [{ features: v.features, right: v.id === a.meta.story }] : [];
  });
  fitted = { ...MODEL, story: fitStory(votes, MODEL.story) };
  writeFileSync(new URL('../src/match/model.json', import.meta.url), JSON.stringify(fitted, null, 2) + '\n');
  console.log('wrote the story model to src/match/model.json', JSON.stringify(fitted.story));
}

if (args.has('--train')) {
  // The story's incident and the recency marks depend on the model, so fit twice: the second pass sees the first's pages.
  const dev = corpus.filter((a) => a.split === 'dev');
  let model: Model = MODEL;
  for (let pass = 0; pass < 2; pass++) {
    const matcher = new IncidentMatcher(dataset, model);
    model = fitModel(
      dev.map((a) => scoreArticle(a, matcher)),
      MODEL,
    );
    const votes = dev.flatMap((a) => {
      const v = storyVoteOf(a, new IncidentMatcher(dataset, model));
      return v ? [{ features: v.features, right: v.id === a.meta.story }] : [];
    });
    model = { ...model, story: fitStory(votes, MODEL.story) };
  }
  fitted = model;
  writeFileSync(new URL('../src/match/model.json', import.meta.url), JSON.stringify(model, null, 2) + '\n');
  console.log('wrote src/match/model.json, threshold', model.threshold);
}

const matcher = new IncidentMatcher(dataset, fitted);
const results = corpus.map((a) => scoreArticle(a, matcher));
const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);

function report(name: string, m: Metrics): void {
  const l = m.linking;
  const w = m.warnings;
  console.log(
    `\n## ${name}: ${m.articles} articles (${m.leftAlone} not about Korea, left alone), ${m.mentions} labelled mentions`,
  );
  console.log(`| measure | result | target |`);
  console.log(`|---|---|---|`);
  console.log(
    `| detection recall (labelled mentions found) | ${pct(m.detection.recall)} (${m.detection.found}/${m.mentions}) | ≥ 98% |`,
  );
  console.log(
    `| detection precision (found mentions that were labelled) | ${pct(m.detection.precision)} (${m.detection.unlabelled} unlabelled) | |`,
  );
  console.log(
    `| confident links that are right (precision) | ${pct(l.precision)} (${l.correct}/${l.confident}) | ≥ 98% |`,
  );
  console.log(
    `| incident mentions linked to their incident (recall) | ${pct(l.recall)} (of ${l.incidentMentions}) | |`,
  );
  console.log(`| incident mentions whose best candidate is their incident | ${pct(l.rankedFirst)} | |`);
  console.log(
    `| background mentions left unlinked | ${pct(l.abstainedCorrectly / l.backgroundMentions)} (${l.abstainedCorrectly}/${l.backgroundMentions}) | |`,
  );
  console.log(
    `| article's own incident found (top-1) | ${pct(m.articleTop1.rate)} (${m.articleTop1.correct}/${m.articleTop1.total}) | ≥ 97% |`,
  );
  console.log(
    `| pages about no incident with a confident link | ${m.negativesWithLink.count} of ${m.negativesWithLink.total} | 0 |`,
  );
  console.log(`| false warnings | ${w.falseWarnings} (in ${w.falseWarningArticles.length} articles) | 0 |`);
  const fields = Object.entries(w.byField)
    .map(([f, x]) => `${f} ${x.caught}/${x.total}`)
    .join(', ');
  console.log(
    `| erroneous articles warned | ${pct(w.caught / w.erroneousArticles)} (${w.caught}/${w.erroneousArticles}; ${fields}) | ≥ 90% per type |`,
  );
  console.log(`\nReliability (best candidate's probability → how often it is the labelled incident):\n`);
  console.log(`| probability | mentions | right |`);
  console.log(`|---|---|---|`);
  for (const b of m.calibration)
    console.log(`| ${b.from.toFixed(2)}–${b.to.toFixed(2)} | ${b.n} | ${pct(b.accuracy)} |`);
}

function details(rs: readonly ArticleResult[]): void {
  // The articles the false-warning count holds (a warning marked below as FALSE WARN on a mention whose sentence carries
  // the page's own error, said of the incident the error is about, is not one).
  const falsely = metricsOf(rs).warnings.falseWarningArticles;
  if (falsely.length) console.log(`\nFalse warnings in: ${falsely.join(', ')}`);
  for (const r of rs) {
    const lines: string[] = [];
    if (r.article.meta.story !== undefined && r.story !== r.article.meta.story)
      lines.push(`  story: expected ${r.article.meta.story}, got ${r.story}`);
    for (const j of r.judged) {
      const gold = j.annotation.label;
      const wrongLink = j.linked && j.linked !== gold;
      const missed = !j.linked && gold !== 'bg' && gold !== 'other';
      const badWarn = j.warnings.filter((x) => !j.annotation.warn.includes(x));
      const missedWarn = j.annotation.warn.filter((x) => !j.warnings.includes(x));
      if (!j.detected) lines.push(`  NOT FOUND "${j.annotation.text}" (${gold})`);
      else if (wrongLink || missed || badWarn.length || missedWarn.length)
        lines.push(
          `  "${j.annotation.text}" ${gold} → ${j.linked ?? `none (top ${j.top} p=${j.p.toFixed(2)})`}${badWarn.length ? ` FALSE WARN ${badWarn.join(',')}` : ''}${missedWarn.length ? ` MISSED WARN ${missedWarn.join(',')}` : ''}\n      ${j.context.slice(0, 160)}` +
            (j.miss
              ? `\n      gold #${j.miss.rank + 1} ${j.miss.score.toFixed(1)} ${JSON.stringify(j.miss.features)}\n      top     ${j.miss.topScore.toFixed(1)} ${JSON.stringify(j.miss.topFeatures)}`
              : ''),
        );
    }
    for (const u of r.unlabelled)
      if (u.linked || u.warnings.length)
        lines.push(`  unlabelled "${u.text}" → ${u.linked} ${u.warnings.join(',')}\n      ${u.context.slice(0, 160)}`);
    if (lines.length) console.log(`\n${r.article.name}\n${lines.join('\n')}`);
  }
}

const dev = results.filter((r) => r.article.split === 'dev');
const test = results.filter((r) => r.article.split === 'test');
report('dev (tuned on)', metricsOf(dev));
report('test (never tuned on)', metricsOf(test));
if (args.has('--details')) details(dev);
if (args.has('--show-test')) details(test);
