import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/annotate';
import { FIXTURES } from './helpers';

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, json: out.map((l) => JSON.parse(l)) };
}

const dir = mkdtempSync(join(tmpdir(), 'dmz-cli-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('annotate CLI', () => {
  it('annotates a saved news page like the content script does', () => {
    const { code, json } = cli(FIXTURES + 'seed-2022-south-korean-soldier.html');
    expect(code).toBe(0);
    const [page] = json;
    expect(page.file).toMatch(/seed-2022/);
    expect(page.published).toBeNull();
    const headline = page.mentions[0];
    expect(headline).toMatchObject({ text: 'defection', kind: 'defection', confident: true });
    expect(headline.candidates[0].id).toBe('2022-01-01-eastern-front-redefector');
    expect(headline.candidates.length).toBeLessThanOrEqual(5);
    expect(headline.candidates[0].reasons.length).toBeGreaterThan(0);
    expect(headline.contradictions[0].claim).toMatch(/South Korean soldier/);
    expect(headline.end - headline.start).toBe('defection'.length);
  });

  it('reads plain text and takes the publication date from --date', () => {
    const txt = file('story.txt', 'North Korean soldier defects\n\nA North Korean soldier crossed the central section of the border on Sunday and defected, the JCS said.\n');
    const { code, json } = cli(txt, '--date', '2025-10-20');
    expect(code).toBe(0);
    expect(json[0].published).toBe('2025-10-20');
    const m = json[0].mentions.find((x: { kind: string }) => x.kind === 'defection');
    expect(m.candidates[0].id).toBe('2025-10-19-central-front-soldier');
    const body = 'North Korean soldier defects\n\nA North Korean soldier crossed the central section of the border on Sunday and defected, the JCS said.';
    expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('filters candidates with --min-confidence and pretty-prints with --pretty', () => {
    const { json, out } = cli(FIXTURES + 'seed-2025-central-front-soldier.html', '--min-confidence', '0.5', '--pretty');
    expect(out[0]).toContain('\n  "file"');
    for (const m of json[0].mentions) for (const c of m.candidates) expect(c.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('reports bad inputs one line each and still processes the rest', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const bad = [join(dir, 'missing.html'), join(dir, 'sub'), file('empty.txt', ''), file('bin.dat', Buffer.from([0x44, 0x4d, 0x5a, 0x00, 0x01])), file('latin1.txt', Buffer.from([0x44, 0x4d, 0x5a, 0xe9, 0x20]))];
    const good = FIXTURES + 'network-dmz.html';
    const { code, err, json } = cli(...bad, good);
    expect(code).toBe(1);
    expect(err).toEqual([
      `annotate: ${bad[0]}: no such file`,
      `annotate: ${bad[1]}: is a directory`,
      `annotate: ${bad[2]}: empty file`,
      `annotate: ${bad[3]}: binary data, not text`,
      `annotate: ${bad[4]}: not valid UTF-8`,
    ]);
    expect(json).toHaveLength(1);
    expect(json[0].mentions).toEqual([]);
  });

  it('rejects bad options with usage', () => {
    expect(cli('--date', '2025-13-99', 'x').code).toBe(2);
    expect(cli('--min-confidence', '7', 'x').code).toBe(2);
    expect(cli().err[0]).toMatch(/no input files/);
    expect(cli('--help').code).toBe(0);
  });
});
