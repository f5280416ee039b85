import type { Plugin } from 'vite';
import { readDataset } from '../src/data/load';
import { buildSearchIndex } from '../src/popup/search-index';

const ID = 'virtual:dmz-search-index';
const RESOLVED = '\0' + ID;

/**
 * Serves the popup's search index, `virtual:dmz-search-index`, built here from
 * data/ so the popup opens without indexing anything. The dataset plugin
 * reports invalid data; this one only refuses to index it.
 */
export function searchIndexPlugin(): Plugin {
  return {
    name: 'dmz-search-index',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const r = readDataset();
      for (const f of r.files) this.addWatchFile(f);
      if (!r.dataset || r.errors.length) this.error('data/ is invalid: not indexing it');
      // JSON.parse of a string loads large data faster than the same object written as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(buildSearchIndex(r.dataset.incidents)))});`;
    },
  };
}
