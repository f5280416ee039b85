/**
 * The extension API itself, without webextension-polyfill, for code that must
 * stay small (the content script's first stage runs on every page). Firefox's
 * `browser` and Chromium's `chrome` both return promises in Manifest V3.
 */
export function extApi(): typeof chrome {
  return (globalThis as { browser?: typeof chrome }).browser ?? chrome;
}
