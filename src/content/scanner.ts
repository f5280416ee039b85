import type { MentionKind } from '../match/kinds';
import { mentionsIn } from '../match/windowed';
import { iterateBlocks } from '../page/blocks';
import { makeRecord, type MentionRecord } from './mentions';

/** Time budget per slice; below the 50 ms that counts as a long task. */
export const SLICE_MS = 8;

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * Gives the main thread back to the page between slices. A posted message
 * queues behind the page's own tasks (scheduler.yield would jump ahead of
 * them, and setTimeout is clamped to 4 ms once nested). The channel is made
 * on first use, never on a page that is not scanned.
 */
export function yieldToPage(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(0);
  });
}

interface ScanOptions {
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
      for (const found of mentionsIn(block.text, opts.kinds)) {
        for (const m of found) batch.push(makeRecord(block, m));
        if (performance.now() - sliceStart > SLICE_MS) {
          if (batch.length) opts.onRecords(batch);
          batch = [];
          await yieldToPage();
          if (opts.signal.aborted) return;
          sliceStart = performance.now();
        }
      }
    }
  }
  if (batch.length && !opts.signal.aborted) opts.onRecords(batch);
}
