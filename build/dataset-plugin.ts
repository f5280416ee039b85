import type { Plugin } from 'vite';
import { readDataset } from '../src/data/load';

const ID = 'virtual:dmz-dataset';
const RESOLVED = '\0' + ID;

/**
 * Serves data/ to the extension as one module, `virtual:dmz-dataset`: every
 * incident file, sorted newest first, plus figures. The data is validated
 * here, so `vite build` (and every test that imports the dataset) fails on
 * invalid data instead of shipping it.
 */
export function datasetPlugin(): Plugin {
  return {
    name: 'dmz-dataset',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const r = readDataset();
      for (const f of r.files) this.addWatchFile(f);
      if (!r.dataset || r.errors.length)
        this.error(`data/ is invalid (${r.errors.length} problems):\n  ${r.errors.join('\n  ')}`);
      return `export default ${JSON.stringify(r.dataset)};`;
    },
  };
}
