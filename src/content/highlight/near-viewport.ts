import type { HighlightStyle } from '../../shared/settings';
import type { MentionRecord } from '../mentions';
import type { Highlighter } from './highlighter';

/**
 * Paints only the mentions in blocks near the viewport (one screen above and
 * below), through another highlighter. The browser repaints every registered
 * range when highlights change, so on a page with tens of thousands of
 * mentions painting them all costs a long frame; this keeps the cost to what
 * can be seen, whatever the page's length.
 */
export class NearViewportHighlighter implements Highlighter {
  private readonly byElement = new Map<Element, Set<MentionRecord>>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(private readonly inner: Highlighter) {
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '100% 0px' });
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const show: MentionRecord[] = [];
    const hide: MentionRecord[] = [];
    for (const e of entries) {
      const records = this.byElement.get(e.target);
      if (!records) continue;
      if (e.isIntersecting && !this.near.has(e.target)) {
        this.near.add(e.target);
        show.push(...records);
      } else if (!e.isIntersecting && this.near.delete(e.target)) {
        hide.push(...records);
      }
    }
    if (hide.length) this.inner.remove(hide);
    if (show.length) this.inner.add(show);
  }

  add(records: readonly MentionRecord[]): void {
    const now: MentionRecord[] = [];
    for (const r of records) {
      let set = this.byElement.get(r.element);
      if (!set) {
        this.byElement.set(r.element, (set = new Set()));
        this.observer.observe(r.element);
      }
      set.add(r);
      if (this.near.has(r.element)) now.push(r);
    }
    if (now.length) this.inner.add(now);
  }

  remove(records: readonly MentionRecord[]): void {
    for (const r of records) {
      const set = this.byElement.get(r.element);
      if (!set?.delete(r) || set.size) continue;
      this.byElement.delete(r.element);
      this.near.delete(r.element);
      this.observer.unobserve(r.element);
    }
    this.inner.remove(records);
  }

  setActive(record: MentionRecord | undefined): void {
    // The active mention is always painted, near or not (keyboard stepping scrolls to it).
    if (record && !this.near.has(record.element)) this.inner.add([record]);
    this.inner.setActive(record);
  }

  setStyle(style: HighlightStyle): void {
    this.inner.setStyle(style);
  }

  rects(record: MentionRecord): DOMRect[] {
    return this.inner.rects(record);
  }

  idAt(target: EventTarget | null): number | undefined {
    return this.inner.idAt(target);
  }

  clear(): void {
    this.observer.disconnect();
    this.byElement.clear();
    this.near.clear();
    this.inner.clear();
  }
}
