/**
 * npm run annotate -- FILE... [--pretty] [--date YYYY-MM-DD] [--min-confidence N]
 *
 * Runs the content script's pipeline (text blocks → detection → features →
 * scoring) over saved HTML or plain text and prints one JSON object per input.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { loadDataset } from '../data/load';
import { IncidentMatcher, type MatchResult } from '../match/matcher';
import { isAboutKorea } from '../page/about-korea';
import { analyzeDocument } from '../page/analyze-document';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  files: string[];
  pretty: boolean;
  date?: string;
  minConfidence: number;
}

const USAGE = 'usage: npm run annotate -- FILE... [--pretty] [--date YYYY-MM-DD] [--min-confidence 0..1]';

export function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = { files: [], pretty: false, minConfidence: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--pretty') o.pretty = true;
    else if (a === '--date') {
      const v = argv[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) return `--date needs YYYY-MM-DD\n${USAGE}`;
      o.date = v;
    } else if (a === '--min-confidence') {
      const v = Number(argv[++i]);
      if (!(v >= 0 && v <= 1)) return `--min-confidence needs a number from 0 to 1\n${USAGE}`;
      o.minConfidence = v;
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}\n${USAGE}`;
    else o.files.push(a);
  }
  return o.files.length ? o : `no input files\n${USAGE}`;
}

/** Reads a file as UTF-8 text, or says in one line why it cannot. */
export function readText(file: string): string | { error: string } {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return { error: 'no such file' };
  }
  if (stat.isDirectory()) return { error: 'is a directory' };
  const bytes = readFileSync(file);
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.includes(0)) return { error: 'binary data, not text' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'not valid UTF-8' };
  }
}

const looksLikeHtml = (file: string, text: string) => /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(text);

function mentionJson(m: MatchResult & { block: number }, blockStart: number, minConfidence: number) {
  return {
    text: m.mention.text,
    kind: m.mention.kind,
    start: blockStart + m.mention.start,
    end: blockStart + m.mention.end,
    block: m.block,
    context: m.context,
    features: m.features,
    confident: m.confident,
    candidates: m.candidates
      .filter((c) => c.confidence >= minConfidence)
      .map((c) => ({ id: c.incident.id, title: c.incident.title.en, score: Math.round(c.score * 100) / 100, confidence: Math.round(c.confidence * 100) / 100, reasons: c.reasons })),
    contradictions: m.contradictions.map((c) => ({ claim: c.claim, fact: c.fact, sources: c.sources.map((s) => s.url) })),
  };
}

export function annotate(file: string, text: string, opts: Options, matcher: IncidentMatcher) {
  let blocks: string[];
  let mentions: Array<MatchResult & { block: number }>;
  let published: string | undefined;
  if (looksLikeHtml(file, text)) {
    const doc = new JSDOM(text).window.document;
    const r = analyzeDocument(doc, matcher, { published: opts.date, minConfidence: opts.minConfidence || undefined });
    blocks = r.blocks;
    mentions = r.mentions;
    published = r.info.published;
  } else {
    blocks = text.split(/\n\s*\n/).filter((b) => b.trim());
    published = opts.date;
    const info = { title: blocks[0]?.split('\n')[0], lede: blocks.slice(0, 2).join('\n'), body: text.slice(0, 50_000), ...(published ? { published } : {}) };
    mentions = isAboutKorea(text) ? matcher.analyze(blocks, info, undefined, { minConfidence: opts.minConfidence || undefined }) : [];
  }
  // Offsets refer to the blocks joined with blank lines, the text the matcher saw.
  const starts: number[] = [];
  blocks.reduce((at, b, i) => ((starts[i] = at), at + b.length + 2), 0);
  return { file, published: published ?? null, mentions: mentions.map((m) => mentionJson(m, starts[m.block]!, opts.minConfidence)) };
}

export function run(argv: readonly string[], io: CliIO): number {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    io.err(opts);
    return opts === USAGE ? 0 : 2;
  }
  const matcher = new IncidentMatcher(loadDataset());
  let failed = 0;
  for (const file of opts.files) {
    const text = readText(file);
    if (typeof text !== 'string') {
      io.err(`annotate: ${file}: ${text.error}`);
      failed++;
      continue;
    }
    const result = annotate(file, text, opts, matcher);
    io.out(opts.pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result));
  }
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = run(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
}
