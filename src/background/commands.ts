import type { PopupToContent } from '../shared/messages';

/** The keyboard commands declared in manifest.json, and what each asks the tab's content script. */
export const COMMANDS: Record<string, PopupToContent> = {
  'next-mention': { type: 'show-next-mention' },
  'previous-mention': { type: 'show-previous-mention' },
};
