import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTING_KEYS, resolveSettings, type Settings } from './settings';

/** storage.sync, read with defaults; only explicitly set keys are written. */
export async function loadSettings(): Promise<Settings> {
  return resolveSettings(await browser.storage.sync.get([...SETTING_KEYS]));
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  // Setting a key back to its default removes it, so later default changes apply.
  if (JSON.stringify(value) === JSON.stringify(DEFAULT_SETTINGS[key])) await browser.storage.sync.remove(key);
  else await browser.storage.sync.set({ [key]: value });
}

/** Calls back with fresh settings on every change; returns the unsubscribe. */
export function onSettingsChanged(callback: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && SETTING_KEYS.some((k) => k in changes)) void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
