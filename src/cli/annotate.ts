/**
 * npm run annotate -- [options] FILE... (- reads standard input)
 *
 * Runs the content script's pipeline (page parts → text blocks → detection →
 * context → scoring → claims) over saved HTML or plain text, and prints one
 * JSON object per input, or a readable fact-check report with --format text.
 */
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { loadDataset } from '../data/load';
import { IncidentMatcher } from '../match/matcher';
import { isAboutKorea } from '../page/about-korea';
import { analyzeDocument, type DocumentAnalysis } from '../page/analyze-document';
import { readInput } from './read-input';
import { pageJson, pageText } from './report';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  files: string[];
  pretty: boolean;
  format: 'json' | 'text';
  date?: string;
  minConfidence?: number;
  maxBytes: number;
  maxMentions: number;
}

const USAGE = `usage: npm run annotate -- [--pretty] [--format json|text] [--date YYYY-MM-DD] [--min-confidence 0..1]
                            [--max-bytes N] [--max-mentions N] [--] FILE...   (- reads standard input)`;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_MAX_MENTIONS = 20_000;

function isRealDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = {
    files: [],
    pretty: false,
    format: 'json',
    maxBytes: DEFAULT_MAX_BYTES,
    maxMentions: DEFAULT_MAX_MENTIONS,
  };
  const positiveInt = (v: string | undefined) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      o.files.push(...argv.slice(i + 1));
      break;
    } else if (a === '--pretty') o.pretty = true;
    else if (a === '--format') {
      const v = argv[++i];
      if (v !== 'json' && v !== 'text') return `--format needs json or text\n${USAGE}`;
      o.format = v;
    } else if (a === '--date') {
      const v = argv[++i];
      if (!v || !isRealDay(v)) return `--date needs a real day as YYYY-MM-DD\n${USAGE}`;
      o.date = v;
    } else if (a === '--min-confidence') {
      const v = Number(argv[++i]);
      if (!(v >= 0 && v <= 1)) return `--min-confidence needs a number from 0 to 1\n${USAGE}`;
      o.minConfidence = v;
    } else if (a === '--max-bytes' || a === '--max-mentions') {
      const v = positiveInt(argv[++i]);
      if (v === undefined) return `${a} needs a positive whole number\n${USAGE}`;
      if (a === '--max-bytes') o.maxBytes = v;
      else o.maxMentions = v;
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}\n${USAGE}`;
    else o.files.push(a);
  }
  return o.files.length ? o : `no input files\n${USAGE}`;
}

const looksLikeHtml = (file: string, text: string) =>
  /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(text);

/** Plain text: blank lines split blocks; the first line is the headline. */
function analyzeText(
  text: string,
  opts: Options,
  matcher: IncidentMatcher,
  progress: (n: number) => void,
): DocumentAnalysis {
  const parts = text.split(/\n\s*\n/).filter((b) => b.trim());
  const blocks = parts.map((b, i) => ({
    text: b,
    segment: i === 0 && !b.includes('\n') && b.length < 200 ? ('headline' as const) : ('story' as const),
  }));
  const info = {
    title: parts[0]?.split('\n')[0],
    lede: parts.slice(1, 3).join('\n'),
    body: text.slice(0, 50_000),
    ...(opts.date ? { published: opts.date } : {}),
  };
  if (!isAboutKorea(text)) return { info, aboutKorea: false, blocks, mentions: [] };
  const { page, mentions, truncated } = matcher.analyze(blocks, info, undefined, {
    ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}),
    maxMentions: opts.maxMentions,
    onProgress: progress,
  });
  return { info, aboutKorea: true, blocks, page, mentions, truncated };
}

/** Past this depth of nested elements a page is not a news page, and building its DOM would take minutes. */
const MAX_DEPTH = 5_000;
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

/** How deeply the markup nests (a quick scan of the tags, before any parsing). */
export function nestingDepth(html: string, stopAt = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2]!.toLowerCase())) max = Math.max(max, ++depth);
    if (max > stopAt) break;
  }
  return max;
}

export function annotate(
  file: string,
  text: string,
  opts: Options,
  matcher: IncidentMatcher,
  progress: (n: number) => void = () => undefined,
): DocumentAnalysis {
  const match = {
    ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}),
    maxMentions: opts.maxMentions,
    onProgress: progress,
  };
  if (!looksLikeHtml(file, text)) return analyzeText(text, opts, matcher, progress);
  if (nestingDepth(text) > MAX_DEPTH) throw new RangeError(`elements nested more than ${MAX_DEPTH} deep`);
  const doc = new JSDOM(text).window.document;
  return analyzeDocument(doc, matcher, { ...(opts.date ? { published: opts.date } : {}), ...match });
}

export function run(argv: readonly string[], io: CliIO): number {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    io.err(opts);
    return opts === USAGE ? 0 : 2;
  }
  const dataset = loadDataset();
  const matcher = new IncidentMatcher(dataset);
  const byId = new Map(dataset.incidents.map((i) => [i.id, i]));
  let failed = 0;
  for (const file of opts.files) {
    const input = readInput(file, opts.maxBytes);
    if ('error' in input) {
      io.err(`annotate: ${file}: ${input.error}`);
      failed++;
      continue;
    }
    // Each file on its own: one that breaks the parser (absurd nesting) costs only its own line.
    try {
      const a = annotate(file, input.text, opts, matcher, (n) => io.err(`annotate: ${file}: ${n} mentions matched…`));
      const truncated = a.truncated ? opts.maxMentions : undefined;
      if (truncated !== undefined)
        io.err(
          `annotate: ${file}: more than ${truncated} mentions; matched and printed the first ${truncated} (raise with --max-mentions)`,
        );
      if (opts.format === 'text') io.out(pageText(file, a, byId));
      else io.out(JSON.stringify(pageJson(file, a, truncated), null, opts.pretty ? 2 : undefined));
    } catch (e) {
      const why =
        e instanceof RangeError ? `too deeply nested to analyse (${e.message})` : (e as Error).message.split('\n')[0];
      io.err(`annotate: ${file}: ${why}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = run(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
}
