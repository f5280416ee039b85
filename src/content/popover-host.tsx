import { render } from 'preact';
import type { MatchResult } from '../match/matcher';
import type { Locale } from '../shared/i18n';
import { I18nProvider } from '../ui/i18n';
import { Popover } from '../ui/Popover';
import { placePopover } from '../ui/position';
import { UI_CSS } from '../ui/styles';

export const HOST_TAG = 'dmz-context-ui';

/**
 * Our UI's one element in the page: a custom element with an open shadow
 * root (page CSS cannot reach in, our CSS cannot leak out), kept inside the
 * fullscreen element when there is one. Preact renders into the shadow root.
 * It enters the page only by attach(), once the page is about Korea, so other
 * pages keep no trace of the extension.
 */
export class PopoverHost {
  readonly host: HTMLElement;
  private readonly mount: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private openFor: MatchResult | undefined;
  /** The interface language, from the settings. */
  locale: Locale = 'en';

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    this.host.style.cssText = 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.mount = doc.createElement('div');
    this.mount.className = 'dmz-root';
    this.mount.style.cssText = 'position: fixed; display: none;';
    this.live = doc.createElement('div');
    this.live.setAttribute('aria-live', 'polite');
    this.live.style.cssText = 'position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);';
    shadow.append(style, this.mount, this.live);
  }

  /** Puts the element in the page, inside the fullscreen element if there is one, so the popover stays visible there. */
  attach(): void {
    const parent = this.doc.fullscreenElement ?? this.doc.documentElement;
    if (this.host.parentNode !== parent) parent.appendChild(this.host);
  }

  /** Follows the page into and out of fullscreen, once attached. */
  followFullscreen(): void {
    if (this.host.isConnected) this.attach();
  }

  get isOpen(): boolean {
    return this.openFor !== undefined;
  }

  show(result: MatchResult, anchor: DOMRect, opts: { focus: boolean; onClose: () => void }): void {
    this.attach();
    this.openFor = result;
    this.mount.style.display = 'block';
    render(
      <I18nProvider locale={this.locale}>
        <Popover result={result} focusOnOpen={opts.focus} onClose={opts.onClose} />
      </I18nProvider>,
      this.mount,
    );
    this.position(anchor);
  }

  position(anchor: DOMRect): void {
    const box = this.mount.firstElementChild as HTMLElement | null;
    if (!box) return;
    const view = this.doc.defaultView!;
    const p = placePopover(anchor, { width: box.offsetWidth, height: box.offsetHeight }, { width: view.innerWidth, height: view.innerHeight });
    this.mount.style.left = `${p.left}px`;
    this.mount.style.top = `${p.top}px`;
  }

  hide(): void {
    if (!this.openFor) return;
    this.openFor = undefined;
    render(null, this.mount);
    this.mount.style.display = 'none';
  }

  /** Says something to screen readers without showing it. */
  announce(text: string): void {
    this.live.lang = this.locale;
    this.live.textContent = text;
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }
}
