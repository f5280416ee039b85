import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSetting } from '../shared/settings-store';

export type UpdateSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => void;

/**
 * Settings as Preact state, kept in sync with storage (and other windows).
 * A change shows at once; if storage refuses it, the change is undone and
 * `error` holds the browser's reason (shown with 'settings_not_saved'),
 * instead of showing a setting that is not in force.
 */
export function useSettings(): [Settings | undefined, UpdateSetting, string | undefined] {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const update: UpdateSetting = (key, value) => {
    setError(undefined);
    setSettings((s) => (s ? { ...s, [key]: value } : s));
    saveSetting(key, value).catch((e: unknown) => {
      setError(e instanceof Error ? e.message : String(e));
      void loadSettings().then(setSettings);
    });
  };
  return [settings, update, error];
}
