import { MENTION_KINDS, type MentionKind } from '../match/kinds';
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
 * Fills in defaults for whatever storage holds, dropping values of the wrong
 * shape (storage can hold anything an older version or another device wrote).
 * Only keys the user changed are stored, so a new default reaches everyone
 * who never touched that setting.
 */
export function resolveSettings(stored: Record<string, unknown>): Settings {
  const s: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (typeof stored.enabled === 'boolean') s.enabled = stored.enabled;
  if (Array.isArray(stored.disabledSites)) s.disabledSites = stored.disabledSites.filter((h): h is string => typeof h === 'string');
  if (stored.kinds && typeof stored.kinds === 'object') {
    for (const k of MENTION_KINDS) {
      const v = (stored.kinds as Record<string, unknown>)[k];
      if (typeof v === 'boolean') s.kinds[k] = v;
    }
  }
  if (STYLES.includes(stored.style as HighlightStyle)) s.style = stored.style as HighlightStyle;
  if (TRIGGERS.includes(stored.trigger as PopoverTrigger)) s.trigger = stored.trigger as PopoverTrigger;
  if (LANGUAGES.includes(stored.language as LanguageSetting)) s.language = stored.language as LanguageSetting;
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

export const SETTING_KEYS = ['enabled', 'disabledSites', 'kinds', 'style', 'trigger', 'language'] as const;
