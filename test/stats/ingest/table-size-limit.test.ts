import { describe, expect, it } from 'vitest';
import { checkTableSize, MAX_TABLE_BYTES } from '../../../src/stats/ingest/table-size-limit.ts';

describe('the table size Synthor loads', () => {
  it('is 200 MB: one byte more is refused with the file, its size and what to do', () => {
    expect(MAX_TABLE_BYTES).toBe(200_000_000);
    expect(() => checkTableSize({ name: 'huge.csv', bytes: MAX_TABLE_BYTES })).not.toThrow();
    expect(() => checkTableSize({ name: 'huge.csv', bytes: 3_500_000_000 })).toThrow(
      'huge.csv: 3,500,000,000 bytes, larger than the 200 MB Synthor loads; load a sample of its rows, or only the columns to synthesise',
    );
  });
});
