import { loadDataset } from '../src/data/load';
import { IncidentMatcher } from '../src/match/matcher';
import { detectMentions } from '../src/match/detect';
const m = new IncidentMatcher(loadDataset());
const text = process.argv[2]!;
const pub = process.argv[3];
const page = m.preparePage({ title: 'x', ...(pub ? { published: pub } : {}) });
for (const mm of detectMentions(text)) {
  const r = m.match({ text, segment: 'story' }, mm, page);
  console.log(mm.text, r.confident, r.generic);
  for (const c of r.candidates.slice(0, 3)) console.log('   ', c.incident.id, c.score.toFixed(2), c.p.toFixed(2), JSON.stringify(c.features));
  for (const c of r.claims) console.log('   claim', c.field, c.verdict, c.quote);
}
