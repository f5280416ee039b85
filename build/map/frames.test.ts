import { beforeAll, describe, expect, it } from 'vitest';
import type { MapFrame } from '../../src/ui/map/types';
import { drawFrame, FRAMES, placeInFrame, type FrameName } from './frames';

const NAMES = Object.keys(FRAMES) as FrameName[];
let frames: Record<FrameName, MapFrame>;

// Reading Natural Earth takes a few seconds on a busy machine.
beforeAll(() => {
  frames = Object.fromEntries(NAMES.map((n) => [n, drawFrame(n)])) as Record<FrameName, MapFrame>;
}, 60_000);

describe('map frames', () => {
  it.each(NAMES)('%s: draws Korea, the MDL and the NLL as compact path data', (name) => {
    const f = frames[name];
    expect(f.height).toBeGreaterThan(100);
    for (const d of [f.korea, f.mdl, f.nll]) expect(d).toMatch(/^M[\d.]+ [\d.]+/);
    // Small enough to ship: the popover carries the peninsula.
    expect(f.korea.length + f.neighbours.length).toBeLessThan(12_000);
    expect(f.dmzWidth).toBeGreaterThan(0);
  });

  it('puts Panmunjom on the MDL and Seoul south of it, inside the frame', () => {
    const panmunjom = placeInFrame('border', 126.677, 37.956)!;
    const seoul = placeInFrame('border', 126.98, 37.57)!;
    const { width, height } = frames.border;
    for (const [x, y] of [panmunjom, seoul]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
    expect(seoul[1]).toBeGreaterThan(panmunjom[1]);
    expect(placeInFrame('border', 126.5, 33.4)).toBeUndefined();
  });
});
