import type { MentionKind } from '../match/kinds';
import { detectMentions, type Mention } from '../match/detect';
import { iterateBlocks } from '../page/blocks';
import { makeRecord, type MentionRecord } from './mentions';

/** Time budget per slice; below the 50 ms that counts as a long task. */
const SLICE_MS = 8;

const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

/**
 * Gives the main thread back to the page between slices. A posted message
 * queues behind the page's own tasks (scheduler.yield would jump ahead of
 * them, and setTimeout is clamped to 4 ms once nested).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

/** Blocks longer than this are searched in windows, so one giant text node cannot stall the page. */
const WINDOW = 32_000;
const OVERLAP = 200;

/** Mentions of a block, window by window; a mention across a window edge is found by the overlap. */
export function* mentionsIn(text: string, kinds: readonly MentionKind[]): Generator<Mention[]> {
  if (text.length <= WINDOW) {
    yield detectMentions(text, kinds);
    return;
  }
  let seenUpTo = 0;
  for (let from = 0; from < text.length; from += WINDOW - OVERLAP) {
    const part = detectMentions(text.slice(from, from + WINDOW), kinds)
      .map((m) => ({ ...m, start: m.start + from, end: m.end + from }))
      .filter((m) => m.start >= seenUpTo);
    if (part.length) seenUpTo = part[part.length - 1]!.end;
    yield part;
  }
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
