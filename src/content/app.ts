import browser from 'webextension-polyfill';
import { isActiveOn, type Settings } from '../shared/settings';
import type { PageState, PopupToContent } from '../shared/messages';
import { dataset } from '../data/dataset';
import { factCheck, type FactCheck } from '../match/fact-check';
import { MatchService } from './match-service';
import { randomNames } from './names';
import { Session } from './session';

/**
 * The content script's second stage, loaded only on pages about Korea: owns
 * the settings, the session (while the extension is on for this site), the
 * answers to the popup and the toolbar badge.
 */
export class ContentApp {
  private session: Session | undefined;
  private readonly names = randomNames();
  private readonly matches = new MatchService(dataset, document, (el) => el.localName === this.names.mark);
  private countTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private settings: Settings) {}

  private get active(): boolean {
    return isActiveOn(this.settings, location.hostname);
  }

  start(): void {
    if (!this.active || this.session) return;
    const session = new Session({
      doc: document,
      settings: this.settings,
      names: this.names,
      matches: this.matches,
      // Through the background; if it cannot be reached, from here, with no opener.
      openUrl: (url) =>
        void browser.runtime
          .sendMessage({ type: 'open-url', url })
          .catch(() => window.open(url, '_blank', 'noopener,noreferrer')),
      onCount: () => this.reportCount(),
    });
    this.session = session;
    session.start();
    void session.idle().then(() => this.matches.warmUp(() => this.session === session && session.store.size > 0));
  }

  update(next: Settings): void {
    const wasActive = this.active;
    this.settings = next;
    if (wasActive && !this.active) this.stop();
    else if (!wasActive && this.active) this.start();
    else this.session?.update(next);
  }

  private stop(): void {
    this.session?.stop();
    this.session = undefined;
    this.reportCount();
  }

  /** Answers the popup (and the shortcuts, which come through the background). */
  async handle(message: PopupToContent): Promise<PageState | FactCheck> {
    if (message.type === 'get-fact-check') return this.factCheck();
    if (message.type === 'show-next-mention') this.session?.step(1);
    else if (message.type === 'show-previous-mention') this.session?.step(-1);
    else await this.session?.idle();
    return this.state();
  }

  /** The page's account against the record: every mention matched, as the command line reports it. */
  private async factCheck(): Promise<FactCheck> {
    const session = this.session;
    if (!session) return { mentions: 0, incidents: [] };
    await session.idle();
    return factCheck(await this.matches.matchAll(session.store.all()), this.matches.story());
  }

  private state(): PageState {
    const counts = this.session?.visibleCounts(true);
    return {
      host: location.hostname,
      active: this.active,
      aboutKorea: true,
      mentions: counts?.total ?? 0,
      byKind: counts?.byKind ?? {},
    };
  }

  /** The toolbar badge shows the count a reader can see; sent at most every 300 ms. */
  private reportCount(): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      void browser.runtime
        .sendMessage({ type: 'mention-count', count: this.session?.visibleCounts(false).total ?? 0 })
        .catch(() => undefined);
    }, 300);
  }
}
