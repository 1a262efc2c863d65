import { readSync } from 'node:fs';

/** A short wait, for a pipe with nothing in it yet (EAGAIN when the other end made it non-blocking). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** First buffer for a pipe, whose size is not known before it ends. */
const FIRST_CHUNK = 1 << 16;

/**
 * Every byte of an open file or pipe, but never more than maxBytes + 1: a
 * larger size (from fstat, when known) or more bytes than that is `refuse(size)`.
 * A file may grow while it is read, so the limit holds whatever fstat said.
 */
export function readBounded(fd: number, options: { maxBytes: number; size: number | undefined; refuse: (size: number | undefined) => Error }): Uint8Array {
  const { maxBytes, size, refuse } = options;
  if (size !== undefined && size > maxBytes) throw refuse(size);
  let buffer = new Uint8Array(size === undefined ? Math.min(FIRST_CHUNK, maxBytes + 1) : size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw refuse(undefined);
      const grown = new Uint8Array(Math.min(2 * length, maxBytes + 1));
      grown.set(buffer);
      buffer = grown;
    }
    let n: number;
    try {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      pause(10);
      continue;
    }
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}
