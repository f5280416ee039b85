// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';

const stored: { settings: Settings; failNext: boolean } = {
  settings: structuredClone(DEFAULT_SETTINGS),
  failNext: false,
};
vi.mock('../shared/settings-store', () => ({
  loadSettings: async () => structuredClone(stored.settings),
  onSettingsChanged: () => () => undefined,
  saveSetting: async (key: keyof Settings, value: never) => {
    if (stored.failNext) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    stored.settings = { ...stored.settings, [key]: value };
  },
}));

const { useSettings } = await import('./use-settings');

describe('useSettings', () => {
  it('shows a change at once, and undoes it with a message when storage refuses it', async () => {
    let current: ReturnType<typeof useSettings> | undefined;
    function Probe() {
      current = useSettings();
      return null;
    }
    const root = document.createElement('div');
    await act(async () => render(<Probe />, root));
    await vi.waitFor(() => expect(current?.[0]).toBeDefined());

    await act(async () => current![1]('style', 'background'));
    expect(current![0]!.style).toBe('background');
    expect(current![2]).toBeUndefined();

    stored.failNext = true;
    await act(async () => current![1]('disabledSites', ['news.example']));
    await vi.waitFor(() => expect(current![2]).toMatch(/QUOTA_BYTES_PER_ITEM/));
    expect(current![0]!.disabledSites).toEqual([]);
    expect(current![0]!.style).toBe('background');
  });
});
