import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/stats/ingest/read-table.ts';

const text = (s: string) => new TextEncoder().encode(s);
const parquet = () => new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'a', data: ['x', 'y'], type: 'STRING' }] }));

describe('readTable', () => {
  it.each([
    ['data.csv', text('a;b\n1;2\n'), ['a', 'b']],
    ['data.TXT', text('a|b\n1|2\n'), ['a', 'b']],
    ['data.tsv', text('a,b\tc\n1,2\t3\n'), ['a,b', 'c']],
    ['data.json', text('[{"a": 1, "b": 2}]'), ['a', 'b']],
    ['data.parquet', parquet(), ['a']],
    ['unknown.bin', parquet(), ['a']],
    ['export', text('\uFEFF  [{"q": 1}]'), ['q']],
  ])('%s', async (name, bytes, columns) => {
    const raw = await readTable({ name, bytes });
    expect(raw.source).toBe(name);
    expect(raw.columns.map((c) => c.name)).toEqual(columns);
  });

  it('reads a Parquet file whose bytes sit inside a larger buffer', async () => {
    const inner = parquet();
    const outer = new Uint8Array(inner.length + 16);
    outer.set(inner, 8);
    const raw = await readTable({ name: 'p.parquet', bytes: outer.subarray(8, 8 + inner.length) });
    expect(raw.rowCount).toBe(2);
  });

  it('passes on the encoding warning with the parser warnings', async () => {
    const bytes = new Uint8Array([0x6e, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a, 0x0a, 0x78, 0x0a]);
    const raw = await readTable({ name: 'l.csv', bytes });
    expect(raw.columns[0].values).toEqual(['café', 'x']);
    expect(raw.warnings).toEqual([
      'l.csv: not valid UTF-8 (byte 0xE9 at offset 5), so it was read as Windows-1252 (Latin-1); if accented letters look wrong, save the file as UTF-8 and load it again',
      'l.csv: skipped 1 blank row (the first at row 3); messages still number rows as the file does',
    ]);
  });

  it.each([
    ['book.xlsx', 'book.xlsx: unknown file type ".xlsx"; save the sheet as CSV first'],
    ['notes.md', 'notes.md: unknown file type ".md"; use a .csv, .tsv, .txt, .json or .parquet file'],
    ['README', 'README: unknown file type; use a .csv, .tsv, .txt, .json or .parquet file'],
  ])('refuses %s', async (name, message) => {
    await expect(readTable({ name, bytes: text('# hello') })).rejects.toThrow(message);
  });
});
