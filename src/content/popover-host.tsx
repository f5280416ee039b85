import { render } from 'preact';
import { autoUpdate, computePosition, type VirtualElement } from '@floating-ui/dom';
import type { MatchResult } from '../match/matcher';
import type { Locale } from '../shared/i18n';
import { I18nProvider } from '../ui/i18n';
import { Popover } from '../ui/Popover';
import { UI_CSS } from '../ui/styles';
import { randomTag } from './names';
import { PLACEMENT, popoverMiddleware } from './placement';

/** What the popover is placed against: the mention's line boxes, read fresh on every update. */
interface Anchor {
  rects(): DOMRect[];
  /** An element around the mention, whose scrolling containers move it. */
  element: Element;
}

interface Parts {
  host: HTMLElement;
  shadow: ShadowRoot;
  mount: HTMLDivElement;
  live: HTMLDivElement;
}

const HOST_STYLE =
  'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;';

/** One parsed stylesheet for every popover of the page. */
let sheet: CSSStyleSheet | undefined;

function styleShadow(doc: Document, shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in (shadow as object)) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
    }
    shadow.adoptedStyleSheets = [sheet];
  } else {
    // jsdom (unit tests) lacks constructed sheets.
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    shadow.append(style);
  }
}

/** Every link a result can show: only these are opened. */
export function urlsIn(value: unknown, into = new Set<string>(), seen = new Set<object>()): Set<string> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return into;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    if (k === 'url' && typeof v === 'string' && /^https?:\/\//i.test(v)) into.add(v);
    else urlsIn(v, into, seen);
  }
  return into;
}

/**
 * Our UI's one element in the page, made at the first popover (or, in
 * browsers without ariaNotify, the first announcement), never at load. A closed shadow root kept here privately: the
 * page can neither read which incident is shown nor change it, its CSS cannot
 * reach in, and ours cannot leak out. The element's name is random, so no page
 * can claim it; if a shadow root cannot be attached to it anyway, another
 * element is tried. Links open through the extension, and only those the
 * shown result holds.
 */
export class PopoverHost {
  private parts: Parts | undefined;
  private following: (() => void) | undefined;
  private allowed = new Set<string>();
  private openFor: MatchResult | undefined;
  /** The interface language, from the settings. */
  locale: Locale = 'en';
  /** Whether the followed result has its first position. */
  private placed = false;
  /** When the shown result was asked for, until it is revealed. */
  private wantedAt: number | undefined;

  constructor(
    private readonly doc: Document,
    private readonly tag: string,
    private readonly openUrl: (url: string) => void,
  ) {}

  /** Whether an event target is our element (events from inside the closed shadow root are retargeted to it). */
  isHost(target: EventTarget | null): boolean {
    return this.parts !== undefined && target === this.parts.host;
  }

  private build(): Parts {
    for (const tag of [this.tag, randomTag(), 'div']) {
      const host = this.doc.createElement(tag);
      let shadow: ShadowRoot;
      try {
        shadow = host.attachShadow({ mode: 'closed' });
      } catch {
        continue;
      }
      host.setAttribute('style', HOST_STYLE);
      styleShadow(this.doc, shadow);
      const mount = this.doc.createElement('div');
      mount.className = 'dmz-root';
      mount.style.cssText = 'position: fixed; left: 0; top: 0; display: none;';
      const live = this.doc.createElement('div');
      live.setAttribute('aria-live', 'polite');
      live.style.cssText = 'position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);';
      shadow.append(mount, live);
      const onLink = (e: Event) => this.onLink(e);
      shadow.addEventListener('click', onLink);
      shadow.addEventListener('auxclick', onLink);
      return { host, shadow, mount, live };
    }
    throw new Error('no element accepts a shadow root');
  }

  private get ui(): Parts {
    this.parts ??= this.build();
    this.attach();
    return this.parts;
  }

  /** Keeps our element in the page, inside the fullscreen element when there is one. */
  attach(): void {
    if (!this.parts) return;
    const parent = this.doc.fullscreenElement ?? this.doc.documentElement;
    if (this.parts.host.parentNode !== parent) parent.appendChild(this.parts.host);
  }

