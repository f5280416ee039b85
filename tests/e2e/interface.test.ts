import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations as axeIn, axeViolationsInPopover as axeInPopover } from './axe';
import { driverPage } from './chromium-driver';
import {
  launchWithExtension,
  startServer,
  type ChromiumWithExtension as ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { pointOf, popoverView as viewOf, waitForHighlights, waitForPopover as waitFor } from './helpers';

/**
 * The interface itself: accessibility in light and dark, maps, the chart,
 * copying sources, the options form. Chromium only: it emulates colour schemes
 * and grants clipboard access through Playwright (the popover's accessibility
 * and the rest of its behaviour are checked in both browsers in
 * extension.test.ts).
 */

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

const SCHEMES = ['light', 'dark'] as const;

// The helpers for both browsers, on Playwright pages.
const axeViolations = (page: Page, include?: string[][]) => axeIn(driverPage(page), include);
const axeViolationsInPopover = (page: Page) => axeInPopover(driverPage(page));
const popoverView = (page: Page) => viewOf(driverPage(page));
const waitForPopover = (page: Page) => waitFor(driverPage(page));
const inPopover = <R>(page: Page, fn: (root: ShadowRoot | null) => R) => driverPage(page).ui.evaluate(fn, undefined);

async function extensionPage(path: 'popup' | 'options'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/${path}/index.html`);
  return page;
}

describe('popover', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ext.context.newPage();
    // A dated story the matcher links with confidence (and one error for "Check this").
    await page.goto(`${server.origin}/count-error-sokcho-family.html`);
    await waitForHighlights(driverPage(page), 3);
    const p = await pointOf(driverPage(page), 'article', 'NLL');
    await page.mouse.move(p.x, p.y);
    await waitForPopover(page);
  });

  it('says how likely the match is in words, not as a percentage', async () => {
    const { text } = (await popoverView(page))!;
    expect(text).toContain('Likely match');
    expect(text).not.toMatch(/\d+\s*%/);
  });

  it('shows where it happened on a small map', async () => {
    const map = await inPopover(page, (root) => {
      const m = root!.querySelector('.pop svg.map');
      return { label: m && m.getAttribute('aria-label'), markers: m ? m.querySelectorAll('.map-marker').length : 0 };
    });
    expect(map.label).toMatch(/^Approximate location: Sokcho/);
    expect(map.markers).toBe(1);
  });

  it('copies the incident’s title, date and sources as plain text', async () => {
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const button = await inPopover(page, (root) => {
      const b = [...root!.querySelectorAll('.pop button')].find((e) => e.textContent.trim() === 'Copy sources')!;
      b.scrollIntoView({ block: 'nearest' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(button.x, button.y);
    await expect
      .poll(() => inPopover(page, (root) => root!.querySelector<HTMLElement>('.pop [role="status"]')?.innerText ?? ''))
      .toMatch(/^Copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^North Korean family of four crosses the East Sea border in a wooden boat\n24 October 2023\n\nSources:\n- /,
    );
    expect(copied).toMatch(/https:\/\/\S+$/);
  });

  it.each(SCHEMES)('has no accessibility violations (%s)', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolationsInPopover(page)).toEqual([]);
  });

  it.each(SCHEMES)('has no accessibility violations in the popup’s fact-check of this page (%s)', async (scheme) => {
    const popup = await extensionPage('popup');
    // The popup asks the active tab: make the article active, then reload the popup.
    await page.bringToFront();
    await popup.reload();
    await popup.locator('.factcheck[open] .claims').first().waitFor();
    await popup.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});

describe('popup', () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await extensionPage('popup');
    await popup.locator('.result').first().waitFor();
  });

  it.each(SCHEMES)('has no accessibility violations in the list (%s)', async (scheme) => {
    await popup.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('shows an incident on the border map, labelled approximate', async () => {
    await popup.getByRole('searchbox', { name: 'Search incidents' }).fill('Oh Chong Song');
    await popup.locator('.result').first().click();
    const figure = popup.locator('.detail figure.locator');
    expect(await figure.locator('figcaption').innerText()).toBe('Approximate location: Panmunjom (JSA)');
    expect(await figure.locator('.map-label').allTextContents()).toEqual(
      expect.arrayContaining(['MDL', 'NLL (approx.)', 'Seoul']),
    );
    for (const scheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup), scheme).toEqual([]);
    }
    await popup.getByRole('button', { name: '← All incidents' }).click();
    // Focus goes back to the result the incident was opened from (once the list has rendered again).
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-incident') ?? ''))
      .toMatch(/oh-chong-song/);
  });

  it('maps the listed incidents and charts crossings per year, following the filters', async () => {
    await popup.getByRole('searchbox', { name: 'Search incidents' }).fill('');
    await popup.getByRole('button', { name: 'Map' }).click();
    const dots = () => popup.locator('.incidents-map .map-dot').count();
    const yearRows = () => popup.locator('.chart table tbody tr').count();
    const all = { dots: await dots(), rows: await yearRows() };
    expect(all.dots).toBeGreaterThan(10);
    expect(all.rows).toBeGreaterThan(10);
    await popup.getByRole('combobox', { name: 'Direction' }).selectOption('south-to-north');
    await expect.poll(dots).toBeLessThan(all.dots);
    expect(await popup.locator('.incidents-map .map-dot.north-to-south').count()).toBe(0);
    const southbound = await popup.locator('.chart table tbody td:nth-child(2)').allInnerTexts();
    expect(southbound.every((n) => n === '0')).toBe(true);
    for (const scheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup), scheme).toEqual([]);
    }
    await popup.getByRole('combobox', { name: 'Direction' }).selectOption('');
    await popup.getByRole('button', { name: 'List' }).click();
  });
});

describe('options page', () => {
  let options: Page;
  beforeAll(async () => {
    options = await extensionPage('options');
    await options.locator('form.settings').waitFor();
  });

  it('is readable in dark mode: dark page, light text', async () => {
    await options.emulateMedia({ colorScheme: 'dark' });
    const colours = await options.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('legend')!).color,
      scheme: getComputedStyle(document.documentElement).colorScheme,
    }));
    expect(colours).toEqual({ page: 'rgb(30, 35, 43)', text: 'rgb(232, 235, 240)', scheme: 'light dark' });
  });

  it('keeps every label on one line and groups the options', async () => {
    for (const width of [760, 360]) {
      await options.setViewportSize({ width, height: 700 });
      const wrapped = await options.evaluate(() =>
        [...document.querySelectorAll('.choice span, .field label')]
          .filter(
            (el) =>
              el.getClientRects().length !== 1 ||
              el.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(el).lineHeight || '20'),
          )
          .map((el) => el.textContent),
      );
      expect(wrapped, `at ${width}px`).toEqual([]);
    }
    expect(await options.locator('fieldset legend').allInnerTexts()).toEqual([
      'General',
      'Kinds of mention',
      'Highlight style',
      'Open the popover on',
    ]);
  });

  it.each(SCHEMES)('has no accessibility violations (%s)', async (scheme) => {
    await options.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(options)).toEqual([]);
  });
});
