import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './build/dataset-plugin';
import { mapPlugin } from './build/map-plugin';
import { searchIndexPlugin } from './build/search-index-plugin';

export default defineConfig({
  plugins: [datasetPlugin(), mapPlugin(), searchIndexPlugin(), crx({ manifest })],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    target: 'chrome120',
    sourcemap: false,
    emptyOutDir: true,
    rollupOptions: { input: { options: 'src/options/index.html' } },
  },
  // Extensions load from disk; no dev server connection is wanted in builds.
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
