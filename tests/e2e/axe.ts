import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DriverPage } from './driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (WCAG 2.x A and AA rules) and returns what it
 * finds. It is evaluated rather than added as a script tag, which extension
 * pages' CSP would block. `include` limits it to part of the page.
 */
export async function axeViolations(page: DriverPage, include?: string[][]): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (inc) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(inc ? { include: inc } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, include ?? null);
}

/**
 * The same for the popover, in either browser. It lives in a closed shadow
 * root, which axe cannot enter, so it is checked as an exact copy: its DOM and
 * its styles, placed where it is, in an open shadow root of a page element,
 * removed after.
 */
export async function axeViolationsInPopover(page: DriverPage): Promise<AxeViolation[]> {
  const copied = await page.ui.evaluate((root) => {
    const ui = root?.querySelector('.dmz-root');
    if (!root || !ui) return false;
    const css = [...root.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    const host = document.createElement('div');
    host.id = 'axe-popover-copy';
    host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647;';
    const copy = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    copy.adoptedStyleSheets = [sheet];
    copy.append(ui.cloneNode(true));
    document.documentElement.append(host);
    return true;
  }, undefined);
  if (!copied) throw new Error('no popover in the page');
  try {
    return await axeViolations(page, [['#axe-popover-copy', '.pop']]);
  } finally {
    await page.evaluate(() => document.getElementById('axe-popover-copy')?.remove());
  }
}
