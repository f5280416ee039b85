import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { COMMANDS } from './commands';
import { badgeText } from './badge';

type Command = { suggested_key: Record<string, string>; description: string };
const declared = manifest.commands as Record<string, Command>;

describe('keyboard commands', () => {
  it('handles exactly the commands the manifest declares', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(Object.keys(declared).sort());
  });

  it('suggests keys that type nothing: no Option on macOS, no AltGr (Ctrl+Alt) anywhere', () => {
    for (const { suggested_key: keys } of Object.values(declared)) {
      expect(Object.keys(keys)).toContain('mac');
      expect(keys.mac).not.toMatch(/\bAlt\b/);
      for (const k of Object.values(keys)) {
        expect(k).not.toMatch(/Ctrl\+Alt|Alt\+Ctrl/);
        // A modifier besides Shift: Shift+key alone types a character.
        expect(k).toMatch(/^(Alt|Ctrl|MacCtrl|Command)\+/);
      }
    }
  });
});

describe('badge', () => {
  it('shows the count, nothing for none, and caps it', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(9)).toBe('9');
    expect(badgeText(1000)).toBe('999+');
  });
});
