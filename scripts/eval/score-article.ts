import { JSDOM } from 'jsdom';
import type { IncidentMatcher } from '../../src/match/matcher';
import { analyzeDocument } from '../../src/page/analyze-document';
import { collectBlocks } from '../../src/page/blocks';
import { pageInfo } from '../../src/page/page-info';
import type { Annotation, Article } from './corpus';

/** One labelled mention with what the pipeline made of it. */
export interface Judged {
  article: string;
  annotation: Annotation;
  detected: boolean;
  /** The incident shown as the mention's incident, if any. */
  linked: string | null;
  /** The best candidate and its probability, confident or not. */
  top: string | null;
  p: number;
  warnings: string[];
  context: string;
  /** Every incident's evidence and what speaks for none of them: a training row of the model. */
  training?: { candidates: Array<{ id: string; features: Record<string, number> }>; none: Record<string, number> };
  /** Why the labelled incident lost, when it did: its rank, score and evidence, and the winner's. */
  miss?: {
    rank: number;
    score: number;
    features: Record<string, number>;
    topScore: number;
    topFeatures: Record<string, number>;
  };
}

export interface ArticleResult {
  article: Article;
  judged: Judged[];
  /** Mentions found where nothing was marked. */
  unlabelled: Array<{ text: string; linked: string | null; warnings: string[]; context: string }>;
  story: string | null;
  aboutKorea: boolean;
}

/** Where each marker's text starts and ends, as (block index, offsets) in the blocks the pipeline reads. */
function markerPositions(doc: Document): Map<number, { block: number; start: number; end: number }> {
  const out = new Map<number, { block: number; start: number; end: number }>();
  collectBlocks(doc.body ?? doc.documentElement).forEach((b, bi) => {
    b.nodes.forEach((node, ni) => {
      const span = node.parentElement?.closest('[data-eval-m]');
      if (!span) return;
      const index = Number(span.getAttribute('data-eval-m'));
      const start = b.starts[ni]!;
      const prev = out.get(index);
      if (prev) prev.end = start + node.data.length;
      else out.set(index, { block: bi, start, end: start + node.data.length });
    });
  });
  return out;
}

/** `explain`: add each mention's training row and why its labelled incident lost (for fitting and --details). */
export function scoreArticle(article: Article, matcher: IncidentMatcher, explain = true): ArticleResult {
  const doc = new JSDOM(article.html).window.document;
  const positions = markerPositions(doc);
  const analysis = analyzeDocument(doc, matcher);
  const used = new Set<number>();
  const judged: Judged[] = article.annotations.map((annotation) => {
    const pos = positions.get(annotation.index);
    const i = pos
      ? analysis.mentions.findIndex(
          (m, k) => !used.has(k) && m.block === pos.block && m.mention.start < pos.end && m.mention.end > pos.start,
        )
      : -1;
    if (i < 0)
      return {
        article: article.name,
        annotation,
        detected: false,
        linked: null,
        top: null,
        p: 0,
        warnings: [],
        context: '',
      };
    used.add(i);
    const m = analysis.mentions[i]!;
    const top = m.candidates[0];
    const gold = annotation.label;
    const block = analysis.blocks[m.block]!;
    const all = explain && analysis.page ? matcher.scoreAll(block, m.mention, analysis.page) : undefined;
    const rank = all ? all.scored.findIndex((x) => x.profile.incident.id === gold) : -1;
    const explained =
      top && top.incident.id !== gold && rank >= 0
        ? { rank, score: all!.scored[rank]!.score, features: all!.scored[rank]!.features as Record<string, number> }
        : undefined;
    return {
      article: article.name,
      annotation,
      detected: true,
      linked: m.confident && top ? top.incident.id : null,
      top: top?.incident.id ?? null,
      p: top?.p ?? 0,
      warnings: m.warnings.map((w) => w.field),
      context: m.context,
      ...(all
        ? {
            training: {
              candidates: all.scored.map((x) => ({
                id: x.profile.incident.id,
                features: x.features,
              })),
              none: all.none,
            },
          }
        : {}),
      ...(explained && top
        ? {
            miss: {
              rank: explained.rank,
              score: explained.score,
              features: explained.features,
              topScore: top.score,
              topFeatures: top.features,
            },
          }
        : {}),
    };
  });
  const unlabelled = analysis.mentions
    .filter((_, k) => !used.has(k))
    .map((m) => ({
      text: m.mention.text,
      linked: m.confident ? m.candidates[0]!.incident.id : null,
      warnings: m.warnings.map((w) => w.field),
      context: m.context,
    }));
  return { article, judged, unlabelled, story: analysis.page?.story.incident ?? null, aboutKorea: analysis.aboutKorea };
}

/** The story vote the matcher makes for an article (for fitting the story model). */
export function storyVoteOf(article: Article, matcher: IncidentMatcher) {
  const doc = new JSDOM(article.html).window.document;
  const info = pageInfo(doc);
  return matcher.storyVote(info, matcher.preparePage({ ...info, title: '', lede: '' }));
}
