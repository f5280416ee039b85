import { PAINT } from '../content/highlight/highlighter';
import { describe, expect, it } from 'vitest';
import { BADGE_COLOUR, PAGE_COLOURS, PALETTE, type ColourToken } from './palette';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text (4.5:1) and graphics (3:1) the interface puts on each background. */
const TEXT: Array<[ColourToken, ColourToken]> = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['fg', 'bg-raised'],
  ['muted', 'bg-raised'],
  ['accent-fg', 'accent'],
  ['fg', 'warn-bg'],
  ['muted', 'warn-bg'],
  ['accent', 'warn-bg'],
  ['map-text', 'land'],
  ['accent', 'land'],
  ['muted', 'sea'],
  ['accent', 'sea'],
];
const GRAPHICS: Array<[ColourToken, ColourToken]> = [
  ['dir-south', 'bg'],
  ['dir-north', 'bg'],
  ['dir-none', 'bg'],
  ['dir-south', 'land'],
  ['dir-north', 'land'],
  ['dir-none', 'land'],
  ['accent', 'land'],
  ['accent', 'sea'],
  ['coast', 'sea'],
  ['control', 'bg'],
  ['control', 'bg-raised'],
];

describe('palette', () => {
  it('has the same tokens in light and dark', () => {
    expect(Object.keys(PALETTE.dark).sort()).toEqual(Object.keys(PALETTE.light).sort());
  });

  for (const scheme of ['light', 'dark'] as const) {
    const p = PALETTE[scheme];
    it.each(TEXT)(`${scheme}: %s text on %s meets WCAG AA (4.5:1)`, (fg, bg) => {
      expect(contrast(p[fg], p[bg])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(GRAPHICS)(`${scheme}: %s marks on %s stand out (3:1)`, (fg, bg) => {
      expect(contrast(p[fg], p[bg])).toBeGreaterThanOrEqual(3);
    });
  }

  it('gives the badge white text it can carry', () => {
    expect(contrast('#ffffff', BADGE_COLOUR)).toBeGreaterThanOrEqual(4.5);
  });

  it('is what the page-level highlight rules use (they cannot read custom properties)', () => {
    const css = Object.values(PAINT).join(' ');
    const colours = new Set(css.match(/#[0-9a-f]{6}|rgba\([^)]*\)/gi));
    expect(colours).toEqual(new Set(Object.values(PAGE_COLOURS)));
  });
});
