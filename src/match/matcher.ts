import Fuse from 'fuse.js';
import type { MentionKind } from './kinds';
import type { Figure } from '../data/schema';
import { MENTION_KINDS } from './kinds';
import type { Dataset } from '../data/dataset';
import { findDates, latestDate } from './dates';
import { detectMentions, type Mention } from './detect';
import { extractFeatures, type Features } from './features';
import { clip, sentenceAround } from './context';
import { scoreIncident, type Candidate, type PageDates } from './score';
import { findContradictions, type Contradiction } from './contradictions';
import { WordIndexBuilder, type WordIndex } from './word-index';

/** Figures shown under a popover; the popup and data:list have them all. */
const MAX_FIGURES = 4;

export interface PageInfo {
  title?: string;
  /** ISO publication date from metadata. */
  published?: string;
  /** The headline and first paragraphs: who the story is about. */
  lede?: string;
  /** The article's text (clipped): dates when there is no publication date, and where on the border it is. */
  body?: string;
}

export interface PreparedPage {
  dates: PageDates;
  features: Features;
  lede: string;
}

export interface MatchResult {
  mention: Mention;
  context: string;
  features: Features;
  candidates: Candidate[];
  contradictions: Contradiction[];
  /** Whether the best candidate clears the confidence threshold. */
  confident: boolean;
  /** Figures to show instead when no incident is confidently matched, and beside one that is. */
  background: Figure[];
}

export interface MatchOptions {
  limit?: number;
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.45;

/** Capitalised runs ("Oh Chong Song", "Travis King") and Hangul words: name-like queries for fuse. */
const NAME_LIKE = /\b[A-Z][a-z’'-]+(?:[\s-]+[A-Z][a-z’'-]+){1,3}\b|[가-힣]{3,}/g;

export class IncidentMatcher {
  private readonly aliases: Array<{ alias: string; id: string }>;
  private fuseIndex: Fuse<{ alias: string; id: string }> | undefined;
  private wordIndexCache: WordIndex | undefined;
  private wordIndexBuilder: WordIndexBuilder | undefined;
  /** What depends only on the block, kept for the next mention in the same block. */
  private blockCache: { block: string; paragraph: Features; named: Set<string>; overlap: Map<string, number> } | undefined;

  constructor(private readonly data: Dataset) {
    this.aliases = data.incidents.flatMap((i) =>
      [...i.aliases.en, ...i.aliases.ko, ...(i.who ?? []).flatMap((p) => (p.name ? [p.name] : []))].map((alias) => ({ alias: alias.toLowerCase(), id: i.id })),
    );
  }

  /** Typo-tolerant name search ("Oh Chung-sung" still finds "Oh Chong Song"), built on first use. */
  private get fuse(): Fuse<{ alias: string; id: string }> {
    this.fuseIndex ??= new Fuse(this.aliases, { keys: ['alias'], threshold: 0.3, ignoreLocation: true, includeScore: true, minMatchCharLength: 4 });
    return this.fuseIndex;
  }

  private get wordBuilder(): WordIndexBuilder {
    return (this.wordIndexBuilder ??= new WordIndexBuilder(this.data.incidents));
  }

  private get wordIndex(): WordIndex {
    this.wordIndexCache ??= this.wordBuilder.finish();
    return this.wordIndexCache;
  }

  /**
   * Builds a lazy part now, so the content script can spread the work over
   * idle slices: the word index `step` incidents at a time. True once built.
   */
  warmUp(part: 'names' | 'words', step = Infinity): boolean {
    if (part === 'names') return Boolean(this.fuse);
    if (!this.wordIndexCache && !this.wordBuilder.step(step)) return false;
    void this.wordIndex;
    return true;
  }

  preparePage(info: PageInfo): PreparedPage {
    const lede = [info.title ?? '', info.lede ?? ''].join('\n');
    const floor = info.published ? undefined : latestDate(findDates(info.body ?? lede));
    const features = extractFeatures(lede);
    // Where on the border the story is often comes after the lede.
    if (features.regions.length === 0 && info.body) features.regions = extractFeatures(info.body).regions;
    return {
      dates: { ...(info.published ? { published: info.published.slice(0, 10) } : {}), ...(floor ? { floor } : {}) },
      features,
      lede,
    };
  }

  /** Incidents named in a text, exactly or nearly. */
  private namedIn(text: string): Set<string> {
    const lower = text.toLowerCase();
    const hits = new Set<string>();
    for (const { alias, id } of this.aliases) if (lower.includes(alias)) hits.add(id);
    NAME_LIKE.lastIndex = 0;
    for (let m = NAME_LIKE.exec(text); m; m = NAME_LIKE.exec(text)) {
      for (const r of this.fuse.search(m[0], { limit: 3 })) if ((r.score ?? 1) < 0.25) hits.add(r.item.id);
    }
    return hits;
  }

  /** Ranks incidents for one mention inside a block of text (a paragraph). */
  match(block: string, mention: Mention, page: PreparedPage, opts: MatchOptions = {}): MatchResult {
    const { limit = 5, minConfidence = DEFAULT_MIN_CONFIDENCE } = opts;
    const sentence = sentenceAround(block, mention.start, mention.end).text;
    const paragraph = clip(block, mention.start, mention.end);
    const blockInfo = this.blockInfo(block, paragraph);
    const layers = { sentence: extractFeatures(sentence), paragraph: blockInfo.paragraph, page: page.features };
    const candidates = this.data.incidents
      .map((inc) => scoreIncident(inc, mention, layers, page.dates, blockInfo.named.has(inc.id), blockInfo.overlap.get(inc.id)))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    const top = candidates[0];
    const confident = top !== undefined && top.confidence >= minConfidence;
    return {
      mention,
      context: sentence,
      features: layers.sentence,
      candidates,
      contradictions: confident ? findContradictions(top.incident, [sentence, paragraph, page.lede]) : [],
      confident,
      background: this.background(mention.kind),
    };
  }

  private blockInfo(block: string, paragraph: string) {
    // Huge blocks are clipped around each mention, so only whole paragraphs are cached.
    if (this.blockCache?.block === block && paragraph === block) return this.blockCache;
    const info = { block, paragraph: extractFeatures(paragraph), named: this.namedIn(paragraph), overlap: this.wordIndex.overlap(paragraph) };
    if (paragraph === block) this.blockCache = info;
    return info;
  }

  /**
   * Key figures for a kind of mention: those whose main topic it is first, in
   * dataset order, and only a few, so the popover stays a glance.
   */
  background(kind: MentionKind): Figure[] {
    const related = this.data.figures.filter((f) => f.topics.includes(kind));
    const primary = related.filter((f) => f.topics[0] === kind);
    return [...primary, ...related.filter((f) => f.topics[0] !== kind)].slice(0, MAX_FIGURES);
  }

  /** The whole pipeline over text blocks: what the CLI prints and the tests check. */
  analyze(blocks: readonly string[], info: PageInfo, kinds: readonly MentionKind[] = MENTION_KINDS, opts: MatchOptions = {}): Array<MatchResult & { block: number }> {
    const page = this.preparePage(info);
    return blocks.flatMap((block, i) => detectMentions(block, kinds).map((m) => ({ ...this.match(block, m, page, opts), block: i })));
  }
}
