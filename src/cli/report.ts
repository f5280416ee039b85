import type { DocumentAnalysis } from '../page/analyze-document';
import type { Incident } from '../data/schema';
import { factCheck } from '../match/fact-check';
import type { MatchResult } from '../match/matcher';

/** What the CLI prints for one page: the same verdicts and links the extension shows. */

const round = (n: number) => Math.round(n * 100) / 100;

function mentionJson(m: MatchResult & { block: number }, blockStart: number) {
  return {
    text: m.mention.text,
    kind: m.mention.kind,
    start: blockStart + m.mention.start,
    end: blockStart + m.mention.end,
    block: m.block,
    segment: m.segment,
    context: m.context,
    confident: m.confident,
    generic: m.generic,
    candidates: m.candidates.map((c) => ({
      id: c.incident.id,
      title: c.incident.title.en,
      score: round(c.score),
      p: round(c.p),
      reasons: c.reasons,
    })),
    claims: m.claims.map((c) => ({
      field: c.field,
      verdict: c.verdict,
      quote: c.quote,
      said: c.said,
      record: c.record ?? null,
    })),
    warnings: m.warnings.map((w) => ({
      field: w.field,
      quote: w.quote,
      said: w.said,
      record: w.record ?? null,
      sources: w.sources.map((s) => s.url),
    })),
  };
}

export function pageJson(file: string, a: DocumentAnalysis, truncatedAt?: number) {
  // Offsets refer to the blocks joined with blank lines, the text the matcher saw.
  const starts: number[] = [];
  a.blocks.reduce((at, b, i) => ((starts[i] = at), at + b.text.length + 2), 0);
  return {
    file,
    published: a.info.published ?? null,
    publishedFrom: a.info.publishedFrom ?? null,
    aboutKorea: a.aboutKorea,
    story: a.page?.story.incident ?? null,
    mentions: a.mentions.map((m) => mentionJson(m, starts[m.block]!)),
    claims: factCheck(a.mentions, a.page?.story.incident).incidents,
    ...(truncatedAt !== undefined ? { truncated: true, matchedMentions: truncatedAt } : {}),
  };
}

const VERDICT = {
  agrees: 'agrees',
  'less-precise': 'less precise',
  contradicts: 'CONTRADICTS',
  'not-in-record': 'not in the record',
} as const;

/** A readable fact-check report: each linked incident, what the page claims about it, and the sources. */
export function pageText(file: string, a: DocumentAnalysis, incidents: ReadonlyMap<string, Incident>): string {
  const lines = [`${file}`];
  lines.push(
    `  published: ${a.info.published ?? 'unknown'}${a.info.publishedFrom ? ` (${a.info.publishedFrom})` : ''}`,
  );
  if (!a.aboutKorea) return [...lines, '  not about Korea: nothing to check'].join('\n');
  const check = factCheck(a.mentions, a.page?.story.incident);
  lines.push(
    `  mentions: ${check.mentions}, linked to an incident: ${check.incidents.reduce((n, i) => n + i.mentions, 0)}`,
  );
  if (!check.incidents.length) lines.push('  no incident linked with confidence');
  for (const entry of check.incidents) {
    const inc = incidents.get(entry.id)!;
    lines.push(
      '',
      `  ${inc.title.en} (${inc.date.slice(0, inc.datePrecision === 'day' ? 10 : inc.datePrecision === 'month' ? 7 : 4)})${check.story === inc.id ? ' [the story]' : ''}`,
    );
    for (const c of entry.claims)
      lines.push(
        `    ${VERDICT[c.verdict].padEnd(17)} ${c.field}: "${c.quote}"${c.record ? `; record: ${c.record.join(', ')}` : ''}`,
      );
    if (!entry.claims.length) lines.push('    (no checkable claims)');
    for (const s of inc.sources)
      lines.push(`    source: ${s.outlet}${s.title ? `, "${s.title}"` : ''}${s.date ? `, ${s.date}` : ''} ${s.url}`);
  }
  return lines.join('\n');
}
