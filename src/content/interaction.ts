import type { PopoverTrigger } from '../shared/settings';
import type { MatchResult } from '../match/matcher';
import type { Highlighter } from './highlight';
import type { MentionRecord, MentionStore } from './mentions';
import type { PopoverHost } from './popover-host';
import { recordAtPoint } from './hit-test';

const OPEN_DELAY_MS = 250;
const HIDE_DELAY_MS = 300;

interface InteractionDeps {
  doc: Document;
  store: MentionStore;
  host: PopoverHost;
  highlighter: () => Highlighter;
  trigger: () => PopoverTrigger;
  match: (rec: MentionRecord) => MatchResult;
  /** Whether a reader can see a mention (hidden ones are skipped when stepping). */
  visible: (rec: MentionRecord) => boolean;
  signal: AbortSignal;
}

/** Whether keys go to something the reader types into: those are never ours. */
function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if (el.shadowRoot?.activeElement) return isEditable(el.shadowRoot.activeElement);
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

/**
 * Opens the popover from hover (with a delay), click, focus on a mark, or a
 * step from the keyboard (the browser's shortcut, through the background);
 * Esc closes it and gives focus back. Page listeners are added only once the
 * page has mentions, and all are tied to the signal, so stopping removes them.
 */
export class Interaction {
  private current: MentionRecord | undefined;
  /** The mention the pointer rests on while the hover delay runs. */
  private upcoming: MentionRecord | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: { x: number; y: number; target: EventTarget | null } | undefined;
  private frame = 0;
  private returnFocus: HTMLElement | null = null;
  private listening = false;
  private escape: AbortController | undefined;

  constructor(private readonly d: InteractionDeps) {
    d.signal.addEventListener('abort', () => this.close(false));
  }

  /** Starts listening to the page; called when the first mention is found. */
  listen(): void {
    if (this.listening || this.d.signal.aborted) return;
    this.listening = true;
    const { doc, signal } = this.d;
    const opts = { signal, passive: true };
    doc.addEventListener('pointermove', (e) => this.onPointerMove(e), opts);
    doc.addEventListener('click', (e) => this.onClick(e), { signal, capture: true });
    doc.addEventListener('fullscreenchange', () => this.d.host.attach(), opts);
    // Where highlights are focusable elements (the wrapping fallback), focus opens the popover too.
    doc.addEventListener('focusin', (e) => this.onFocusIn(e), opts);
    signal.addEventListener('abort', () => {
      clearTimeout(this.openTimer);
      clearTimeout(this.hideTimer);
      cancelAnimationFrame(this.frame);
    });
  }

  get openRecord(): MentionRecord | undefined {
    return this.current;
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.d.trigger() !== 'hover' || e.pointerType === 'touch' || !e.isTrusted) return;
    this.pending = { x: e.clientX, y: e.clientY, target: e.target };
    // One hit-test per frame, however fast the pointer moves.
    if (!this.frame) this.frame = requestAnimationFrame(() => this.hoverFrame());
  }

  private hoverFrame(): void {
    this.frame = 0;
    const p = this.pending;
    if (!p) return;
    if (this.d.host.isHost(p.target)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const rec = recordAtPoint(this.d.store, this.d.highlighter(), this.d.doc, p.x, p.y, p.target);
    if (rec && rec === this.current) {
      clearTimeout(this.hideTimer);
      return;
    }
    // Still on the mention whose delay is running.
    if (rec && rec === this.upcoming) return;
    clearTimeout(this.openTimer);
    this.upcoming = rec;
    if (rec) {
      this.prepare(rec);
      this.openTimer = setTimeout(() => this.open(rec, false), OPEN_DELAY_MS);
    } else if (this.current) {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.close(false), HIDE_DELAY_MS);
    } else {
      // Prepared for a mention the pointer left before the delay was over.
      this.d.host.hide();
    }
  }

  /**
   * Matches (and, with no popover showing, renders hidden) while the hover
   * delay runs, so that opening after it only places the popover.
   */
  private prepare(rec: MentionRecord): void {
    const result = this.d.match(rec);
    if (this.current) return;
    this.d.host.render(result, { focus: false, onClose: () => this.close(true) });
    this.d.host.follow(this.anchor(rec), () => this.close(false));
  }

  private anchor(rec: MentionRecord) {
    return { element: rec.element, rects: () => this.d.highlighter().rects(rec) };
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || this.d.host.isHost(e.target)) return;
    if (this.d.trigger() === 'click') {
      const rec = recordAtPoint(this.d.store, this.d.highlighter(), this.d.doc, e.clientX, e.clientY, e.target);
      if (rec) return this.open(rec, false);
    }
    if (this.current) this.close(false);
  }

  private onFocusIn(e: FocusEvent): void {
    const id = this.d.highlighter().idAt(e.target);
    const rec = id === undefined ? undefined : this.d.store.get(id);
    if (rec && rec !== this.current) this.open(rec, false);
  }

  /** Esc closes an open popover, unless the reader is typing somewhere. */
  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !e.isTrusted || !this.current || isEditable(this.d.doc.activeElement)) return;
    this.close(true);
  }

  /** Opens the next (or previous) mention a reader can see, with focus in the popover. */
  step(dir: 1 | -1): void {
    let rec = this.d.store.step(this.current, dir, this.d.doc.body);
    for (const first = rec; rec && !this.d.visible(rec);) {
      rec = this.d.store.step(rec, dir, this.d.doc.body);
      if (rec === first) return;
    }
    if (!rec) return;
    rec.element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.open(rec, true);
  }

  open(rec: MentionRecord, fromKeyboard: boolean): void {
    const openedAt = performance.now();
    clearTimeout(this.hideTimer);
    clearTimeout(this.openTimer);
    this.upcoming = undefined;
    if (this.d.signal.aborted) return;
    if (fromKeyboard && !this.current) {
      const active = this.d.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && !this.d.host.isHost(active) ? active : null;
    }
    if (!this.escape) {
      this.escape = new AbortController();
      this.d.doc.defaultView!.addEventListener('keydown', (e) => this.onKeyDown(e), { signal: this.escape.signal });
    }
    this.current = rec;
    const highlighter = this.d.highlighter();
    highlighter.setActive(rec);
    const result = this.d.match(rec);
    if (fromKeyboard || !this.d.host.holds(result)) {
      this.d.host.render(result, { focus: fromKeyboard, onClose: () => this.close(true) });
      this.d.host.follow(this.anchor(rec), () => this.close(false));
    }
    this.d.host.show(openedAt);
  }

  close(restoreFocus: boolean): void {
    clearTimeout(this.hideTimer);
    this.escape?.abort();
    this.escape = undefined;
    if (!this.current) return;
    this.current = undefined;
    this.d.highlighter().setActive(undefined);
    this.d.host.hide();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
  }
}
