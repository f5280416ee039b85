import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './build/dataset-plugin';
import { firefoxBackgroundPlugin } from './build/firefox-background-plugin';
import { mapPlugin } from './build/map-plugin';
import { searchIndexPlugin } from './build/search-index-plugin';
import { contentScriptsPlugin } from './build/content-scripts-plugin';

// The content scripts are built by their own plugin (see there why), with the
// same virtual modules; crxjs builds the rest.
const { content_scripts: contentScripts, ...pages } = manifest;
const virtualModules = [datasetPlugin(), mapPlugin()];

export default defineConfig({
  plugins: [
    ...virtualModules,
    searchIndexPlugin(),
    crx({ manifest: pages as ManifestV3Export }),
    firefoxBackgroundPlugin(),
    contentScriptsPlugin(contentScripts, 'src/content/app.ts', virtualModules),
  ],
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
