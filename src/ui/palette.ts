/**
 * The one colour palette, light and dark. Extension pages and the popover get
 * it as CSS custom properties (paletteCss); the toolbar badge and the page's
 * highlight rules cannot read custom properties, so they use the values here
 * (the content script's highlight styles are built from them).
 */
export const PALETTE = {
  light: {
    fg: '#1d2430',
    muted: '#545d6b',
    bg: '#ffffff',
    'bg-raised': '#f5f6f8',
    line: '#c9ced6',
    /** Borders of inputs and buttons, which must stand out (3:1); `line` only separates. */
    control: '#7b8494',
    accent: '#b4410e',
    'accent-fg': '#ffffff',
    'warn-bg': '#fff4e5',
    'warn-line': '#c46d0b',
    'dir-south': '#1f63a8',
    'dir-north': '#9c2c63',
    'dir-none': '#6b7280',
    sea: '#dce8f3',
    land: '#fbfaf6',
    'land-other': '#e6e3dc',
    coast: '#6f7b8c',
    'map-text': '#3d4552',
  },
  dark: {
    fg: '#e8ebf0',
    muted: '#a8b1be',
    bg: '#1e232b',
    'bg-raised': '#272d37',
    line: '#465061',
    control: '#7f8a9b',
    accent: '#f08a4b',
    'accent-fg': '#1e232b',
    'warn-bg': '#3a2a12',
    'warn-line': '#d08a2e',
    'dir-south': '#6cb2ef',
    'dir-north': '#f08bbd',
    'dir-none': '#a3acb9',
    sea: '#15202c',
    land: '#2f3742',
    'land-other': '#282e37',
    coast: '#6b7687',
    'map-text': '#cfd5de',
  },
} as const;

export type ColourToken = keyof typeof PALETTE.light;

/** Colours on the page itself (document-level ::highlight rules and the wrapping fallback). */
export const PAGE_COLOURS = {
  underline: '#d9480f',
  background: 'rgba(255, 196, 0, 0.38)',
  active: 'rgba(255, 140, 0, 0.45)',
} as const;

/** The toolbar badge: the light accent, white text (the browser draws it on either theme). */
export const BADGE_COLOUR = PALETTE.light.accent;

function declarations(scheme: keyof typeof PALETTE): string {
  return Object.entries(PALETTE[scheme])
    .map(([k, v]) => `--${k}: ${v};`)
    .join(' ');
}

/** Custom properties for extension pages (:root) and the popover's shadow root (:host). */
export function paletteCss(): string {
  return [
    `:root, :host { color-scheme: light dark; ${declarations('light')} }`,
    `@media (prefers-color-scheme: dark) { :root, :host { ${declarations('dark')} } }`,
  ].join('\n');
}
