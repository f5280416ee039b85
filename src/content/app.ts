import browser from 'webextension-polyfill';
import { enabledKinds, isActiveOn, type Settings } from '../shared/settings';
import { resolveLocale, translator, type Locale } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import { dataset } from '../data/dataset';
import { IncidentMatcher, type MatchResult, type PreparedPage } from '../match/matcher';
import { isAboutKorea } from '../match/terms';
import { articleRoot, pageInfo } from '../page/page-info';
import { segmentOf } from '../page/segments';
import { sampleText } from '../page/blocks';
import { createHighlighter, type Highlighter } from './highlight/highlighter';
import { MentionStore, type MentionRecord } from './mentions';
import { ChangeObserver } from './observe';
import { HOST_TAG, PopoverHost } from './popover-host';
import { MARK_TAG } from './highlight/wrap-fallback';
import { Interaction } from './interaction';
import { scanRoots } from './scanner';

function localeOf(s: Settings): Locale {
  return resolveLocale(s.language, browser.i18n.getUILanguage());
}

function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

/** A running session on one page; stop() leaves no highlight, listener or element behind. */
class Session {
  readonly store = new MentionStore();
  private readonly abort = new AbortController();
  private readonly host: PopoverHost;
  private highlighter: Highlighter;
  private readonly observer: ChangeObserver;
  private readonly interaction: Interaction;
  private scanning: Promise<void> = Promise.resolve();
  aboutKorea = false;

  constructor(private settings: Settings, private readonly matchRecord: (rec: MentionRecord) => MatchResult, private readonly onCount: () => void) {
    const doc = document;
    this.host = new PopoverHost(doc);
    this.host.locale = localeOf(settings);
    this.highlighter = createHighlighter(settings.style);
    this.observer = new ChangeObserver({
      root: doc.documentElement,
      ignore: (n) => this.isOurs(n),
      onDirty: (roots) => this.onDirty(roots),
    });
    this.interaction = new Interaction({
      doc,
      store: this.store,
      host: this.host,
      highlighter: () => this.highlighter,
      trigger: () => this.settings.trigger,
      match: (rec) => this.matchRecord(rec),
      signal: this.abort.signal,
    });
  }

  private isOurs(n: Node): boolean {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    return el === null || el.closest(HOST_TAG) !== null || el.tagName === MARK_TAG.toUpperCase();
  }

  start(): void {
    performance.mark('dmz-context:start');
    const skip = (el: Element) => el.tagName === HOST_TAG.toUpperCase();
    this.aboutKorea = isAboutKorea(`${document.title}\n${sampleText(document.body, 20_000, { skip })}`);
    this.observer.start();
    if (this.aboutKorea) {
      // Before the scan, so the live region is in the page well before it speaks.
      this.host.attach();
      this.rescan([document.body]);
      void this.scanning.then(() => {
        // Visible in DevTools' performance panel and read by bench/: the first full scan.
        performance.measure('dmz-context:scan', { start: 'dmz-context:start', detail: { mentions: this.store.size } });
        // One summary for screen readers: highlights themselves are not announced.
        const n = this.store.size;
        if (n > 0) this.host.announce(translator(this.host.locale).plural('announce_mentions', n));
      });
    }
  }

  private rescan(roots: Node[]): void {
    const kinds = enabledKinds(this.settings);
    const signal = this.abort.signal;
    this.scanning = this.scanning.then(() =>
      scanRoots(roots, {
        kinds,
        signal,
        skip: (el) => el.tagName === HOST_TAG.toUpperCase(),
        onRecords: (records) => {
          for (const r of records) this.store.add(r);
          this.paint(() => this.highlighter.add(records));
          this.onCount();
        },
      }),
    );
  }

  private paint(fn: () => void): void {
    if (this.highlighter.mutatesDom) this.observer.ignoring(fn);
    else fn();
  }

  private onDirty(roots: Element[] | 'all'): void {
    if (!this.aboutKorea) {
      const text = roots === 'all' ? sampleText(document.body, 20_000) : roots.map((r) => sampleText(r, 20_000)).join('\n');
      if (!isAboutKorea(text.slice(0, 20_000))) return;
      this.aboutKorea = true;
      this.host.attach();
      roots = 'all';
    }
    const stale = roots === 'all' ? undefined : this.store.staleAfterChange(roots);
    const gone = this.store.removeWhere((r) => stale?.has(r) ?? true);
    if (gone.includes(this.interaction.openRecord!)) this.interaction.close(false);
    this.paint(() => this.highlighter.remove(gone));
    this.rescan(roots === 'all' ? [document.body] : roots);
    this.onCount();
  }

