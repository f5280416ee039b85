import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dataset } from '../../src/data/dataset';
import { FORCE_WRAP, command, contentScriptRan, highlightedTexts, launchWithExtension, painted, pageState, pointOf, popoverView, startServer, traces, waitForHighlights, waitForPopover, type ExtensionBrowser, type FixtureServer } from './harness';

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.origin + path);
  return page;
}

async function hover(page: Page, selector: string, text: string): Promise<void> {
  const p = await pointOf(page, selector, text);
  await page.mouse.move(p.x, p.y);
}

describe('seed story 2022 (the "South Korean soldier")', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/seed-2022-south-korean-soldier.html');
    await waitForHighlights(page, 8);
  });

  it.skipIf(FORCE_WRAP)('highlights the mentions without changing the DOM', async () => {
    const texts = await waitForHighlights(page, 8);
    expect(texts).toEqual(expect.arrayContaining(['defection', 'demilitarised zone', 'fled north', 'defector']));
    // The served page has no custom elements; with the Highlight API we add none.
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.tagName.includes('-')).length)).toBe(0);
  });

  it('makes no element in the page before the first popover', async () => {
    await waitForHighlights(page, 8);
    expect((await traces(page)).elements).toBe(0);
  });

  it('opens a popover on hover with the 1 January 2022 crossing and a plain warning', async () => {
    await hover(page, 'h1', 'defection');
    const view = (await waitForPopover(page))!;
    expect(view.text).toContain('Former defector climbs back over the eastern DMZ fences into North Korea');
    expect(view.text).toMatch(/check this/i);
    expect(view.text).toMatch(/North Korean civilian who had defected to the South earlier and went back, not a soldier/);
    expect(view.role).toBe('dialog');
    const links = view.links.filter((l) => l.href.startsWith('http'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.rel.includes('noopener'))).toBe(true);
  });

  it('closes on Escape', async () => {
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
  });
});

describe('seed story 2025 (central-front soldier)', () => {
  it('matches the October 2025 crossing south', async () => {
    const page = await open('/seed-2025-central-front-soldier.html');
    await waitForHighlights(page, 5);
    await hover(page, 'article p', 'Demilitarized Zone');
    const { text } = (await waitForPopover(page))!;
    expect(text).toContain('North Korean soldier crosses the central DMZ and defects');
    expect(text).not.toMatch(/check this/i);
    await page.close();
  });
});

describe('edge cases', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/edge-cases.html');
    await waitForHighlights(page, 3);
  });

  it('finds a mention split across inline elements', async () => {
    expect(await highlightedTexts(page)).toContain('Demilitarized Zone');
  });

  it('leaves editors, form fields, code and iframes alone', async () => {
    const all = await painted(page);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((m) => m.within.some((id) => ['editor', 'ta', 'in', 'code'].includes(id)))).toEqual([]);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await frame.evaluate(() => ({ highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length }))).toEqual({ highlights: 0, sheets: 0 });
    expect(await page.locator('#ta').inputValue()).toBe('Textarea: the DMZ must not be touched here.');
  });

  it('highlights Korean text', async () => {
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['군사분계선', '귀순']));
  });

  it('renders hostile page text as text, never as markup', async () => {
    await hover(page, '#hostile', 'defector');
    const view = (await waitForPopover(page))!;
    expect(view.text).toContain('defector');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Our own map is the only graphic allowed in the popover.
    expect(view.unsafe).toBe(0);
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
  });

  it('highlights content added later (live pages)', async () => {
    const before = (await highlightedTexts(page)).length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Update: another defector reached Panmunjom.';
      document.querySelector('#live')!.append(p);
    });
    await expect.poll(async () => (await highlightedTexts(page)).length, { timeout: 5000 }).toBeGreaterThanOrEqual(before + 2);
    expect(await highlightedTexts(page)).toContain('Panmunjom');
  });

  it('steps through mentions from the keyboard command with focus in the popover', async () => {
    await command(ext, page, 'show-next-mention');
    const first = (await waitForPopover(page))!;
    expect(first.focused).toBe('pop');
    await command(ext, page, 'show-next-mention');
    await expect.poll(async () => (await popoverView(page))?.text).not.toBe(first.text);
    await command(ext, page, 'show-previous-mention');
    await expect.poll(async () => (await popoverView(page))?.text).toBe(first.text);
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
  });
});

describe('pages that are not about Korea', () => {
  it('highlights nothing on a router manual that says "DMZ", and leaves no trace', async () => {
    const page = await open('/network-dmz.html');
    await expect.poll(() => contentScriptRan(page), { timeout: 5000 }).toBe(true);
    expect(await traces(page)).toEqual({ highlights: 0, sheets: 0, elements: 0 });
    await page.close();
  });
});

