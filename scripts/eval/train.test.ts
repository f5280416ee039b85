import { describe, expect, it } from 'vitest';
import { wilsonLower } from './train';

describe('wilsonLower: how sure a precision is', () => {
  it('is under the observed rate, more so on few links', () => {
    expect(wilsonLower(141, 142)).toBeLessThan(0.98);
    expect(wilsonLower(141, 142)).toBeGreaterThan(0.96);
    expect(wilsonLower(990, 1000)).toBeGreaterThan(0.98);
    expect(wilsonLower(10, 10)).toBeLessThan(0.9);
  });
});
