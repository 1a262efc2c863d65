import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { blobChunks, type TableChunks } from '../../../src/stats/ingest/read-delimited.ts';
import { readTable } from '../../../src/stats/ingest/read-table.ts';
import { MAX_TABLE_BYTES } from '../../../src/stats/ingest/table-size-limit.ts';

const chunksOf = (bytes: Uint8Array, size: number): TableChunks =>
  async function* () {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  };

describe('readTable from chunks', () => {
  it.each([
    ['a CSV', 'd.csv', new TextEncoder().encode('a,b\n"x\ny",1\n2,é\n')],
    ['a TSV', 'd.tsv', new TextEncoder().encode('a,b\tc\n1,2\t3\n')],
    ['Latin-1 bytes (read again whole, with the warning)', 'l.csv', new Uint8Array([0x6e, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a, 0x0a, 0x78, 0x0a])],
    ['UTF-16', 'w.csv', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0x31, 0x00, 0x0a, 0x00])],
    ['JSON (gathered, then parsed whole)', 'r.json', new TextEncoder().encode('[{"a": 1}, {"a": 2}]')],
  ])('%s gives what the bytes give', async (_, name, bytes) => {
    expect(await readTable({ name, chunks: chunksOf(bytes, 3) })).toEqual(await readTable({ name, bytes }));
  });

  it('reads a Blob through its stream', async () => {
    const text = 'a,b\n' + Array.from({ length: 5000 }, (_, i) => `${i % 7},"v ${i % 3}"`).join('\n');
    const fromBlob = await loadDataset({ name: 'b.csv', chunks: blobChunks(new Blob([text])) });
    const fromBytes = await loadDataset({ name: 'b.csv', bytes: new TextEncoder().encode(text) });
    expect(fromBlob.dataset).toEqual(fromBytes.dataset);
  });

  it('stops a stream that grows past the size limit, naming the file', async () => {
    const big: TableChunks = async function* () {
      yield new TextEncoder().encode('a\n');
      for (;;) yield new Uint8Array(50_000_000).fill(0x31);
    };
    await expect(readTable({ name: 'huge.csv', chunks: big })).rejects.toThrow(
      `huge.csv: ${(MAX_TABLE_BYTES + 2).toLocaleString('en')} bytes, larger than the 200 MB`,
    );
  });
});
