import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs, run } from './annotate';
import type { pageJson } from './report';

/** One page of the JSON output. */
type PageJson = ReturnType<typeof pageJson> & { truncated?: true };

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, json: out.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as PageJson) };
}

const dir = mkdtempSync(join(tmpdir(), 'dmz-cli-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

const STORY =
  'North Korean soldier defects\n\nA North Korean soldier crossed the central section of the border on Sunday and defected, the JCS said.\n';

describe('annotate CLI', () => {
  it('annotates a saved news page like the content script does', () => {
    const { code, json } = cli(FIXTURES + 'ko-2024-goseong-staff-sergeant.html');
    expect(code).toBe(0);
    const page = json[0]!;
    expect(page).toMatchObject({
      published: '2024-08-20',
      publishedFrom: 'metadata',
      aboutKorea: true,
      story: '2024-08-20-goseong-staff-sergeant',
    });
    const linked = page.mentions.filter((m) => m.confident);
    expect(linked.length).toBeGreaterThan(0);
    for (const m of page.mentions) expect(m.end - m.start).toBe(m.text.length);
    expect(linked[0]!.candidates[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('reads plain text and takes the publication date from --date', () => {
    const { code, json } = cli(file('story.txt', STORY), '--date', '2025-10-20');
    expect(code).toBe(0);
    expect(json[0]!.published).toBe('2025-10-20');
    const m = json[0]!.mentions.find((x) => x.kind === 'defection')!;
    expect(m.candidates[0]!.id).toBe('2025-10-19-central-front-soldier');
    expect(STORY.slice(m.start, m.end)).toBe(m.text);
  });

  it('prints a readable fact-check report with --format text', () => {
    const { out } = cli(FIXTURES + 'ko-2024-goseong-staff-sergeant.html', '--format', 'text');
    expect(out[0]).toMatch(/published: 2024-08-20 \(metadata\)/);
    expect(out[0]).toMatch(/\[the story\]/);
    expect(out[0]).toMatch(/agrees\s+direction/);
    expect(out[0]).toMatch(/source: .+ https:\/\//);
  });

  it('reports bad inputs one line each and still processes the rest', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const loop = join(dir, 'loop');
    symlinkSync(loop, loop);
    const dangling = join(dir, 'dangling');
    symlinkSync(join(dir, 'nowhere'), dangling);
    const bad = [
      join(dir, 'missing.html'),
      join(dir, 'sub'),
      file('empty.txt', ''),
      file('bin.dat', Buffer.from([0x44, 0x4d, 0x5a, 0x00, 0x01])),
      file('latin1.txt', Buffer.from([0x44, 0x4d, 0x5a, 0xe9, 0x20])),
      loop,
      dangling,
      '/dev/zero',
    ];
    const { code, err, json } = cli(...bad, FIXTURES + 'network-dmz.html');
    expect(code).toBe(1);
    expect(err).toEqual([
      `annotate: ${bad[0]}: no such file`,
      `annotate: ${bad[1]}: is a directory`,
      `annotate: ${bad[2]}: empty file`,
      `annotate: ${bad[3]}: binary data, not text (UTF-16 needs a byte-order mark)`,
      `annotate: ${bad[4]}: not valid UTF-8`,
      `annotate: ${bad[5]}: a symbolic link loop`,
      `annotate: ${bad[6]}: a symbolic link to nothing`,
      `annotate: ${bad[7]}: not a regular file`,
    ]);
    expect(json).toHaveLength(1);
    expect(json[0]!.mentions).toEqual([]);
  });

  it('reads UTF-16 with a byte-order mark and UTF-8 with one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]);
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY)]);
    const { code, json } = cli(file('le.txt', le), file('bom.txt', bom8), '--date', '2025-10-20');
    expect(code).toBe(0);
    expect(json.map((j) => j.mentions.length)).toEqual([json[1]!.mentions.length, json[1]!.mentions.length]);
    expect(json[0]!.mentions.length).toBeGreaterThan(0);
  });

  it('caps the input size, with a flag to raise it', () => {
    const big = file('big.txt', STORY.repeat(200));
    expect(cli(big, '--max-bytes', '1000').err[0]).toMatch(
      /larger than 1000 bytes \(raise the limit with --max-bytes\)/,
    );
    expect(cli(big, '--max-bytes', '100000').code).toBe(0);
  });

  it('caps the mentions it matches on a page dense with them, and says so', () => {
    const dense = file('dense.txt', 'Korea. ' + 'The DMZ and the MDL at Panmunjom. '.repeat(400));
    const { err, json } = cli(dense, '--max-mentions', '50');
    expect(json[0]!.mentions).toHaveLength(50);
    expect(json[0]!.truncated).toBe(true);
    expect(err[0]).toMatch(/more than 50 mentions/);
  });

  it('survives absurdly deep markup: one line for that file, the next file still processed', () => {
    const deep = file(
      'deep.html',
      '<!doctype html><html><body>' +
        '<div>'.repeat(100_000) +
        'North Korea DMZ' +
        '</div>'.repeat(100_000) +
        '</body></html>',
    );
    const tables = file(
      'tables.html',
      '<html><body>' + '<table><tr><td>'.repeat(20_000) + 'North Korea' + '</td></tr></table>'.repeat(20_000),
    );
    const { err, json } = cli(deep, tables, FIXTURES + 'network-dmz.html');
    expect(err).toEqual([
      `annotate: ${deep}: too deeply nested to analyse (elements nested more than 5000 deep)`,
      `annotate: ${tables}: too deeply nested to analyse (elements nested more than 5000 deep)`,
    ]);
    expect(json).toHaveLength(1);
    expect(json[0]!.file).toMatch(/network-dmz/);
  });

  it('takes -- as the end of options and - as standard input, in a real process', { timeout: 60_000 }, () => {
    const dashFile = file('-dash.txt', STORY);
    expect(cli('--', dashFile).code).toBe(0);
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./annotate.ts', import.meta.url)), '--date', '2025-10-20', '-'],
      { input: STORY, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as PageJson).file).toBe('-');
  });

  it('rejects bad options and impossible dates with usage', () => {
    expect(cli('--date', '2024-02-30', 'x').code).toBe(2);
    expect(cli('--date', '2025-13-99', 'x').code).toBe(2);
    expect(cli('--min-confidence', '7', 'x').code).toBe(2);
    expect(cli('--max-bytes', '-1', 'x').code).toBe(2);
    expect(cli('--format', 'xml', 'x').code).toBe(2);
    expect(cli().err[0]).toMatch(/no input files/);
    expect(cli('--help').code).toBe(0);
    expect(parseArgs(['--date', '2024-02-29', 'x'])).toMatchObject({ date: '2024-02-29' });
  });
});
