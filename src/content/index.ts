import { extApi } from '../shared/ext-api';
import { isPopupToContent, type PageState } from '../shared/messages';
import { isActiveOn } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { addedContentIsAboutKorea, isAboutKorea } from '../page/about-korea';
import type { ContentApp } from './app';
import { APP_SCRIPT } from './paths';

/**
 * Content script entry (top frame, document_idle): the first stage. It runs on
 * every page, so it only decides whether the page is about Korea: it adds
 * nothing to the page and does not even touch the extension API (whose first
 * use costs milliseconds). Only on a page about Korea does it read the
 * settings, answer the popup, and, where the extension is on, load the rest
 * (scanner, matcher, dataset, UI). Elsewhere the popup gets no answer and says
 * there is nothing here.
 */

let app: Promise<ContentApp> | undefined;

async function startWhenOn(): Promise<void> {
  answerPopup();
  const settings = await loadSettings();
  onSettingsChanged((s) => {
    if (app) void app.then((a) => a.update(s));
    else if (isActiveOn(s, location.hostname)) load(s);
  });
  if (isActiveOn(settings, location.hostname)) load(settings);
}

function load(settings: Parameters<ContentApp['update']>[0]): void {
  // A separate file at the extension's per-session URL, not bundled in here (see build/content-scripts-plugin.ts).
  app ??= (import(/* @vite-ignore */ extApi().runtime.getURL(APP_SCRIPT)) as Promise<typeof import('./app')>).then(
    ({ ContentApp }) => {
      const a = new ContentApp(settings);
      a.start();
      return a;
    },
  );
}

/** Content that arrives later (SPA navigation, pages rendered by script) is checked as it comes, in batches. */
function watchForKorea(): void {
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) added.push(n);
    timer ??= setTimeout(check, 500);
  });
  const check = () => {
    timer = undefined;
    const nodes = added;
    added = [];
    if (!addedContentIsAboutKorea(document, nodes)) return;
    observer.disconnect();
    void startWhenOn();
  };
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

function answerPopup(): void {
  extApi().runtime.onMessage.addListener((message: unknown, _sender, reply: (answer: unknown) => void) => {
    if (!isPopupToContent(message)) return false;
    const answer = app
      ? app.then((a) => a.handle(message))
      : message.type === 'get-fact-check'
        ? Promise.resolve({ mentions: 0, incidents: [] })
        : loadSettings().then((s): PageState => ({
            host: location.hostname,
            active: isActiveOn(s, location.hostname),
            aboutKorea: true,
            mentions: 0,
            byKind: {},
          }));
    void answer.then(reply);
    return true;
  });
}

if (isAboutKorea(document)) void startWhenOn();
else watchForKorea();
