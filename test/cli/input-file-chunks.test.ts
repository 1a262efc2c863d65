import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFileChunks, readInputFile } from '../../src/cli/read-input-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-chunks-'));
const origin = { command: 'stats', flag: '--input', maxBytes: 3_000_000 };

async function gather(chunks: () => AsyncIterable<Uint8Array>): Promise<{ bytes: number[]; pieces: number }> {
  const bytes: number[] = [];
  let pieces = 0;
  for await (const chunk of chunks()) {
    pieces++;
    for (const b of chunk) bytes.push(b);
  }
  return { bytes, pieces };
}

describe('inputFileChunks', () => {
  it('reads a file in 1 MB pieces, the same bytes readInputFile reads, as often as asked', async () => {
    const path = join(dir, 'big.csv');
    const data = new Uint8Array(2_500_000).map((_, i) => 48 + (i % 10));
    writeFileSync(path, data);
    const chunks = inputFileChunks(path, origin);
    const first = await gather(chunks);
    expect(first.pieces).toBe(3);
    expect(first.bytes).toEqual(Array.from(readInputFile(path, origin)));
    expect((await gather(chunks)).bytes).toHaveLength(data.length);
  });

  it.each([
    ['a missing file', join(dir, 'nope.csv'), 'stats: --input PATH: no such file'],
    ['a folder', dir, 'stats: --input PATH: is a folder, not a file'],
  ])('refuses %s before reading, as readInputFile does', (_, path, message) => {
    expect(() => inputFileChunks(path, origin)).toThrow(message.replace('PATH', path));
  });

  it('refuses a file over the limit before reading it', () => {
    const path = join(dir, 'huge.csv');
    writeFileSync(path, new Uint8Array(3_000_001));
    expect(() => inputFileChunks(path, origin)).toThrow('stats: --input ' + path + ': 3,000,001 bytes, larger than');
  });
});