describe('popup', () => {
  let popup: Page;
  let article: Page;
  beforeAll(async () => {
    article = await open('/seed-2022-south-korean-soldier.html');
    await waitForHighlights(article, 8);
    popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
    // The popup asks the active tab: make the article active, then reload the popup.
    await article.bringToFront();
    await popup.reload();
  });

  it('shows how many mentions the current tab has', async () => {
    await expect.poll(() => popup.getByTestId('mention-count').innerText(), { timeout: 5000 }).toMatch(/^\d+ mentions on this page/);
  });

  it('searches incidents, typo-tolerant, in English and Korean', async () => {
    const box = popup.getByRole('searchbox', { name: 'Search incidents' });
    await box.fill('Oh Chung Sung');
    await expect.poll(() => popup.locator('.result-title').first().innerText()).toContain('Oh Chong Song');
    await box.fill('Travs King');
    await expect.poll(() => popup.locator('.result-title').first().innerText()).toContain('Travis King');
    await box.fill('오청성');
    await expect.poll(() => popup.locator('.result-title').first().innerText()).toContain('Oh Chong Song');
    await box.fill('');
    await popup.getByRole('combobox', { name: 'Direction' }).selectOption('south-to-north');
    const titles = await popup.locator('.result-title').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join('|')).toContain('Travis King');
    expect(titles.join('|')).not.toContain('Oh Chong Song');
    await popup.getByRole('combobox', { name: 'Direction' }).selectOption('');
  });

  it('lists every incident, a page at a time, newest first', async () => {
    const total = dataset.incidents.length;
    await popup.getByRole('searchbox', { name: 'Search incidents' }).fill('');
    expect(await popup.getByTestId('result-count').innerText()).toBe(`${total} of ${total} incidents`);
    expect(await popup.locator('.result-title').count()).toBe(Math.min(total, 50));
    expect(await popup.locator('.result-title').first().innerText()).toBe(dataset.incidents[0]!.title.en);
    if (total > 50) {
      await popup.getByRole('button', { name: /^Show \d+ more$/ }).click();
      expect(await popup.locator('.result-title').count()).toBe(Math.min(total, 100));
    }
    // A new query starts again from the first page.
    await popup.getByRole('searchbox', { name: 'Search incidents' }).fill('tunnel');
    await expect.poll(() => popup.locator('.result-title').first().innerText()).toMatch(/tunnel/i);
    await popup.getByRole('searchbox', { name: 'Search incidents' }).fill('');
    await expect.poll(() => popup.locator('.result-title').count()).toBe(Math.min(total, 50));
  });

  it('opens an incident with its sources', async () => {
    await popup.getByRole('searchbox', { name: 'Search incidents' }).fill('axe murder');
    await popup.locator('.result').first().click();
    const detail = await popup.locator('.detail').innerText();
    expect(detail).toContain('1976');
    expect(await popup.locator('.detail a[href^="http"]').count()).toBeGreaterThan(0);
    await popup.getByRole('button', { name: '← All incidents' }).click();
    // A river crossing on the Imjin is not labelled as the Han estuary.
    await popup.getByRole('searchbox', { name: 'Search incidents' }).fill('soldier floats down the Imjin');
    await popup.locator('.result').first().click();
    const imjin = await popup.locator('.detail').innerText();
    expect(imjin).toContain('Imjin');
    expect(imjin).toMatch(/River · Central front/);
    expect(imjin).not.toContain('Han River estuary');
    await popup.getByRole('button', { name: '← All incidents' }).click();
  });

  it('turns the current site off and on again, removing and restoring highlights', async () => {
    const site = popup.getByRole('checkbox', { name: /On for 127\.0\.0\.1/ });
    await site.uncheck();
    await expect.poll(() => highlightedTexts(article), { timeout: 5000 }).toEqual([]);
    expect(await traces(article)).toEqual({ highlights: 0, sheets: 0, elements: 0 });
    await site.check();
    await expect.poll(async () => (await highlightedTexts(article)).length, { timeout: 5000 }).toBeGreaterThanOrEqual(8);
  });

  it('applies kind and style options to open tabs at once', async () => {
    await popup.getByRole('tab', { name: 'Options' }).click();
    await popup.getByRole('checkbox', { name: 'DMZ' }).uncheck();
    await expect.poll(async () => (await highlightedTexts(article)).some((t) => /demilitari/i.test(t)), { timeout: 5000 }).toBe(false);
    await popup.getByRole('checkbox', { name: 'DMZ' }).check();
    await expect.poll(async () => (await highlightedTexts(article)).some((t) => /demilitari/i.test(t)), { timeout: 5000 }).toBe(true);
    await popup.getByRole('radio', { name: 'Background' }).check();
    await expect.poll(async () => (await highlightedTexts(article, 'background')).length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(await highlightedTexts(article, 'underline')).toEqual([]);
    await popup.getByRole('radio', { name: 'Dotted underline' }).check();
    await expect.poll(async () => (await highlightedTexts(article)).length, { timeout: 5000 }).toBeGreaterThan(0);
  });
});

describe('options page', () => {
  it('shows the same options and lists sites turned off, with a way back', async () => {
    const worker = ext.context.serviceWorkers()[0]!;
    await worker.evaluate(() => chrome.storage.sync.set({ disabledSites: ['example.org'] }));
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await expect.poll(() => options.getByRole('checkbox', { name: 'Highlight mentions on news pages' }).isChecked()).toBe(true);
    expect(await options.getByRole('checkbox', { name: 'Northern Limit Line' }).isChecked()).toBe(true);
    await options.getByRole('button', { name: 'Turn back on' }).click();
    await expect.poll(() => worker.evaluate(() => chrome.storage.sync.get('disabledSites'))).toEqual({});
    await options.close();
  });
});

describe('privacy', () => {
  it('makes no network requests beyond the pages themselves', () => {
    const outside = ext.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && u !== 'about:blank');
    expect(outside).toEqual([]);
  });
});
