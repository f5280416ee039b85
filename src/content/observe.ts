import { blockAncestor, isInlineElement } from '../page/blocks';

/** Past this many mutations in one batch, rescanning everything is cheaper. */
export const HUGE_BATCH = 1000;

interface ObserverOptions {
  root: Element;
  /** Our own UI and anything else never scanned. */
  ignore: (node: Node) => boolean;
  /** Subtrees to rescan, none inside another; or 'all'. */
  onDirty: (roots: Element[] | 'all') => void;
  debounceMs?: number;
  maxWaitMs?: number;
}

/**
 * Debounced MutationObserver for live pages (infinite scroll, live blogs,
 * SPA navigation): it collects what changed and reports only the smallest
 * set of block elements to rescan, never the whole page unless a batch is huge.
 */
export class ChangeObserver {
  private readonly observer: MutationObserver;
  private dirty = new Set<Element>();
  private huge = false;
  private count = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstAt = 0;

  constructor(private readonly opts: ObserverOptions) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  start(): void {
    this.observer.observe(this.opts.root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.dirty.clear();
  }

  /** Runs fn without seeing its mutations (the wrapping fallback's own changes). */
  ignoring(fn: () => void): void {
    this.collect(this.observer.takeRecords());
    fn();
    this.observer.takeRecords();
  }

  private collect(records: MutationRecord[]): void {
    if (records.length === 0) return;
    this.count += records.length;
    if (this.count > HUGE_BATCH) this.huge = true;
    if (!this.huge) {
      for (const r of records) {
        if (this.opts.ignore(r.target)) continue;
        if (r.type === 'characterData') this.mark(r.target);
        else {
          for (const n of r.addedNodes) if (!this.opts.ignore(n)) this.mark(n);
          // Removed text changes its block's text.
          if (r.target.nodeType === 1 && [...r.removedNodes].some((n) => !this.opts.ignore(n))) this.mark(r.target);
        }
      }
    }
    const now = performance.now();
    if (!this.timer) this.firstAt = now;
    if (this.timer) clearTimeout(this.timer);
    const { debounceMs = 150, maxWaitMs = 1000 } = this.opts;
    const wait = Math.max(0, Math.min(debounceMs, this.firstAt + maxWaitMs - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private mark(node: Node): void {
    if (!node.isConnected) return;
    const el =
      node.nodeType === 1 && !isInlineElement(node as Element)
        ? (node as Element)
        : blockAncestor(node, this.opts.root);
    this.dirty.add(el);
  }

  private flush(): void {
    this.timer = undefined;
    const huge = this.huge;
    const dirty = [...this.dirty].filter((el) => el.isConnected);
    this.dirty = new Set();
    this.huge = false;
    this.count = 0;
    if (huge) return this.opts.onDirty('all');
    // Drop elements inside another dirty element: it is rescanned whole.
    const roots = dirty.filter((el) => !dirty.some((other) => other !== el && other.contains(el)));
    if (roots.length) this.opts.onDirty(roots);
  }
}
