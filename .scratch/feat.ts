import { loadDataset } from '../src/data/load';
import { IncidentMatcher } from '../src/match/matcher';
import { detectMentions } from '../src/match/detect';
const m = new IncidentMatcher(loadDataset());
const [text, id] = [process.argv[2]!, process.argv[3]!];
const page = m.preparePage({ title: 'x' });
const mm = detectMentions(text)[0]!;
// eslint-disable-next-line
const r = (m as any).rank({ text, segment: 'story' }, mm, page);
const ctx = (m as any).context({ text, segment: 'story' }, mm, page).ctx;
const { scoreIncident } = await import('../src/match/score');
const p = (m as any).all.find((x: any) => x.incident.id === id);
console.log(JSON.stringify(scoreIncident(ctx, p).features), scoreIncident(ctx, p).score);
console.log(JSON.stringify(ctx.clause.events), JSON.stringify(ctx.sentence.who));
