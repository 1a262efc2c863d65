import { describe, expect, it } from 'vitest';
import { buildTargets, targetAxes } from '../../../src/stats/tables/build-targets.ts';
import { jointCells } from '../../../src/stats/tables/joint-size.ts';
import { makeDataset } from './make-dataset.ts';

// Four columns of 200 distinct labels: 50 kept, (other) and (missing) make 52 cells each, 52^4 = 7,311,616 together.
const labels = (prefix: string) => Array.from({ length: 200 }, (_, i) => `${prefix}${i}`);
const data = makeDataset({ a: labels('a'), b: labels('b'), c: labels('c'), d: labels('d') });

describe('a joint table too large to count', () => {
  it('is refused before it is counted, naming its columns and cells', () => {
    expect(jointCells(targetAxes(data))).toBe(7_311_616);
    expect(() => buildTargets(data, { joints: [['a', 'b', 'c', 'd']] })).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message:
          'tables: joint "a, b, c, d" would have 7,311,616 cells (the product of its columns\' categories and bins), more than the 1,000,000 a table may have; join fewer columns, or use fewer bins and categories',
      }),
    );
  });

  it('is kept up to the limit', () => {
    expect(buildTargets(data, { joints: [['a', 'b', 'c']] }).tables.at(-1)?.counts.length).toBe(52 ** 3);
  });
});
