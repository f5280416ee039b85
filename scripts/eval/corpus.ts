import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The labelled corpus in tests/fixtures/eval/: each article is an HTML page
 * whose mentions are marked inline as [[text|label]] or
 * [[text|label|warn:field,field]], with a sidecar <name>.json (sources, genre,
 * the story's incident, split). See tests/fixtures/eval/README.md.
 */

/** An incident id; "bg" (a general statement: figures, the DMZ, defection at large); "other" (an incident not in the dataset). */
export type Label = string;

export interface Annotation {
  index: number;
  text: string;
  label: Label;
  /** Claim fields the article gets wrong at this mention: a warning is expected here. */
  warn: string[];
}

export interface ArticleMeta {
  lang: 'en' | 'ko';
  genre: string;
  /** The incident the article is about, or null (about none, or about several equally). */
  story: string | null;
  split?: 'dev' | 'test';
  /** For articles that carry a deliberate error: what is wrong. */
  errors?: Array<{ field: string; note: string }>;
  sources: Array<{ outlet: string; title?: string; date?: string; url: string }>;
  notes?: string;
}

export interface Article {
  name: string;
  split: 'dev' | 'test';
  /** The page with each marker replaced by <span data-eval-m="index">text</span> (an inline element: blocks are unchanged). */
  html: string;
  annotations: Annotation[];
  meta: ArticleMeta;
}

const MARKER = /\[\[([^\]|]+)\|([^\]|]+)(?:\|warn:([a-z,-]+))?\]\]/g;

export function parseAnnotated(raw: string): { html: string; annotations: Annotation[] } {
  const annotations: Annotation[] = [];
  const html = raw.replace(MARKER, (_, text: string, label: string, warn?: string) => {
    const index = annotations.length;
    annotations.push({ index, text, label: label.trim(), warn: warn ? warn.split(',') : [] });
    return `<span data-eval-m="${index}">${text}</span>`;
  });
  if (html.includes('[['))
    throw new Error(`malformed marker near: ${html.slice(html.indexOf('[['), html.indexOf('[[') + 60)}`);
  return { html, annotations };
}

/** Which part an article belongs to when its sidecar does not say: a stable hash of its name, about 40% test. */
export function splitOf(name: string): 'dev' | 'test' {
  return createHash('sha1').update(name).digest()[0]! < 102 ? 'test' : 'dev';
}

export const CORPUS_DIR = new URL('../../tests/fixtures/eval/', import.meta.url).pathname;

export function loadCorpus(dir = CORPUS_DIR): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -5);
      const meta = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as ArticleMeta;
      const { html, annotations } = parseAnnotated(readFileSync(join(dir, file), 'utf8'));
      return { name, split: meta.split ?? splitOf(name), html, annotations, meta };
    });
}
