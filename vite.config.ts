import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './build/dataset-plugin';
import { firefoxBackgroundPlugin } from './build/firefox-background-plugin';
import { mapPlugin } from './build/map-plugin';
import { searchIndexPlugin } from './build/search-index-plugin';

export default defineConfig({
  plugins: [datasetPlugin(), mapPlugin(), searchIndexPlugin(), crx({ manifest: manifest as ManifestV3Export }), firefoxBackgroundPlugin()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    target: ['chrome120', 'firefox140'],
    sourcemap: false,
    emptyOutDir: true,
    rollupOptions: { input: { options: 'src/options/index.html' } },
  },
  // Extensions load from disk; no dev server connection is wanted in builds.
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
