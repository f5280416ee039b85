export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

/**
 * Places a popover of the given size next to an anchor rect (viewport
 * coordinates): below if it fits, else above, else wherever there is more
 * room; always shifted to stay inside the viewport with a margin.
 */
export function placePopover(anchor: Rect, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8, margin = 8): Placement {
  const below = anchor.top + anchor.height + gap;
  const roomBelow = viewport.height - below - margin;
  const roomAbove = anchor.top - gap - margin;
  const side: Placement['side'] = size.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  let top = side === 'below' ? below : anchor.top - gap - size.height;
  top = clamp(top, margin, Math.max(margin, viewport.height - size.height - margin));
  const left = clamp(anchor.left, margin, Math.max(margin, viewport.width - size.width - margin));
  return { left: Math.round(left), top: Math.round(top), side };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}
