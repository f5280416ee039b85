import browser from 'webextension-polyfill';
import { enabledKinds, type Settings } from '../shared/settings';
import { resolveLocale, translator, type Locale } from '../shared/i18n';
import { createHighlighter, type Highlighter } from './highlight';
import type { MatchService } from './match-service';
import { MentionStore, type MentionRecord } from './mentions';
import type { PageNames } from './names';
import { ChangeObserver } from './observe';
import { PopoverHost } from './popover-host';
import { Interaction } from './interaction';
import { scanRoots } from './scanner';
import type { MentionKind } from '../match/kinds';

interface SessionDeps {
  doc: Document;
  settings: Settings;
  names: PageNames;
  matches: MatchService;
  /** Opens a source link through the extension. */
  openUrl: (url: string) => void;
  /** Called when the mentions found change. */
  onCount: () => void;
}

function localeOf(s: Settings): Locale {
  return resolveLocale(s.language, browser.i18n.getUILanguage());
}

/**
 * The extension running on one page: the mentions found (store), how they are
 * painted (highlighter), the watch for page changes (observer), the reader's
 * ways in (interaction) and the popover (host). stop() leaves no highlight,
 * listener or element behind.
 */
export class Session {
  readonly store = new MentionStore();
  private readonly doc: Document;
  private settings: Settings;
  private readonly abort = new AbortController();
  private readonly host: PopoverHost;
  private readonly highlighter: Highlighter;
  private readonly observer: ChangeObserver;
  private readonly interaction: Interaction;
  private scanning: Promise<void> = Promise.resolve();

  constructor(private readonly deps: SessionDeps) {
    const { doc, names } = deps;
    this.doc = doc;
    this.settings = deps.settings;
    this.host = new PopoverHost(doc, names.host, deps.openUrl);
    this.host.locale = localeOf(this.settings);
    this.observer = new ChangeObserver({
      root: doc.documentElement,
      ignore: (n) => this.host.isHost(n),
      onDirty: (roots) => this.onDirty(roots),
    });
    this.highlighter = createHighlighter({
      doc,
      names,
      style: this.settings.style,
      guard: (mutate) => this.observer.ignoring(mutate),
    });
    this.interaction = new Interaction({
      doc,
      store: this.store,
      host: this.host,
      highlighter: () => this.highlighter,
      trigger: () => this.settings.trigger,
      match: (rec) => deps.matches.match(rec),
      visible: (rec) => this.visibility()(rec),
      signal: this.abort.signal,
    });
  }

  start(): void {
    performance.mark('dmz-context:start');
    this.observer.start();
    this.rescan('all');
    void this.scanning.then(() => {
      if (this.abort.signal.aborted) return;
      // Visible in DevTools' performance panel and read by bench/: the first full scan.
      performance.measure('dmz-context:scan', { start: 'dmz-context:start', detail: { mentions: this.store.size } });
      // One summary for screen readers: highlights themselves are not announced.
      const n = this.visibleCounts(false).total;
      if (n > 0) this.host.announce(translator(this.host.locale).plural('announce_mentions', n));
    });
  }

  /**
   * Queues a scan of roots. Records already there are dropped when the scan
   * starts, not before: a scan still running when the change came may add
   * records there, and they must not stay beside the new ones.
   */
  private rescan(roots: Element[] | 'all'): void {
    const kinds = enabledKinds(this.settings);
    const { signal } = this.abort;
    this.scanning = this.scanning.then(() => {
      if (signal.aborted) return;
      this.forget(roots);
      const body = this.doc.body;
      return scanRoots(roots === 'all' ? (body ? [body] : []) : roots, {
        kinds,
        signal,
        // Nothing of ours is in the light DOM to skip: marks were taken out by forget().
        skip: () => false,
        onRecords: (records) => this.found(records),
      });
    });
  }

  private found(records: MentionRecord[]): void {
    for (const r of records) this.store.add(r);
    this.highlighter.add(records);
    // Each new element's visibility is asked now, a slice at a time, not all at once when the badge is updated.
    const visible = this.visibility(this.seen);
    for (const r of records) visible(r);
    this.interaction.listen();
    this.deps.onCount();
  }

  private forget(roots: Element[] | 'all'): void {
    // Looked up by the changed blocks' text nodes, not by testing every record
    // against every block (slow through Firefox's content-script wrappers).
    const stale = roots === 'all' ? undefined : this.store.staleAfterChange(roots);
    const gone = this.store.removeWhere((r) => stale?.has(r) ?? true);
    if (gone.length === 0) return;
    this.highlighter.remove(gone);
    this.deps.onCount();
  }

  private onDirty(roots: Element[] | 'all'): void {
    const open = this.interaction.openRecord;
    if (open && within(roots)(open)) this.interaction.close(false);
    this.rescan(roots);
  }

  update(next: Settings): void {
    const kindsChanged = JSON.stringify(next.kinds) !== JSON.stringify(this.settings.kinds);
    this.settings = next;
    this.host.locale = localeOf(next);
    this.highlighter.setStyle(next.style);
    if (kindsChanged) this.onDirty('all');
  }

  step(dir: 1 | -1): void {
    this.interaction.step(dir);
  }

  /**
   * Whether a reader can see a mention: text in display:none, closed
   * <details> or visibility:hidden is found and painted (it may be shown
   * later) but not counted. The check restyles what the page changed, so the
   * badge's running count keeps each element's answer; the popup and stepping
   * ask afresh.
   */
  private visibility(cache: WeakMap<Element, boolean> = new WeakMap()): (rec: MentionRecord) => boolean {
    return (rec) => {
      const el = rec.segments[0]!.node.parentElement;
      if (!el) return false;
      let v = cache.get(el);
      if (v === undefined) {
        v = typeof el.checkVisibility === 'function' ? el.checkVisibility({ checkVisibilityCSS: true }) : true;
        cache.set(el, v);
      }
      return v;
    };
  }

  private readonly seen = new WeakMap<Element, boolean>();

  /** Mentions a reader can see, in all and by kind; `fresh` asks the page again instead of using earlier answers. */
  visibleCounts(fresh: boolean): { total: number; byKind: Partial<Record<MentionKind, number>> } {
    const visible = this.visibility(fresh ? undefined : this.seen);
    const byKind: Partial<Record<MentionKind, number>> = {};
    let total = 0;
    for (const r of this.store.all()) {
      if (!visible(r)) continue;
      total++;
      byKind[r.mention.kind] = (byKind[r.mention.kind] ?? 0) + 1;
    }
    return { total, byKind };
  }

  /** Resolves when the scans queued so far have finished. */
  idle(): Promise<void> {
    return this.scanning;
  }

  stop(): void {
    this.abort.abort();
    this.observer.stop();
    this.highlighter.clear();
    this.store.clear();
    this.host.destroy();
  }
}

function within(roots: Element[] | 'all'): (r: MentionRecord) => boolean {
  if (roots === 'all') return () => true;
  return (r) => r.segments.some((s) => !s.node.isConnected || roots.some((root) => root.contains(s.node)));
}
