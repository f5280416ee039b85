/**
 * The names our elements and highlights carry in a page, in one place.
 * They are drawn at random for each page load: no page can claim one in
 * advance (a page defining our custom element, or hiding our tag, would
 * otherwise switch the extension off), and none can probe a fixed name to
 * learn that a reader has this extension.
 */
export interface PageNames {
  /** The popover's host element (a custom-element name, so it can hold a shadow root). */
  host: string;
  /** The wrapping fallback's mark element. */
  mark: string;
  /** CSS Custom Highlight API registry names. */
  highlight: { underline: string; background: string; active: string };
  /** Attribute on the blocks whose highlights are painted (it scopes the ::highlight rules). */
  paintedAttr: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Lower-case letters only: valid in custom-element names and CSS identifiers alike. */
function randomWord(length = 8): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => LETTERS[b % LETTERS.length]).join('');
}

/** A custom-element name (it needs a hyphen). */
export function randomTag(): string {
  return `${randomWord(5)}-${randomWord(7)}`;
}

export function randomNames(): PageNames {
  return {
    host: randomTag(),
    mark: randomTag(),
    highlight: { underline: randomWord(), background: randomWord(), active: randomWord() },
    paintedAttr: `data-${randomWord()}`,
  };
}
