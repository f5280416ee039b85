// Rewrites the coverage section of data/README.md from the data: `npm run data:readme`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCoverage } from '../src/data/coverage';
import { DATA_DIR, loadDataset } from '../src/data/load';

const path = join(DATA_DIR, 'README.md');
writeFileSync(path, withCoverage(readFileSync(path, 'utf8'), loadDataset()));
console.log(`updated ${path}`);
