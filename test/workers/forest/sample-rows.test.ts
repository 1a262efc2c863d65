import { describe, expect, it } from 'vitest';
import { sampleRows } from '../../../src/workers/forest/sample-rows.ts';

describe('sampleRows', () => {
  it('all rows, in order, when there are no more than asked for', () => {
    expect(Array.from(sampleRows(4, { count: 10, seed: 1 }))).toEqual([0, 1, 2, 3]);
  });

  it('count distinct rows in row order, the same for the same seed and others for another', () => {
    const a = Array.from(sampleRows(10_000, { count: 1000, seed: 1 }));
    expect(a).toHaveLength(1000);
    expect(new Set(a).size).toBe(1000);
    expect(a).toEqual([...a].sort((x, y) => x - y));
    expect(Array.from(sampleRows(10_000, { count: 1000, seed: 1 }))).toEqual(a);
    expect(Array.from(sampleRows(10_000, { count: 1000, seed: 2 }))).not.toEqual(a);
    // Spread over the whole range, not its start.
    expect(a.at(-1)).toBeGreaterThan(9000);
  });
});
