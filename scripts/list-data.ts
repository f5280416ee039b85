// Prints the dataset as a Markdown table: `npm run data:list`.
import { loadDataset } from '../src/data/load';

const { incidents, figures } = loadDataset();
const arrow = { 'north-to-south': 'N→S', 'south-to-north': 'S→N', none: '' };
const precise = (iso: string, p: string) => iso.slice(0, p === 'year' ? 4 : p === 'month' ? 7 : 10);
console.log(`${incidents.length} incidents, ${figures.length} figures\n`);
console.log('| date | type | direction | route | title | sources |');
console.log('|---|---|---|---|---|---|');
for (const i of incidents)
  console.log(
    `| ${precise(i.date, i.datePrecision)} | ${i.type} | ${arrow[i.direction]} | ${i.route} | ${i.title.en} | ${i.sources.length} |`,
  );
console.log('\n| figure | value | as of |');
console.log('|---|---|---|');
for (const f of figures)
  console.log(`| ${f.label.en} | ${f.value.toLocaleString('en-US')}${f.unit ? ` ${f.unit}` : ''} | ${f.asOf} |`);
