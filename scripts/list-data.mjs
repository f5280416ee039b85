// Prints the dataset as a Markdown table: `npm run data:list`.
import { readFileSync } from 'node:fs';

const incidents = JSON.parse(readFileSync(new URL('../data/incidents.json', import.meta.url), 'utf8'));
const figures = JSON.parse(readFileSync(new URL('../data/figures.json', import.meta.url), 'utf8'));
const arrow = { 'north-to-south': 'N→S', 'south-to-north': 'S→N', none: '' };
console.log(`${incidents.length} incidents, ${figures.length} figures\n`);
console.log('| date | kind | direction | route | title | sources |');
console.log('|---|---|---|---|---|---|');
for (const i of incidents) console.log(`| ${i.date.slice(0, i.datePrecision === 'year' ? 4 : i.datePrecision === 'month' ? 7 : 10)} | ${i.kind} | ${arrow[i.direction]} | ${i.route} | ${i.title.en} | ${i.sources.length} |`);
console.log('\n| figure | value | as of |');
console.log('|---|---|---|');
for (const f of figures) console.log(`| ${f.label.en} | ${f.value.toLocaleString('en-US')}${f.unit ? ` ${f.unit}` : ''} | ${f.asOf} |`);
