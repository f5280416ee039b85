import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './build/dataset-plugin';
import { contentScriptsPlugin } from './build/content-scripts-plugin';

// The content scripts are built by their own plugin (see there why); crxjs builds the rest.
const { content_scripts: contentScripts, ...pages } = manifest;

export default defineConfig({
  plugins: [datasetPlugin(), crx({ manifest: pages }), contentScriptsPlugin(contentScripts, 'src/content/app.ts')],
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
