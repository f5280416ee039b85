/**
 * The names of the mention kinds, apart from their patterns (kinds.ts) so that
 * the settings, and the content script's first stage through them, carry the
 * names only.
 */
export const MENTION_KINDS = ['defection', 'crossing', 'dmz', 'mdl', 'jsa', 'nll'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];
