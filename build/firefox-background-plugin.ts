import type { CrxPlugin } from '@crxjs/vite-plugin';

/**
 * One build for both browsers: Firefox does not run MV3 service workers and
 * refuses to install an add-on whose background has only `service_worker`,
 * while Chromium accepts a background that names both and uses the worker.
 * @crxjs/vite-plugin (in its default Chrome mode) rewrites `background` to
 * its worker loader and drops `scripts`, so this adds the same loader back as
 * Firefox's background script (an ES module there too, through `type`).
 * crxjs calls `renderCrxManifest` on every Vite plugin in order, so this must
 * come after `crx()`.
 */
export function firefoxBackgroundPlugin(): CrxPlugin {
  return {
    name: 'dmz-firefox-background',
    enforce: 'post',
    renderCrxManifest(manifest) {
      const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
      if (!background?.service_worker)
        throw new Error('the built manifest has no background.service_worker to mirror for Firefox');
      background.scripts = [background.service_worker];
      return manifest;
    },
  };
}
