import type { IncidentMatcher, MatchOptions, MatchResult, PageInfo, PreparedPage } from '../match/matcher';
import type { BlockContext } from '../match/matcher';
import { MENTION_KINDS, type MentionKind } from '../match/kinds';
import { isAboutKorea } from './about-korea';
import { collectBlocks } from './blocks';
import { articleRoot, pageInfo } from './page-info';
import { segmentOf } from './segments';

export interface DocumentAnalysis {
  info: PageInfo;
  aboutKorea: boolean;
  blocks: BlockContext[];
  page?: PreparedPage;
  mentions: Array<MatchResult & { block: number }>;
  /** Matching stopped at the mention limit. */
  truncated?: boolean;
}

/** Every text block of a page with the part of the page it stands in. */
export function blockContexts(doc: Document): BlockContext[] {
  const root = articleRoot(doc);
  return collectBlocks(doc.body ?? doc.documentElement).map((b) => {
    const seg = segmentOf(b.element, root);
    return { text: b.text, segment: seg.kind, ...(seg.published ? { published: seg.published } : {}) };
  });
}

/**
 * The content script's pipeline without the browser: page info, text blocks
 * and their segments, detection and matching over a Document (a real one or
 * jsdom's).
 */
export function analyzeDocument(
  doc: Document,
  matcher: IncidentMatcher,
  opts: MatchOptions & {
    kinds?: readonly MentionKind[];
    published?: string;
    maxMentions?: number;
    onProgress?: (matched: number) => void;
  } = {},
): DocumentAnalysis {
  const { kinds = MENTION_KINDS, published, ...matchOpts } = opts;
  const info = pageInfo(doc);
  if (published) {
    info.published = published;
    delete info.publishedFrom;
  }
  const blocks = blockContexts(doc);
  // The content script's own test, so the command line and the browser agree on which pages to read.
  const aboutKorea = isAboutKorea(doc);
  if (!aboutKorea) return { info, aboutKorea, blocks, mentions: [] };
  const { page, mentions, truncated } = matcher.analyze(blocks, info, kinds, matchOpts);
  return { info, aboutKorea, blocks, page, mentions, truncated };
}
