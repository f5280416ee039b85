import { MENTION_KINDS, type MentionKind } from '../match/kind-names';
import { LOCALES, type LanguageSetting } from './locale';

export type HighlightStyle = 'underline' | 'background' | 'off';
export type PopoverTrigger = 'hover' | 'click';

export interface Settings {
  enabled: boolean;
  /** Hostnames where the user turned the extension off. */
  disabledSites: string[];
  kinds: Record<MentionKind, boolean>;
  style: HighlightStyle;
  trigger: PopoverTrigger;
  /** The interface language: the browser's, or one the user chose. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  kinds: Object.fromEntries(MENTION_KINDS.map((k) => [k, true])) as Record<MentionKind, boolean>,
  style: 'underline',
  trigger: 'hover',
  language: 'auto',
});

const STYLES: readonly HighlightStyle[] = ['underline', 'background', 'off'];
const TRIGGERS: readonly PopoverTrigger[] = ['hover', 'click'];
const LANGUAGES: readonly LanguageSetting[] = ['auto', ...LOCALES];

/**
 * Where settings live. Everything but the per-site list is one storage.sync
 * key each (small, synced across devices). The per-site list would outgrow
 * sync's 8 kB item limit (about 280 hosts) and has no need to sync, so each
 * site turned off is its own storage.local key. Lists written to sync by
 * earlier versions are still read.
 */
export const SYNC_KEYS = ['enabled', 'kinds', 'style', 'trigger', 'language'] as const;
export type SyncKey = (typeof SYNC_KEYS)[number];
export const LEGACY_SITES_KEY = 'disabledSites';
export const SITE_OFF_PREFIX = 'site-off:';

export function siteOffKey(site: string): string {
  return SITE_OFF_PREFIX + site;
}

/**
 * Fills in defaults for whatever storage holds, dropping values of the wrong
 * shape (storage can hold anything an older version or another device wrote).
 * Only keys the user changed are stored, so a new default reaches everyone
 * who never touched that setting.
 */
export function resolveSettings(sync: Record<string, unknown>, local: Record<string, unknown> = {}): Settings {
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  if (typeof sync.enabled === 'boolean') s.enabled = sync.enabled;
  const sites = new Set<string>();
  const legacy = sync[LEGACY_SITES_KEY];
  if (Array.isArray(legacy)) for (const h of legacy) if (typeof h === 'string') sites.add(h);
  for (const [k, v] of Object.entries(local))
    if (k.startsWith(SITE_OFF_PREFIX) && v === true) sites.add(k.slice(SITE_OFF_PREFIX.length));
  s.disabledSites = [...sites].sort();
  if (sync.kinds && typeof sync.kinds === 'object') {
    for (const k of MENTION_KINDS) {
      const v = (sync.kinds as Record<string, unknown>)[k];
      if (typeof v === 'boolean') s.kinds[k] = v;
    }
  }
  if (STYLES.includes(sync.style as HighlightStyle)) s.style = sync.style as HighlightStyle;
  if (TRIGGERS.includes(sync.trigger as PopoverTrigger)) s.trigger = sync.trigger as PopoverTrigger;
  if (LANGUAGES.includes(sync.language as LanguageSetting)) s.language = sync.language as LanguageSetting;
  return s;
}

export function enabledKinds(s: Settings): MentionKind[] {
  return MENTION_KINDS.filter((k) => s.kinds[k]);
}

/** The site key for per-site toggles: the hostname without "www.". */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isActiveOn(s: Settings, hostname: string): boolean {
  return s.enabled && !s.disabledSites.includes(siteOf(hostname));
}

export function withSite(s: Settings, hostname: string, on: boolean): string[] {
  const site = siteOf(hostname);
  const rest = s.disabledSites.filter((h) => h !== site);
  return on ? rest : [...rest, site];
}
