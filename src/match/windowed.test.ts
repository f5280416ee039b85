import { describe, expect, it } from 'vitest';
import { detectMentions } from './detect';
import { mentionsIn, WINDOW } from './windowed';

describe('mentionsIn (windowed detection for giant blocks)', () => {
  it('finds the same mentions as one pass, including across window edges', () => {
    const unit = 'filler text '.repeat(300) + 'a defector crossed the DMZ. ';
    const text = unit.repeat(40);
    const windows = [...mentionsIn(text, ['defection', 'dmz'])];
    expect(windows.length).toBeGreaterThan(1);
    expect(windows.flat()).toEqual(detectMentions(text, ['defection', 'dmz']));
    expect(windows.flat().length).toBe(80);
  });

  it('finds a mention that straddles a window edge once', () => {
    const text = 'x'.repeat(WINDOW - 4) + ' DMZ ' + 'y'.repeat(100);
    expect([...mentionsIn(text, ['dmz'])].flat().map((m) => m.start)).toEqual([WINDOW - 3]);
  });

  it('takes a short text in one window', () => {
    expect([...mentionsIn('the DMZ', ['dmz'])]).toEqual([detectMentions('the DMZ', ['dmz'])]);
  });
});
