import type { MentionKind } from '../match/kinds';
import { MENTION_KINDS } from '../match/kinds';
import type { IncidentMatcher, MatchOptions, MatchResult, PageInfo } from '../match/matcher';
import { pageInfo } from './page-info';
import { collectBlocks } from './blocks';
import { isAboutKorea } from './about-korea';

export interface DocumentAnalysis {
  info: PageInfo;
  aboutKorea: boolean;
  blocks: string[];
  mentions: Array<MatchResult & { block: number }>;
}

/**
 * The content script's pipeline without the browser: page info, text blocks,
 * detection and matching over a Document (a real one or jsdom's).
 */
export function analyzeDocument(
  doc: Document,
  matcher: IncidentMatcher,
  opts: MatchOptions & { kinds?: readonly MentionKind[]; published?: string } = {},
): DocumentAnalysis {
  const { kinds = MENTION_KINDS, published, ...matchOpts } = opts;
  const info = pageInfo(doc);
  if (published) info.published = published;
  const blocks = collectBlocks(doc.body ?? doc.documentElement).map((b) => b.text);
  const aboutKorea = isAboutKorea(doc);
  const mentions = aboutKorea ? matcher.analyze(blocks, info, kinds, matchOpts) : [];
  return { info, aboutKorea, blocks, mentions };
}
