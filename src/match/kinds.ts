/** Kinds of mention the detector finds; users choose which to highlight. */
export const MENTION_KINDS = ['defection', 'crossing', 'dmz', 'mdl', 'jsa', 'nll'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];
