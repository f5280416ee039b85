import { extApi } from './ext-api';
import {
  DEFAULT_SETTINGS,
  LEGACY_SITES_KEY,
  SITE_OFF_PREFIX,
  SYNC_KEYS,
  resolveSettings,
  siteOffKey,
  type Settings,
} from './settings';

// No polyfill: the content script's first stage reads settings too (see ext-api.ts).
const storage = () => extApi().storage;

/** Settings from storage (see settings.ts for where each lives), with defaults. */
export async function loadSettings(): Promise<Settings> {
  const [sync, local] = await Promise.all([
    storage().sync.get([...SYNC_KEYS, LEGACY_SITES_KEY]),
    storage().local.get(null),
  ]);
  return resolveSettings(sync, local);
}

/**
 * Writes one setting; rejects if storage refuses (quota, storage off), so the
 * caller can undo what it showed. Only explicitly set values are stored.
 */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  if (key === 'disabledSites') return saveSites(value as string[]);
  // Setting a key back to its default removes it, so later default changes apply.
  if (JSON.stringify(value) === JSON.stringify(DEFAULT_SETTINGS[key])) await storage().sync.remove(key);
  else await storage().sync.set({ [key]: value });
}

/** One key per site: turning one site on or off never rewrites the others. */
async function saveSites(next: readonly string[]): Promise<void> {
  const want = new Set(next);
  const [sync, local] = await Promise.all([storage().sync.get(LEGACY_SITES_KEY), storage().local.get(null)]);
  const now = resolveSettings(sync, local).disabledSites;
  const off = [...want].filter((s) => !now.includes(s));
  const on = now.filter((s) => !want.has(s));
  if (off.length) await storage().local.set(Object.fromEntries(off.map((s) => [siteOffKey(s), true])));
  if (on.length) await storage().local.remove(on.map(siteOffKey));
  const legacy = sync[LEGACY_SITES_KEY];
  if (on.length && Array.isArray(legacy)) {
    const kept = legacy.filter((h) => !on.includes(h as string));
    if (kept.length) await storage().sync.set({ [LEGACY_SITES_KEY]: kept });
    else await storage().sync.remove(LEGACY_SITES_KEY);
  }
}

/** Calls back with fresh settings on every change; returns the unsubscribe. */
export function onSettingsChanged(callback: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    const ours =
      area === 'sync'
        ? keys.some((k) => k === LEGACY_SITES_KEY || (SYNC_KEYS as readonly string[]).includes(k))
        : area === 'local' && keys.some((k) => k.startsWith(SITE_OFF_PREFIX));
    if (ours) void loadSettings().then(callback);
  };
  storage().onChanged.addListener(listener);
  return () => storage().onChanged.removeListener(listener);
}
