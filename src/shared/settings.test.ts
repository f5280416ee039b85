import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, resolveSettings, siteOffKey, withSite } from './settings';

describe('resolveSettings', () => {
  it('gives the defaults for empty storage', () => {
    expect(resolveSettings({}, {})).toEqual(DEFAULT_SETTINGS);
  });

  it('takes stored values of the right shape and drops the rest', () => {
    const s = resolveSettings(
      { enabled: 'yes', kinds: { dmz: false, nll: 'no', bogus: true }, style: 'neon', trigger: 'click' },
      {},
    );
    expect(s.enabled).toBe(true);
    expect(s.kinds.dmz).toBe(false);
    expect(s.kinds.nll).toBe(true);
    expect('bogus' in s.kinds).toBe(false);
    expect(s.style).toBe('underline');
    expect(s.trigger).toBe('click');
    expect(resolveSettings({ kinds: null, enabled: false }, {}).kinds).toEqual(DEFAULT_SETTINGS.kinds);
  });

  it('reads sites turned off from one local key each, and the old synced list', () => {
    const s = resolveSettings(
      { disabledSites: ['old.example', 7, null] },
      { [siteOffKey('news.example')]: true, [siteOffKey('junk.example')]: 'true', unrelated: true },
    );
    expect(s.disabledSites).toEqual(['news.example', 'old.example']);
    expect(resolveSettings({ disabledSites: 'old.example' }, {}).disabledSites).toEqual([]);
  });
});

describe('sites', () => {
  it('matches a site with or without www., case-insensitively', () => {
    const s = resolveSettings({}, { [siteOffKey('example.org')]: true });
    expect(isActiveOn(s, 'WWW.Example.org')).toBe(false);
    expect(isActiveOn(s, 'news.example.org')).toBe(true);
    expect(isActiveOn({ ...s, disabledSites: [] }, 'example.org')).toBe(true);
    expect(isActiveOn({ ...s, enabled: false, disabledSites: [] }, 'example.org')).toBe(false);
  });

  it('turns one site on or off without touching the others', () => {
    const s = resolveSettings({}, { [siteOffKey('a.example')]: true });
    expect(withSite(s, 'www.b.example', false)).toEqual(['a.example', 'b.example']);
    expect(withSite(s, 'a.example', true)).toEqual([]);
  });
});
