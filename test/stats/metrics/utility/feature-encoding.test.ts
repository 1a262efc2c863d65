import { describe, expect, it } from 'vitest';
import { encodeFeatures, fitFeatureEncoding, ONE_HOT_LIMIT } from '../../../../src/stats/metrics/utility/feature-encoding.ts';
import type { Dataset } from '../../../../src/stats/dataset.ts';
import { makeDataset } from '../make-dataset.ts';

const real = makeDataset([
  { name: 'age', kind: 'numeric', values: [30, null, 50, 40] },
  { name: 'sex', kind: 'categorical', values: ['F', 'M', 'M', null] },
  { name: 'when', kind: 'datetime', values: ['2020-01-01', '2020-01-02', null, '1970-01-01'] },
  { name: 'id', kind: 'identifier', values: ['a', 'b', 'c', 'd'] },
  { name: 'y', kind: 'categorical', values: ['no', 'yes', 'no', 'no'] },
]);

const all = (dataset: Dataset) => Uint32Array.from({ length: dataset.rowCount }, (_, i) => i);
/** The matrix as rows of numbers, for readable expectations. */
function matrixRows(dataset: Dataset, encoding = fitFeatureEncoding(real, { target: 'y' })): number[][] {
  const m = encodeFeatures(encoding, { dataset, rows: all(dataset) });
  return Array.from({ length: m.rows }, (_, r) => Array.from(m.values.subarray(r * m.columns, (r + 1) * m.columns)));
}

describe('fitFeatureEncoding', () => {
  it('leaves out the target and identifiers; one-hot by frequency (ties: missing, then first seen), missing a category of its own', () => {
    expect(fitFeatureEncoding(real, { target: 'y' }).names).toEqual(['age', 'sex=M', 'sex=(missing)', 'sex=F', 'when']);
  });

  it(`ranks the categories by frequency above ${ONE_HOT_LIMIT} distinct values`, () => {
    // 31 distinct values: "c0" three times, "c1" twice, the rest once.
    const values = ['c0', 'c0', 'c0', 'c1', 'c1', ...Array.from({ length: 29 }, (_, i) => `c${i + 2}`)];
    const wide = makeDataset([{ name: 'country', kind: 'categorical', values }]);
    const encoding = fitFeatureEncoding(wide, { target: 'none' });
    expect(encoding.names).toEqual(['country (rank)']);
    const other = makeDataset([{ name: 'country', kind: 'categorical', values: ['c1', 'unseen', 'c0', 'c30'] }]);
    expect(matrixRows(other, encoding)).toEqual([[1], [NaN], [0], [30]]);
  });
});

describe('encodeFeatures', () => {
  it('numbers as numbers (missing NaN), datetimes as epoch milliseconds', () => {
    expect(matrixRows(real)).toEqual([
      [30, 0, 0, 1, Date.UTC(2020, 0, 1)],
      [NaN, 1, 0, 0, Date.UTC(2020, 0, 2)],
      [50, 1, 0, 0, NaN],
      [40, 0, 1, 0, 0],
    ]);
  });

  it('matches categories by value across dictionaries; an unseen category is all zeros', () => {
    // Another file: its own dictionary order (X first), and a category the real rows lack.
    const other = makeDataset([
      { name: 'age', kind: 'numeric', values: [1, 2, 3] },
      { name: 'sex', kind: 'categorical', values: ['X', 'F', 'M'] },
      { name: 'when', kind: 'datetime', values: [null, null, null] },
      { name: 'id', kind: 'identifier', values: ['p', 'q', 'r'] },
      { name: 'y', kind: 'categorical', values: ['yes', 'yes', 'no'] },
    ]);
    expect(matrixRows(other)).toEqual([
      [1, 0, 0, 0, NaN],
      [2, 0, 0, 1, NaN],
      [3, 1, 0, 0, NaN],
    ]);
  });

  it('encodes only the rows asked for, in that order', () => {
    const m = encodeFeatures(fitFeatureEncoding(real, { target: 'y' }), { dataset: real, rows: Uint32Array.of(3, 0) });
    expect(m.rows).toBe(2);
    expect(Array.from(m.values)).toEqual([40, 0, 1, 0, 0, 30, 0, 0, 1, Date.UTC(2020, 0, 1)]);
  });
});
