import { readFileSync } from 'node:fs';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { CrxPlugin } from '@crxjs/vite-plugin';
import type { Plugin } from 'vite';
import { APP_SCRIPT } from '../src/content/paths';

export interface ContentScript {
  matches: string[];
  js: string[];
  run_at?: string;
  all_frames?: boolean;
}

/** Vite's virtual modules (the dataset, the maps) through their own plugins' hooks, and `?inline` CSS. */
function sources(virtual: readonly Plugin[]): EsbuildPlugin {
  // The few plugin-context methods those hooks use.
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const hook = <T extends (...args: never[]) => unknown>(h: T | { handler: T } | undefined) =>
    typeof h === 'function' ? h : h?.handler;
  return {
    name: 'dmz-sources',
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, async (args) => {
        for (const p of virtual) {
          const id = await hook(p.resolveId as never as ((id: string) => unknown) | undefined)?.call(
            context as never,
            args.path as never,
          );
          if (typeof id === 'string') return { path: id, namespace: 'vite-virtual', pluginData: p };
        }
        return undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'vite-virtual' }, async (args) => {
        const loaded = await hook(
          (args.pluginData as Plugin).load as never as ((id: string) => unknown) | undefined,
        )?.call(context as never, args.path as never);
        const contents = typeof loaded === 'string' ? loaded : (loaded as { code?: string } | undefined)?.code;
        return contents === undefined
          ? { errors: [{ text: `${args.path} did not load` }] }
          : { contents, loader: 'js' };
      });
      b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
        path: new URL(args.path.replace(/\?inline$/, ''), `file://${args.resolveDir}/`).pathname,
        namespace: 'dmz-inline-css',
      }));
      b.onLoad({ filter: /.*/, namespace: 'dmz-inline-css' }, (args) => ({
        contents: `export default ${JSON.stringify(readFileSync(args.path, 'utf8'))};`,
        loader: 'js',
      }));
    },
  };
}

async function bundle(entry: string, format: 'iife' | 'esm', virtual: readonly Plugin[]): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format,
    minify: true,
    target: ['chrome120', 'firefox140'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'import.meta.env.VITE_FORCE_WRAP': JSON.stringify(process.env.VITE_FORCE_WRAP ?? '') },
    plugins: [sources(virtual)],
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * Builds the content script as two self-contained files, apart from the rest
 * of the extension:
 * - the entry (a classic script listed in the manifest, not web-accessible),
 *   which runs on every page and must stay tiny;
 * - the second stage (APP_SCRIPT, one ES module with no imports of its own),
 *   which the entry imports on pages about Korea. It is web-accessible only
 *   at the per-session URL (`use_dynamic_url`), so no site can fetch it at a
 *   fixed URL to learn that the extension is installed; being one file, it
 *   has no relative imports, which Chromium would resolve against the fixed
 *   URL and refuse.
 */
export function contentScriptsPlugin(scripts: ContentScript[], app: string, virtual: readonly Plugin[]): CrxPlugin {
  const built = (src: string) => `content/${src.replace(/^src\/content\//, '').replace(/\.tsx?$/, '.js')}`;
  return {
    name: 'dmz-content-scripts',
    apply: 'build',
    // After crxjs's own manifest steps, which know nothing of these files.
    enforce: 'post',
    async generateBundle() {
      for (const s of scripts)
        for (const js of s.js)
          this.emitFile({ type: 'asset', fileName: built(js), source: await bundle(js, 'iife', virtual) });
      this.emitFile({ type: 'asset', fileName: APP_SCRIPT, source: await bundle(app, 'esm', virtual) });
    },
    renderCrxManifest(manifest) {
      manifest.content_scripts = scripts.map((s) => ({ ...s, js: s.js.map(built) }));
      const matches = [...new Set(scripts.flatMap((s) => s.matches))];
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { resources: [APP_SCRIPT], matches, use_dynamic_url: true },
      ];
      return manifest;
    },
  };
}
