import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { factCheck, type FactCheck } from '../../src/match/fact-check';
import { IncidentMatcher } from '../../src/match/matcher';
import { analyzeDocument } from '../../src/page/analyze-document';
import { BROWSERS, type DriverPage, type ExtensionBrowser } from './driver';
import { ROOT, type FixtureServer } from './harness';
import { waitForHighlights, withExtension } from './helpers';

/**
 * One page pipeline: on every saved page, what the extension links and checks
 * (every mention matched, as its popovers would show them) is exactly what
 * `npm run annotate` reports for the same file.
 */
const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
const PAGES = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));
const matcher = new IncidentMatcher(loadDataset());

function commandLine(file: string): { aboutKorea: boolean; check: FactCheck } {
  const a = analyzeDocument(new JSDOM(readFileSync(join(PAGES_DIR, file), 'utf8')).window.document, matcher);
  // As it crosses a message channel: plain data.
  return {
    aboutKorea: a.aboutKorea,
    check: JSON.parse(JSON.stringify(factCheck(a.mentions, a.page?.story.incident))) as FactCheck,
  };
}

async function extensionCheck(browser: ExtensionBrowser, page: DriverPage): Promise<FactCheck> {
  await page.bringToFront();
  return browser.evaluateInExtension(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return await chrome.tabs.sendMessage<unknown, FactCheck>(tab!.id!, { type: 'get-fact-check' });
  }, undefined);
}

describe.each(BROWSERS)('%s', (browserName) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withExtension(browserName, (s, b) => {
    server = s;
    browser = b;
  });

  it.each(PAGES)('%s: the extension links and checks what the command line reports', async (file) => {
    const expected = commandLine(file);
    const page = await browser.open(`${server.origin}/${file}`);
    if (expected.aboutKorea) {
      await waitForHighlights(page, 1);
      const actual = await extensionCheck(browser, page);
      expect(actual).toEqual(expected.check);
      expect(actual.mentions).toBeGreaterThan(0);
    } else {
      // Not about Korea for either: the command line reads nothing, and the content script's first stage
      // stopped at its check, without so much as a message listener.
      expect(expected.check).toEqual({ mentions: 0, incidents: [] });
      await expect(extensionCheck(browser, page)).rejects.toThrow(/Receiving end does not exist/);
    }
    await page.close();
  });
});
