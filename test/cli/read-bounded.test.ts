import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/cli/read-bounded.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-bounded-'));
const refuse = (size: number | undefined) => new Error(`too large (${size ?? 'unknown size'})`);

/** readBounded on a file of `bytes` bytes; `size` as fstat would give it, or undefined as for a pipe. */
function read(bytes: number, options: { maxBytes: number; size?: number }): Uint8Array {
  const path = join(dir, `f${bytes}`);
  writeFileSync(path, new Uint8Array(bytes).fill(65));
  const fd = openSync(path, 'r');
  try {
    return readBounded(fd, { maxBytes: options.maxBytes, size: options.size, refuse });
  } finally {
    closeSync(fd);
  }
}

describe('readBounded', () => {
  it('reads a whole file up to the limit, its size known or not', () => {
    expect(read(1000, { maxBytes: 1000, size: 1000 })).toHaveLength(1000);
    // A pipe: buffers grow from 64 KB, never past the limit.
    expect(read(200_000, { maxBytes: 200_000 })).toHaveLength(200_000);
    expect(read(0, { maxBytes: 10 })).toHaveLength(0);
  });

  it('refuses more than the limit: at once when the size says so, else after maxBytes + 1 bytes', () => {
    expect(() => read(1001, { maxBytes: 1000, size: 1001 })).toThrow('too large (1001)');
    expect(() => read(200_001, { maxBytes: 200_000 })).toThrow('too large (unknown size)');
    // A file that grew after fstat.
    expect(() => read(2000, { maxBytes: 1500, size: 1000 })).toThrow('too large (unknown size)');
  });
});