  private onLink(e: Event): void {
    const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!link) return;
    e.preventDefault();
    const url = link.getAttribute('href');
    if (url && this.allowed.has(url)) this.openUrl(url);
  }

  /**
   * Renders a result, hidden: what takes time (building the card, styling it,
   * laying it out with its fonts) can run while the hover delay runs, so that
   * showing it is only placing it.
   */
  render(result: MatchResult, opts: { focus: boolean; onClose: () => void }): void {
    const { mount } = this.ui;
    if (this.openFor === result && !opts.focus) return;
    this.following?.();
    this.following = undefined;
    this.placed = false;
    this.wantedAt = undefined;
    this.openFor = result;
    this.allowed = urlsIn(result);
    // Hidden until placed, so it never shows for a frame where it does not belong.
    mount.style.visibility = 'hidden';
    mount.style.display = 'block';
    render(
      <I18nProvider locale={this.locale}>
        <Popover result={result} focusOnOpen={opts.focus} onClose={opts.onClose} />
      </I18nProvider>,
      mount,
    );
    // Style and layout now, not when it is shown.
    mount.getBoundingClientRect();
  }

  /** Whether render() has prepared this result. */
  holds(result: MatchResult): boolean {
    return this.openFor === result;
  }

  /**
   * Keeps the rendered result by its mention while the page scrolls or
   * resizes (placing it first while hidden, during the hover delay, is
   * allowed); calls onLost when the mention is gone.
   */
  follow(anchor: Anchor, onLost: () => void): void {
    const result = this.openFor;
    if (!result || !this.parts) return;
    const { mount } = this.parts;
    const box = mount.firstElementChild as HTMLElement;
    const reference: VirtualElement = {
      getBoundingClientRect: () => union(anchor.rects()),
      getClientRects: () => anchor.rects(),
      contextElement: anchor.element,
    };
    const middleware = popoverMiddleware((px) => (box.style.maxHeight = `${px}px`));
    const update = () => {
      if (this.openFor !== result) return;
      if (!anchor.element.isConnected || anchor.rects().length === 0) return onLost();
      void computePosition(reference, mount, { placement: PLACEMENT, strategy: 'fixed', middleware }).then(
        ({ x, y }) => {
          if (this.openFor !== result) return;
          mount.style.left = `${Math.round(x)}px`;
          mount.style.top = `${Math.round(y)}px`;
          this.placed = true;
          this.revealIfWanted();
        },
      );
    };
    this.following?.();
    this.placed = false;
    this.following = autoUpdate(reference, mount, update, { layoutShift: false });
  }

  /** Shows the followed result as soon as it is placed (at once if it already is). */
  show(openedAt = performance.now()): void {
    this.wantedAt = openedAt;
    this.revealIfWanted();
  }

  private revealIfWanted(): void {
    if (this.wantedAt === undefined || !this.placed || !this.parts) return;
    this.parts.mount.style.visibility = 'visible';
    // Read by bench/: from the popover being asked for to it shown, placed.
    performance.measure('dmz-context:popover', { start: this.wantedAt });
    this.wantedAt = undefined;
  }

  hide(): void {
    this.following?.();
    this.following = undefined;
    this.wantedAt = undefined;
    if (!this.openFor || !this.parts) return;
    this.openFor = undefined;
    this.allowed = new Set();
    render(null, this.parts.mount);
    this.parts.mount.style.display = 'none';
  }

  /**
   * Says something to screen readers without showing it: through the
   * browser's ariaNotify where there is one (no element needed), else a live
   * region in our element.
   */
  announce(text: string): void {
    const notify = (this.doc as Document & { ariaNotify?: (text: string) => void }).ariaNotify;
    if (typeof notify === 'function') return notify.call(this.doc, text);
    const { live } = this.ui;
    live.lang = this.locale;
    // A live region is read when its content changes after it is in the page.
    requestAnimationFrame(() => (live.textContent = text));
  }

  destroy(): void {
    this.hide();
    this.parts?.host.remove();
    this.parts = undefined;
  }
}

function union(rects: DOMRect[]): DOMRect {
  if (rects.length === 0) return new DOMRect();
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}
