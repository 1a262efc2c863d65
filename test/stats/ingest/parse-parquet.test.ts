import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { parseParquet } from '../../../src/stats/ingest/parse-parquet.ts';
import type { RawTable } from '../../../src/stats/raw-table.ts';

function rows(raw: RawTable): Record<string, string[]> {
  return Object.fromEntries(raw.columns.map((c) => [c.name, Array.from(c.codes, (code) => c.values[code])]));
}

const sample = (): ArrayBuffer =>
  parquetWriteBuffer({
    columnData: [
      { name: 'species', data: ['Adelie', 'Gentoo', null, 'Adelie'], type: 'STRING' },
      { name: 'flipper', data: [181, 217, 195, null], type: 'INT32' },
      { name: 'mass', data: [3750.5, 4875, NaN, 0.1], type: 'DOUBLE' },
      { name: 'ratio', data: new Float32Array([0.1, 1.5, 2, 3.3]), type: 'FLOAT' },
      { name: 'big', data: [1n, 9007199254740993n, -5n, null], type: 'INT64' },
      { name: 'ok', data: [true, false, null, true], type: 'BOOLEAN' },
      { name: 'seen', data: [new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), null, new Date(0), new Date(Date.UTC(2024, 1, 29))], type: 'TIMESTAMP' },
    ],
  });

describe('parseParquet', () => {
  it('reads every column as the text a CSV would hold', async () => {
    const raw = await parseParquet(sample(), { source: 'p.parquet' });
    expect(raw.rowCount).toBe(4);
    expect(raw.rowNaming).toBe('record');
    expect(rows(raw)).toEqual({
      species: ['Adelie', 'Gentoo', '', 'Adelie'],
      flipper: ['181', '217', '195', ''],
      mass: ['3750.5', '4875', '', '0.1'],
      ratio: ['0.1', '1.5', '2', '3.3'],
      big: ['1', '9007199254740993', '-5', ''],
      ok: ['true', 'false', '', 'true'],
      seen: ['2024-01-02T03:04:05.000Z', '', '1970-01-01T00:00:00.000Z', '2024-02-29T00:00:00.000Z'],
    });
    expect(raw.columns[0].values).toEqual(['Adelie', 'Gentoo', '']);
  });

  it('keeps row order across several row groups', async () => {
    const data = Array.from({ length: 2500 }, (_, i) => `v${i % 7}`);
    const buffer = parquetWriteBuffer({ columnData: [{ name: 'g', data, type: 'STRING' }], rowGroupSize: 1000 });
    const raw = await parseParquet(buffer, { source: 'p.parquet' });
    expect(raw.rowCount).toBe(2500);
    expect(rows(raw).g).toEqual(data);
  });

  it.each([
    ['cut short', (b: ArrayBuffer) => b.slice(0, b.byteLength - 20)],
    ['not Parquet at all', () => new TextEncoder().encode('a,b\n1,2\n').buffer as ArrayBuffer],
    ['empty', () => new ArrayBuffer(0)],
  ])('refuses a file that is %s', async (_, damage) => {
    await expect(parseParquet(damage(sample()), { source: 'p.parquet' })).rejects.toThrow(
      /^p\.parquet: not a complete Parquet file \(.+\); export or download it again$/,
    );
  });
});
