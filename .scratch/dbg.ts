import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { loadDataset } from '../src/data/load';
import { IncidentMatcher } from '../src/match/matcher';
import { analyzeDocument } from '../src/page/analyze-document';
import { POSSIBLE_P } from '../src/match/confidence';
const file = process.argv[2]!;
const m = new IncidentMatcher(loadDataset());
(POSSIBLE_P as number);
const a = analyzeDocument(new JSDOM(readFileSync(file, 'utf8')).window.document, m, { minConfidence: Number(process.argv[3] ?? 0.8) });
console.log('published', a.info.published, a.info.publishedFrom, 'story', a.page?.story.incident, 'floor', a.page?.floor);
for (const x of a.mentions) {
  console.log(`[${x.segment}] "${x.mention.text}" conf=${x.confident} gen=${x.generic} :: ${x.context.slice(0, 100)}`);
  console.log('    cf', JSON.stringify(x.confidenceFeatures));
  for (const c of x.candidates.slice(0, 3)) console.log(`    ${c.incident.id} s=${c.score.toFixed(2)} p=${c.p.toFixed(2)} ${JSON.stringify(c.features)}`);
  if (x.warnings.length) console.log('    WARN', x.warnings.map((w) => `${w.field}:${w.quote}`));
}
