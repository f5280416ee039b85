/**
 * npm run bench: speed and size figures for the README. Not a test: it
 * measures and prints, and writes bench/results.md.
 *
 * Chromium (extension loaded): first full scan time after document_idle,
 * longest main-thread task after document_idle, heap growth, popover open
 * latency. The same pages in a Chromium without the extension give the
 * baseline and the two alternatives: naive regex + <mark> wrapping, and mark.js.
 * Node: detection throughput, matching time per mention, popup search per
 * keystroke and its index (bench/search.ts), content-script bundle size.
 */
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Page, type BrowserContext } from 'playwright-core';
import { loadDataset } from '../src/data/load';

const dataset = loadDataset();
import { detectMentions } from '../src/match/detect';
import { IncidentMatcher } from '../src/match/matcher';
import { KINDS } from '../src/match/kinds';
import {
  CHROMIUM,
  CHROMIUM_FLAGS,
  DIST,
  ROOT,
  STALL_PROBE,
  launchWithExtension,
  startServer,
} from '../tests/e2e/harness';
import { driverPage } from '../tests/e2e/chromium-driver';
import { pointOf } from '../tests/e2e/helpers';
import { articlePage, articleText, manyNodesPage, shopPage } from './pages';
import { searchRows } from './search';

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const rows: string[] = [];
const log = (line = '') => {
  console.log(line);
  rows.push(line);
};

// ---------- Node ----------
async function nodeBench() {
  // Search first, while the heap is small as the popup's is: the 10 MB article's mentions would make its collections slow.
  const searchTable = await searchRows(dataset.incidents, ms);
  const blocks = articleText(10_000_000);
  const text = blocks.join('\n\n');
  let t = performance.now();
  const found = detectMentions(text);
  const detectMs = performance.now() - t;

  const matcher = new IncidentMatcher(dataset);
  const oneMb = articleText(1_000_000);
  t = performance.now();
  const results = matcher.analyze(
    oneMb.map((block) => ({ text: block, segment: 'story' as const })),
    { title: 'North Korean soldier defects', published: '2025-10-20' },
  ).mentions;
  const matchMs = (performance.now() - t) / results.length;

  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[] }>;
    web_accessible_resources: Array<{ resources: string[] }>;
  };
  const size = (files: string[]) => ({
    raw: files.reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0),
    gz: files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f))).length, 0),
  });
  const entry = size(manifest.content_scripts[0]!.js);
  const stage2 = size(manifest.web_accessible_resources.flatMap((w) => w.resources));

  log('### Node');
  log();
  log('| measure | result |');
  log('|---|---|');
  log(
    `| detection throughput (10 MB of article text, ${found.length} mentions) | ${(10 / (detectMs / 1000)).toFixed(1)} MB/s |`,
  );
  log(
    `| matching, per mention (1 MB article, ${results.length} mentions, ${dataset.incidents.length} incidents) | ${(matchMs * 1000).toFixed(0)} µs |`,
  );
  for (const row of searchTable) log(row);
  log(
    `| content-script entry (runs on every page) | ${(entry.raw / 1024).toFixed(1)} kB, ${(entry.gz / 1024).toFixed(1)} kB gzip |`,
  );
  log(
    `| second stage (loaded on pages about Korea) | ${(stage2.raw / 1024).toFixed(0)} kB, ${(stage2.gz / 1024).toFixed(1)} kB gzip |`,
  );
  log();
}

// ---------- Chromium ----------
// Headless Chromium reports no 'longtask' entries: STALL_PROBE (shared with the
// e2e tests) records the gaps in a MessageChannel ping loop instead.

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function longestAfter(page: Page, from: number): Promise<number> {
  return await page.evaluate<number>(`Math.max(0, ...window.__stalls.filter((t) => t.at >= ${from}).map((t) => t.ms))`);
}

interface ExtResult {
  scan: number;
  mentions: number;
  longest: number;
  heap: number;
  /** First and second popover. */
  popover: number[];
}

async function withExtension(
  context: BrowserContext,
  url: string,
  hovers: Array<[string, string]>,
): Promise<ExtResult> {
  const page = await context.newPage();
  await page.addInitScript(STALL_PROBE);
  await page.goto(url, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('dmz-context:scan').length > 0, undefined, {
    timeout: 120_000,
    polling: 100,
  });
  const { start, scan, mentions } = await page.evaluate(() => ({
    start: performance.getEntriesByName('dmz-context:start')[0]!.startTime,
    scan: performance.getEntriesByName('dmz-context:scan')[0]!.duration,
    mentions: (
      (performance.getEntriesByName('dmz-context:scan')[0] as PerformanceMeasure).detail as { mentions: number }
    ).mentions,
  }));
  await page.waitForTimeout(2500);
  const longest = await longestAfter(page, start);
  const heap = await heapMb(page);
  // Hovering two mentions in turn: the content script measures from the end of
  // the hover delay to the popover placed (matching, rendering, style, layout).
  const popover: number[] = [];
  for (const [selector, text] of hovers) {
    const at = await pointOf(driverPage(page), selector, text);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(
      (n) => performance.getEntriesByName('dmz-context:popover').length >= n,
      popover.length + 1,
      { timeout: 10_000, polling: 50 },
    );
    popover.push(
      await page.evaluate((n) => performance.getEntriesByName('dmz-context:popover')[n]!.duration, popover.length),
    );
    await page.mouse.move(1, 1);
    await page.waitForTimeout(500);
  }
  await page.close();
  return { scan, mentions, longest, heap, popover };
}

