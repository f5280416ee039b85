import { flip, offset, shift, size, type Middleware, type Placement } from '@floating-ui/dom';

/** Space between the mention and the popover, and kept free at the window's edges. */
export const GAP = 8;
export const MARGIN = 8;
/** The popover is a glance: never taller than this, whatever the room. */
export const MAX_HEIGHT = 560;

export const PLACEMENT: Placement = 'bottom-start';

/**
 * Below the mention if the popover fits there, else above; if it fits on
 * neither side, on the side with more room, with its height limited to that
 * room (it scrolls inside). It moves sideways to stay on screen, never up or
 * down over the mention.
 */
export function popoverMiddleware(setMaxHeight: (px: number) => void): Middleware[] {
  return [
    offset(GAP),
    flip({ padding: MARGIN, crossAxis: false, fallbackStrategy: 'bestFit' }),
    shift({ padding: MARGIN }),
    size({
      padding: MARGIN,
      apply: ({ availableHeight }) => setMaxHeight(Math.max(0, Math.min(MAX_HEIGHT, Math.floor(availableHeight)))),
    }),
  ];
}
