import type { PopoverTrigger } from '../shared/settings';
import type { MatchResult } from '../match/matcher';
import type { Highlighter } from './highlight/highlighter';
import type { MentionRecord, MentionStore } from './mentions';
import type { PopoverHost } from './popover-host';
import { recordAtPoint, recordRects } from './hit-test';
import { MARK_TAG } from './highlight/wrap-fallback';

const OPEN_DELAY_MS = 250;
const HIDE_DELAY_MS = 300;

export interface InteractionDeps {
  doc: Document;
  store: MentionStore;
  host: PopoverHost;
  highlighter: () => Highlighter;
  trigger: () => PopoverTrigger;
  match: (rec: MentionRecord) => MatchResult;
  signal: AbortSignal;
}

/**
 * Opens the popover from hover (with a delay), click, or the keyboard
 * (Alt+Shift+N / Alt+Shift+P step through mentions, Esc closes and gives
 * focus back). Every listener is tied to the signal, so stopping removes all.
 */
export class Interaction {
  private current: MentionRecord | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: { x: number; y: number; target: EventTarget | null } | undefined;
  private frame = 0;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly d: InteractionDeps) {
    const opts = { signal: d.signal, passive: true };
    const win = d.doc.defaultView!;
    d.doc.addEventListener('pointermove', (e) => this.onPointerMove(e), opts);
    d.doc.addEventListener('click', (e) => this.onClick(e), { signal: d.signal, capture: true });
    win.addEventListener('keydown', (e) => this.onKeyDown(e), { signal: d.signal, capture: true });
    win.addEventListener('scroll', () => this.reposition(), { ...opts, capture: true });
    win.addEventListener('resize', () => this.reposition(), opts);
    d.doc.addEventListener('fullscreenchange', () => d.host.followFullscreen(), opts);
    // Where highlights are focusable elements (the wrapping fallback), focus opens the popover too.
    d.doc.addEventListener('focusin', (e) => this.onFocusIn(e), opts);
    d.signal.addEventListener('abort', () => this.clearTimers());
  }

  get openRecord(): MentionRecord | undefined {
    return this.current;
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.hideTimer);
    cancelAnimationFrame(this.frame);
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.d.trigger() !== 'hover' || e.pointerType === 'touch') return;
    this.pending = { x: e.clientX, y: e.clientY, target: e.target };
    // One hit-test per frame, however fast the pointer moves.
    if (!this.frame) this.frame = requestAnimationFrame(() => this.hoverFrame());
  }

  private hoverFrame(): void {
    this.frame = 0;
    const p = this.pending;
    if (!p) return;
    if (p.target === this.d.host.host) {
      clearTimeout(this.hideTimer);
      return;
    }
    const hit = recordAtPoint(this.d.store, this.d.doc, p.x, p.y, p.target);
    if (hit && hit.rec === this.current) {
      clearTimeout(this.hideTimer);
      return;
    }
    clearTimeout(this.openTimer);
    if (hit) {
      this.openTimer = setTimeout(() => this.open(hit.rec, hit.rect, false), OPEN_DELAY_MS);
    } else if (this.current) {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.close(false), HIDE_DELAY_MS);
    }
  }

  private onClick(e: MouseEvent): void {
    if (e.target === this.d.host.host) return;
    if (this.d.trigger() === 'click') {
      const hit = recordAtPoint(this.d.store, this.d.doc, e.clientX, e.clientY, e.target);
      if (hit) return this.open(hit.rec, hit.rect, false);
    }
    if (this.current) this.close(false);
  }

  private onFocusIn(e: FocusEvent): void {
    const mark = e.target instanceof Element ? e.target.closest(MARK_TAG) : null;
    if (!mark) return;
    const rec = this.d.store.get(Number((mark as HTMLElement).dataset.mention));
    if (rec && rec !== this.current) this.open(rec, mark.getBoundingClientRect(), false);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.current) {
      this.close(true);
      return;
    }
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      e.stopPropagation();
      this.step(e.code === 'KeyN' ? 1 : -1);
    }
  }

  /** Opens the next (or previous) mention with focus in the popover. */
  step(dir: 1 | -1): void {
    const rec = this.d.store.step(this.current, dir, this.d.doc.body);
    if (!rec) return;
    const el = rec.segments[0]!.node.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const rect = recordRects(rec)[0];
    if (rect) this.open(rec, rect, true);
  }

  open(rec: MentionRecord, rect: DOMRect, fromKeyboard: boolean): void {
    clearTimeout(this.hideTimer);
    clearTimeout(this.openTimer);
    if (fromKeyboard && !this.current) {
      const active = this.d.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== this.d.host.host ? active : null;
    }
    this.current = rec;
    this.d.highlighter().setActive(rec);
    this.d.host.show(this.d.match(rec), rect, { focus: fromKeyboard, onClose: () => this.close(true) });
  }

  close(restoreFocus: boolean): void {
    clearTimeout(this.hideTimer);
    if (!this.current) return;
    this.current = undefined;
    this.d.highlighter().setActive(undefined);
    this.d.host.hide();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
  }

  /** Keeps the popover by its mention while scrolling; closes if the mention is gone. */
  private reposition(): void {
    if (!this.current) return;
    if (!this.current.segments[0]!.node.isConnected) return this.close(false);
    const rect = recordRects(this.current)[0];
    if (rect) this.d.host.position(rect);
  }
}
