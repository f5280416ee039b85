import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSetting } from '../shared/settings-store';

/** Settings as Preact state, kept in sync with storage (and other windows). */
export function useSettings(): [Settings | undefined, <K extends keyof Settings>(key: K, value: Settings[K]) => void] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const update = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => (s ? { ...s, [key]: value } : s));
    void saveSetting(key, value);
  };
  return [settings, update];
}