  update(next: Settings): void {
    const kindsChanged = JSON.stringify(next.kinds) !== JSON.stringify(this.settings.kinds);
    this.settings = next;
    this.host.locale = localeOf(next);
    this.highlighter.setStyle(next.style);
    if (kindsChanged) this.onDirty('all');
  }

  showNext(): void {
    this.interaction.step(1);
  }

  /** Resolves when the scans queued so far have finished. */
  idle(): Promise<void> {
    return this.scanning;
  }

  stop(): void {
    this.abort.abort();
    this.observer.stop();
    this.interaction.close(false);
    this.paint(() => this.highlighter.clear());
    this.store.clear();
    this.host.destroy();
  }
}

/** Owns settings, the matcher and the current session; answers the popup. */
export class ContentApp {
  private session: Session | undefined;
  private matcher: IncidentMatcher | undefined;
  private page: { href: string; prepared: PreparedPage } | undefined;
  private countTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private settings: Settings) {}

  get active(): boolean {
    return isActiveOn(this.settings, location.hostname);
  }

  start(): void {
    if (this.active && !this.session) {
      const session = new Session(this.settings, (rec) => this.match(rec), () => this.reportCount());
      this.session = session;
      session.start();
      // Build the matcher, its name index and the page's context in separate
      // idle slices, so the first popover opens fast without a long task up front.
      void session.idle().then(() => {
        const live = () => this.session === session && session.aboutKorea && session.store.size > 0;
        // Each step returns true when done.
        const steps: Array<[string, () => boolean]> = [
          ['matcher', () => Boolean((this.matcher ??= new IncidentMatcher(dataset)))],
          ['profiles', () => (this.matcher?.warmUp(), true)],
          ['page', () => Boolean(this.prepare())],
        ];
        const next = () => {
          const step = steps[0];
          if (!step || !live()) return;
          const t0 = performance.now();
          if (step[1]()) steps.shift();
          performance.measure(`dmz-context:warm-${step[0]}`, { start: t0 });
          whenIdle(next);
        };
        whenIdle(next);
      });
    }
  }

  update(next: Settings): void {
    const wasActive = this.active;
    this.settings = next;
    if (wasActive && !this.active) this.stop();
    else if (!wasActive && this.active) this.start();
    else this.session?.update(next);
  }

  stop(): void {
    this.session?.stop();
    this.session = undefined;
    this.reportCount();
  }

  private prepare(): { matcher: IncidentMatcher; page: PreparedPage } {
    this.matcher ??= new IncidentMatcher(dataset);
    // SPA navigation changes the article under the same document.
    if (!this.page || this.page.href !== location.href) {
      this.page = { href: location.href, prepared: this.matcher.preparePage(pageInfo(document)) };
      for (const r of this.session?.store.all() ?? []) delete r.result;
    }
    return { matcher: this.matcher, page: this.page.prepared };
  }

  /** Matching is lazy: a mention is matched the first time its popover opens. */
  private match(rec: MentionRecord): MatchResult {
    const { matcher, page } = this.prepare();
    if (!rec.result) {
      const segment = segmentOf(rec.element, articleRoot(document));
      rec.result = matcher.match({ text: rec.blockText, segment: segment.kind, ...(segment.published ? { published: segment.published } : {}) }, rec.mention, page);
    }
    return rec.result;
  }

  state(): PageState {
    const store = this.session?.store;
    return {
      host: location.hostname,
      active: this.active,
      aboutKorea: this.session?.aboutKorea ?? false,
      mentions: store?.size ?? 0,
      byKind: store?.countByKind() ?? {},
    };
  }

  showNext(): void {
    this.session?.showNext();
  }

  async idle(): Promise<void> {
    await this.session?.idle();
  }

  /** The toolbar badge shows the count; sent at most every 300 ms. */
  private reportCount(): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      void browser.runtime.sendMessage({ type: 'mention-count', count: this.session?.store.size ?? 0 }).catch(() => undefined);
    }, 300);
  }
}
