import { describe, expect, it } from 'vitest';
import { computePosition, type Platform, type Rect } from '@floating-ui/core';
import { GAP, MARGIN, MAX_HEIGHT, PLACEMENT, popoverMiddleware } from './placement';

/**
 * A viewport, a mention and a popover whose height is its content's, capped
 * by the max-height the middleware sets, as in the page.
 */
async function place(
  viewport: { width: number; height: number },
  mention: Rect,
  content = { width: 420, height: 520 },
) {
  let maxHeight = Infinity;
  const size = () => ({
    width: Math.min(content.width, viewport.width - 16),
    height: Math.min(content.height, maxHeight),
  });
  const platform: Platform = {
    getElementRects: () => ({ reference: mention, floating: { x: 0, y: 0, ...size() } }),
    getDimensions: () => size(),
    getClippingRect: () => ({ x: 0, y: 0, ...viewport }),
  };
  const { x, y, placement } = await computePosition(
    {},
    {},
    { placement: PLACEMENT, strategy: 'fixed', platform, middleware: popoverMiddleware((px) => (maxHeight = px)) },
  );
  return { rect: { x, y, ...size() }, placement, maxHeight };
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, v: { width: number; height: number }) =>
  r.x >= MARGIN - 0.5 &&
  r.y >= MARGIN - 0.5 &&
  r.x + r.width <= v.width - MARGIN + 0.5 &&
  r.y + r.height <= v.height - MARGIN + 0.5;

describe('popover placement', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    for (const [where, y] of [
      ['top', 20],
      ['middle', viewport.height / 2 - 10],
      ['bottom', viewport.height - 40],
    ] as const) {
      for (const x of [30, viewport.width / 2, viewport.width - 60]) {
        it(`never covers a mention at the ${where} (x ${x}) of ${viewport.width}×${viewport.height}, and stays on screen`, async () => {
          const mention = { x, y, width: 50, height: 20 };
          const { rect } = await place(viewport, mention);
          expect(intersects(rect, mention)).toBe(false);
          expect(inside(rect, viewport)).toBe(true);
        });
      }
    }
  }

  it('opens below when the popover fits there', async () => {
    const { rect, placement, maxHeight } = await place(
      { width: 1280, height: 800 },
      { x: 100, y: 40, width: 50, height: 20 },
      { width: 420, height: 300 },
    );
    expect(placement).toBe('bottom-start');
    expect(rect.y).toBe(40 + 20 + GAP);
    expect(rect.height).toBe(300);
    expect(maxHeight).toBeLessThanOrEqual(MAX_HEIGHT);
  });

  it('flips above when only there it fits', async () => {
    const { placement, rect } = await place(
      { width: 1280, height: 800 },
      { x: 100, y: 700, width: 50, height: 20 },
      { width: 420, height: 300 },
    );
    expect(placement).toBe('top-start');
    expect(rect.y + rect.height).toBe(700 - GAP);
  });

  it('takes the larger side when it fits on neither, and shrinks to it (scrolling inside)', async () => {
    const viewport = { width: 800, height: 600 };
    const above = await place(viewport, { x: 100, y: 330, width: 50, height: 20 });
    expect(above.placement).toBe('top-start');
    expect(above.rect.height).toBe(330 - GAP - MARGIN);
    const below = await place(viewport, { x: 100, y: 250, width: 50, height: 20 });
    expect(below.placement).toBe('bottom-start');
    expect(below.rect.height).toBe(600 - (250 + 20 + GAP) - MARGIN);
  });
});
