import { closeSync, fstatSync, lstatSync, openSync, readSync, statSync, constants } from 'node:fs';

/**
 * Reads one input for the CLI as text, or says in one line why it cannot:
 * only regular files (a FIFO with no writer would hang, /dev/zero never ends),
 * at most `maxBytes` (read no further), UTF-8 (a BOM is dropped) or UTF-16
 * with a BOM. `-` is standard input.
 */
export type ReadResult = { text: string } | { error: string };

export function readInput(file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    if (file === '-') fd = 0;
    else {
      const st = statSync(file);
      if (st.isDirectory()) return { error: 'is a directory' };
      if (!st.isFile()) return { error: 'not a regular file' };
      // O_NONBLOCK: if the file was swapped for a FIFO after the check, opening it does not hang.
      fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    }
  } catch (e) {
    return { error: describe(e as NodeJS.ErrnoException, file) };
  }
  try {
    if (fd !== 0 && !fstatSync(fd).isFile()) return { error: 'not a regular file' };
    const bytes = readUpTo(fd, maxBytes + 1);
    if (bytes.length > maxBytes) return { error: `larger than ${maxBytes} bytes (raise the limit with --max-bytes)` };
    return decode(bytes);
  } catch (e) {
    return { error: describe(e as NodeJS.ErrnoException, file) };
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, Math.min(chunk.length, limit - total), null);
    } catch (e) {
      // Standard input that is a non-blocking pipe: wait for data.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks);
}

export function decode(bytes: Buffer): ReadResult {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.includes(0)) return { error: 'binary data, not text (UTF-16 needs a byte-order mark)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.startsWith('\ufeff') ? text.slice(1) : text };
  } catch {
    return { error: 'not valid UTF-8' };
  }
}

function describe(e: NodeJS.ErrnoException, file: string): string {
  switch (e.code) {
    case 'ENOENT':
      return lstatExists(file) ? 'a symbolic link to nothing' : 'no such file';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.message.split('\n')[0] ?? 'cannot be read';
  }
}

function lstatExists(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
