import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtManifest, DIST, ROOT } from './harness';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('the build as both stores receive it', () => {
  it('names its background for both browsers: a worker for Chromium, a script for Firefox', () => {
    const { background } = builtManifest();
    expect(background.service_worker).toMatch(/\.js$/);
    expect(background.scripts).toEqual([background.service_worker]);
    expect(background.type).toBe('module');
  });

  it('asks Firefox for a version with the CSS Custom Highlight API and declares that it collects no data', () => {
    expect(builtManifest().browser_specific_settings.gecko).toMatchObject({
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('passes Mozilla’s add-on linter (web-ext lint) without errors', async () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(
      bin,
      ['lint', '--source-dir', DIST, '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 16 << 20 },
    ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors.map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`)).toEqual([]);
  });
});
