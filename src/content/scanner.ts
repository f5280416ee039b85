import type { MentionKind } from '../shared/incident';
import { detectMentions } from '../match/detect';
import { iterateBlocks } from '../page/blocks';
import { makeRecord, type MentionRecord } from './mentions';

/** Time budget per slice; below the 50 ms that counts as a long task. */
const SLICE_MS = 8;

/** Gives the main thread back to the page between slices. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface ScanOptions {
  kinds: readonly MentionKind[];
  skip: (el: Element) => boolean;
  signal: AbortSignal;
  /** Called after each slice with the records found in it. */
  onRecords: (records: MentionRecord[]) => void;
}

/**
 * Scans roots in time slices: walks text blocks, detects mentions and hands
 * records over per slice, so highlights appear progressively and no task
 * blocks the page for long, however big it is.
 */
export async function scanRoots(roots: readonly Node[], opts: ScanOptions): Promise<void> {
  let batch: MentionRecord[] = [];
  let sliceStart = performance.now();
  for (const root of roots) {
    if (!root.isConnected) continue;
    for (const block of iterateBlocks(root, { skip: opts.skip })) {
      if (opts.signal.aborted) return;
      for (const m of detectMentions(block.text, opts.kinds)) batch.push(makeRecord(block, m));
      if (performance.now() - sliceStart > SLICE_MS) {
        if (batch.length) opts.onRecords(batch);
        batch = [];
        await yieldToPage();
        if (opts.signal.aborted) return;
        sliceStart = performance.now();
      }
    }
  }
  if (batch.length && !opts.signal.aborted) opts.onRecords(batch);
}
