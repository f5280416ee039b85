import browser from 'webextension-polyfill';
import { isPopupToContent } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { ContentApp } from './app';

/** Content script entry: top frame only (see manifest), started at document_idle. */
async function main(): Promise<void> {
  const app = new ContentApp(await loadSettings());
  app.start();
  onSettingsChanged((s) => app.update(s));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPopupToContent(message)) return undefined;
    if (message.type === 'show-next-mention') {
      app.showNext();
      return Promise.resolve(app.state());
    }
    return app.idle().then(() => app.state());
  });
}

void main();
