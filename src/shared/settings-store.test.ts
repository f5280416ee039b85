import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * storage areas with Chrome's documented sync quotas: 8,192 bytes per item,
 * 102,400 in all, 512 items. Writes past them are rejected, as in Chrome.
 */
class FakeArea {
  data: Record<string, unknown> = {};
  constructor(
    private readonly area: 'sync' | 'local',
    private readonly changed: (changes: Record<string, unknown>, area: string) => void,
    private readonly quota?: { perItem: number; total: number; items: number },
  ) {}
  async get(keys: null | string | string[]) {
    if (keys === null) return structuredClone(this.data);
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    const next = { ...this.data, ...structuredClone(items) };
    if (this.quota) {
      const size = (k: string) => k.length + JSON.stringify(next[k]).length;
      for (const k of Object.keys(items))
        if (size(k) > this.quota.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      if (Object.keys(next).reduce((n, k) => n + size(k), 0) > this.quota.total)
        throw new Error('QUOTA_BYTES quota exceeded');
      if (Object.keys(next).length > this.quota.items) throw new Error('MAX_ITEMS quota exceeded');
    }
    this.data = next;
    this.changed(Object.fromEntries(Object.keys(items).map((k) => [k, {}])), this.area);
  }
  async remove(keys: string | string[]) {
    const list = typeof keys === 'string' ? [keys] : keys;
    for (const k of list) delete this.data[k];
    this.changed(Object.fromEntries(list.map((k) => [k, {}])), this.area);
  }
}

const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
const emit = (changes: Record<string, unknown>, area: string) => listeners.forEach((l) => l(changes, area));
const storage = {
  sync: new FakeArea('sync', emit, { perItem: 8192, total: 102_400, items: 512 }),
  local: new FakeArea('local', emit),
  onChanged: { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) },
};
(globalThis as { chrome?: unknown }).chrome = { storage };

const { loadSettings, onSettingsChanged, saveSetting } = await import('./settings-store');

beforeEach(() => {
  storage.sync.data = {};
  storage.local.data = {};
  listeners.clear();
});

const hosts = (n: number) => Array.from({ length: n }, (_, i) => `news-site-number-${i}.example.com`);

describe('settings store', () => {
  it('keeps a thousand sites turned off (one item in sync held about 280)', async () => {
    const sites = hosts(1000);
    await saveSetting('disabledSites', sites);
    expect((await loadSettings()).disabledSites).toEqual([...sites].sort());
    await saveSetting('disabledSites', [...sites, 'one-more.example']);
    expect((await loadSettings()).disabledSites).toContain('one-more.example');
  });

  it('turns one site back on, also from the list older versions synced', async () => {
    storage.sync.data.disabledSites = ['old.example', 'older.example'];
    await saveSetting('disabledSites', ['new.example', 'old.example', 'older.example']);
    await saveSetting('disabledSites', ['new.example', 'older.example']);
    expect((await loadSettings()).disabledSites).toEqual(['new.example', 'older.example']);
    expect(storage.sync.data.disabledSites).toEqual(['older.example']);
    await saveSetting('disabledSites', ['new.example']);
    expect('disabledSites' in storage.sync.data).toBe(false);
  });

  it('stores only what differs from the defaults', async () => {
    await saveSetting('style', 'background');
    expect(storage.sync.data).toEqual({ style: 'background' });
    await saveSetting('style', 'underline');
    expect(storage.sync.data).toEqual({});
  });

  it('rejects when storage refuses a write, so the caller can undo it', async () => {
    const kinds = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`kind${i}`, true])) as never;
    await expect(saveSetting('kinds', kinds)).rejects.toThrow(/QUOTA_BYTES_PER_ITEM/);
  });

  it('tells listeners about changes to settings in either area, and nothing else', async () => {
    const seen: string[][] = [];
    onSettingsChanged((s) => seen.push(s.disabledSites));
    await saveSetting('disabledSites', ['a.example']);
    await storage.local.set({ unrelated: 1 });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([['a.example']]);
  });
});
