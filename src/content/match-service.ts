import type { Dataset } from '../data/dataset';
import { IncidentMatcher, type MatchResult, type PreparedPage } from '../match/matcher';
import { articleRoot, pageInfo } from '../page/page-info';
import { segmentOf } from '../page/segments';
import type { MentionRecord } from './mentions';
import { SLICE_MS, yieldToPage } from './scanner';

function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

/**
 * The content script's side of matching, a thin layer over IncidentMatcher:
 * builds it (in idle slices, so the first popover opens fast without a long
 * task up front), prepares the page once per URL, and keeps one result per
 * mention, since matching is lazy: a mention is matched when its popover
 * first opens.
 */
export class MatchService {
  private matcher: IncidentMatcher | undefined;
  /** The page as prepared for matching, and the story's root that segments are read against. */
  private page: { href: string; prepared: PreparedPage; root: Element } | undefined;
  private results = new WeakMap<MentionRecord, MatchResult>();

  constructor(
    private readonly dataset: Dataset,
    private readonly doc: Document,
    /** Our own marks (the wrapping fallback): read through, so the page reads as it did before painting. */
    private readonly ours: (el: Element) => boolean,
  ) {}

  private get built(): IncidentMatcher {
    return (this.matcher ??= new IncidentMatcher(this.dataset));
  }

  private prepared(): { prepared: PreparedPage; root: Element } {
    const href = this.doc.location.href;
    // SPA navigation changes the article under the same document.
    if (this.page?.href !== href) {
      this.page = {
        href,
        prepared: this.built.preparePage(pageInfo(this.doc, undefined, { inline: this.ours })),
        root: articleRoot(this.doc),
      };
      this.results = new WeakMap();
    }
    return this.page;
  }

  match(rec: MentionRecord): MatchResult {
    const { prepared, root } = this.prepared();
    let result = this.results.get(rec);
    if (!result) {
      // Which part of the page the mention is in (story, related links, a live-blog entry with its own date).
      const segment = segmentOf(rec.element, root);
      result = this.built.match(
        { text: rec.blockText, segment: segment.kind, ...(segment.published ? { published: segment.published } : {}) },
        rec.mention,
        prepared,
      );
      this.results.set(rec, result);
    }
    return result;
  }

  /** Every mention matched (for the page's fact-check), in time slices that give the page its turns. */
  async matchAll(records: readonly MentionRecord[]): Promise<MatchResult[]> {
    const out: MatchResult[] = [];
    let start = performance.now();
    for (const r of records) {
      out.push(this.match(r));
      if (performance.now() - start > SLICE_MS) {
        await yieldToPage();
        start = performance.now();
      }
    }
    return out;
  }

  /** The story's incident, when the headline and lede establish one. */
  story(): string | undefined {
    return this.prepared().prepared.story.incident;
  }

  /** Builds everything the first match needs, one idle slice per step, while wanted() holds. */
  warmUp(wanted: () => boolean): void {
    // Each step returns true when done.
    const steps: Array<[string, () => boolean]> = [
      ['matcher', () => Boolean(this.built)],
      ['profiles', () => (this.built.warmUp(), true)],
      ['page', () => Boolean(this.prepared())],
    ];
    const next = () => {
      const step = steps[0];
      if (!step || !wanted()) return;
      const t0 = performance.now();
      if (step[1]()) steps.shift();
      performance.measure(`dmz-context:warm-${step[0]}`, { start: t0 });
      whenIdle(next);
    };
    whenIdle(next);
  }
}