// The same terms as the extension's detector, in one alternation for the naive baselines.
const ALL_TERMS = Object.values(KINDS)
  .flatMap((k) => [
    ...k.words.map((w) => String.raw`\b${w}`),
    ...(k.acronyms ?? []).map((a) => String.raw`\b${a}`),
    ...k.hangul,
  ])
  .join('|');

async function baseline(
  context: BrowserContext,
  url: string,
  how: 'none' | 'naive' | 'markjs',
): Promise<{ time: number; longest: number; heap: number; marks: number }> {
  const page = await context.newPage();
  await page.addInitScript(STALL_PROBE);
  await page.goto(url, { timeout: 120_000 });
  await page.waitForTimeout(300);
  if (how === 'markjs') await page.addScriptTag({ path: join(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
  const from = await page.evaluate(() => performance.now());
  const time = await page.evaluate<number>(`new Promise((resolve) => {
    const how = ${JSON.stringify(how)};
    const re = new RegExp(${JSON.stringify(ALL_TERMS)}, 'gi');
    const t0 = performance.now();
    if (how === 'none') return resolve(0);
    if (how === 'markjs') {
      new Mark(document.body).markRegExp(re, { done: () => resolve(performance.now() - t0) });
      return;
    }
    // The obvious approach: regex over every text node, wrap each match in <mark>.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    for (const node of nodes) {
      const text = node.data;
      re.lastIndex = 0;
      if (!re.test(text)) continue;
      re.lastIndex = 0;
      const frag = document.createDocumentFragment();
      let last = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        frag.append(text.slice(last, m.index));
        const mark = document.createElement('mark');
        mark.textContent = m[0];
        frag.append(mark);
        last = m.index + m[0].length;
        if (!m[0].length) re.lastIndex++;
      }
      frag.append(text.slice(last));
      node.replaceWith(frag);
    }
    resolve(performance.now() - t0);
  })`);
  await page.waitForTimeout(300);
  const longest = await longestAfter(page, from);
  const marks = await page.evaluate(() => document.querySelectorAll('mark').length);
  const heap = await heapMb(page);
  await page.close();
  return { time, longest, heap, marks };
}

/** Script time and heap of a page, as Chromium counts them (content scripts run on the page's thread and heap). */
async function pageCost(context: BrowserContext, url: string): Promise<{ script: number; heap: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // The content script runs at document_idle; give it time to decide and settle.
  await page.waitForTimeout(1500);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const script = metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000;
  await cdp.detach();
  await page.close();
  return { script, heap: usedSize / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * A context with a one-file extension whose content script is `code`: nothing
 * (the cost of having any content script at all), or one read of the page's
 * text (the least any content script that looks at the page costs).
 */
async function referenceExtension(name: string, code: string): Promise<BrowserContext> {
  const dir = join(ROOT, '.bench', `${name}-extension`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty',
      version: '1',
      content_scripts: [{ matches: ['http://*/*'], js: ['c.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'c.js'), code);
  return chromium.launchPersistentContext(join(ROOT, '.bench', `${name}-profile`), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
}

/** What the extension costs on a page that is not about Korea: it should be next to nothing. */
async function notAboutKorea(ext: BrowserContext, plain: BrowserContext, url: string): Promise<void> {
  const runs = 9;
  const empty = await referenceExtension('empty', 'void 0;\n');
  const reader = await referenceExtension('reader', 'void document.body.textContent.toLowerCase().indexOf("korea");\n');
  const results: Record<'ext' | 'reader' | 'empty' | 'none', Array<{ script: number; heap: number }>> = {
    ext: [],
    reader: [],
    empty: [],
    none: [],
  };
  // Interleaved, so load on the machine hits all alike.
  for (let i = 0; i < runs; i++) {
    results.ext.push(await pageCost(ext, url));
    results.reader.push(await pageCost(reader, url));
    results.empty.push(await pageCost(empty, url));
    results.none.push(await pageCost(plain, url));
  }
  await empty.close();
  await reader.close();
  const m = (k: keyof typeof results, f: 'script' | 'heap') => median(results[k].map((r) => r[f]));
  log(`### A page not about Korea (a shop page, 60 products; medians of ${runs} loads each)`);
  log();
  log(
    '| measure | with the extension | a one-line content script reading the page text | an empty content script | without any | added by the extension |',
  );
  log('|---|---|---|---|---|---|');
  log(
    `| script time (load to idle + 1.5 s) | ${ms(m('ext', 'script'))} ms | ${ms(m('reader', 'script'))} ms | ${ms(m('empty', 'script'))} ms | ${ms(m('none', 'script'))} ms | ${ms(m('ext', 'script') - m('none', 'script'))} ms |`,
  );
  log(
    `| JS heap after GC | ${m('ext', 'heap').toFixed(0)} kB | ${m('reader', 'heap').toFixed(0)} kB | ${m('empty', 'heap').toFixed(0)} kB | ${m('none', 'heap').toFixed(0)} kB | ${(m('ext', 'heap') - m('none', 'heap')).toFixed(0)} kB (${(m('ext', 'heap') - m('empty', 'heap')).toFixed(0)} kB beyond any content script's, ${(m('ext', 'heap') - m('reader', 'heap')).toFixed(0)} kB beyond one that reads the page) |`,
  );
  log();
}

async function browserBench() {
  const server = await startServer();
  // Two mentions on the generated pages: the title's and one in the text.
  const generated: Array<[string, string]> = [
    ['h1', 'DMZ'],
    ['article', 'Joint Security Area'],
  ];
  const pages: Array<[string, string, Array<[string, string]>]> = [
    [
      'seed story 2022 (3.6 kB)',
      '/seed-2022-south-korean-soldier.html',
      [
        ['h1', 'defection'],
        ['article p', 'defection'],
      ],
    ],
    [
      'seed story 2025 (6.2 kB)',
      '/seed-2025-central-front-soldier.html',
      [
        ['h1', 'DMZ'],
        ['article p', 'Demilitarized Zone'],
      ],
    ],
    ['generated 100 kB', '/gen-100k.html', generated],
    ['generated 1 MB', '/gen-1m.html', generated],
    ['generated 10 MB', '/gen-10m.html', generated],
    [
      '20,000 small text nodes',
      '/gen-nodes.html',
      [
        ['ul', 'defector'],
        ['ul', 'DMZ'],
      ],
    ],
  ];
  server.pages.set('/gen-100k.html', articlePage(100_000));
  server.pages.set('/gen-1m.html', articlePage(1_000_000));
  server.pages.set('/gen-10m.html', articlePage(10_000_000));
  server.pages.set('/gen-nodes.html', manyNodesPage());
  server.pages.set('/shop.html', shopPage());

  const ext = await launchWithExtension();
  const plainDir = join(ROOT, '.bench', 'plain');
  const plain = await chromium.launchPersistentContext(plainDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...CHROMIUM_FLAGS],
  });
  await notAboutKorea(ext.context, plain, server.origin + '/shop.html');
  log('### Chromium (headless, extension loaded vs. the same page without it)');
  log();
  log(
    '| page | mentions | first full scan | longest task after idle (ext / none) | heap growth | popover open (first / later) | naive regex + `<mark>`: longest task (× ours) | mark.js: longest task (× ours) |',
  );
  log('|---|---|---|---|---|---|---|---|');
  try {
    for (const [name, path, hovers] of pages) {
      const url = server.origin + path;
      const e = await withExtension(ext.context, url, hovers);
      const none = await baseline(plain, url, 'none');
      const naive = await baseline(plain, url, 'naive');
      const mk = await baseline(plain, url, 'markjs');
      // Their run is one synchronous task: its length is the time measured around it.
      const vs = (r: { time: number; longest: number }) => {
        const task = Math.max(r.time, r.longest);
        return `${ms(task)} ms (${(task / Math.max(e.longest, 16)).toFixed(1)}×)`;
      };
      log(
        `| ${name} | ${e.mentions} | ${ms(e.scan)} ms | ${ms(e.longest)} / ${ms(none.longest)} ms | ${(e.heap - none.heap).toFixed(1)} MB | ${ms(e.popover[0]!)} / ${ms(e.popover[1]!)} ms | ${vs(naive)} | ${vs(mk)} |`,
      );
    }
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
  log();
  log(
    '"First full scan": from the content script starting (document_idle) to every mention found and handed to the highlighter; highlights appear progressively in 8 ms slices, and only blocks within a screen of the viewport are painted. "Longest task": the longest time the main thread was busy without a break after document_idle, with the extension and without it, measured by a MessageChannel ping loop (headless Chromium reports no longtask entries); gaps under 16 ms are not recorded, so 0 means none over 16 ms. The alternatives run in one synchronous pass, so their whole run is one task that blocks the page (ratio: that task over our longest, ours counted as at least 16 ms), and they rewrite the DOM. "Popover open": from the end of the hover delay to the popover placed (matching, rendering, style and layout), after the matcher was built in idle time; the first popover of the page, then one for another mention.',
  );
}

const started = new Date().toISOString();
await nodeBench();
await browserBench();
writeFileSync(
  join(ROOT, 'bench/results.md'),
  `# Benchmark results\n\nRun ${started} on ${process.platform} ${process.arch}, Node ${process.version}, ${readdirSync('/usr/bin').includes('chromium') ? 'Debian chromium' : 'chromium'}; \`npm run bench\`.\n\n${rows.join('\n')}\n`,
);
