import { describe, expect, it } from 'vitest';
import { dcrShare } from '../../../../src/stats/metrics/disclosure-risk/dcr-share.ts';
import { gowerDistance } from '../../../../src/stats/metrics/disclosure-risk/gower-distance.ts';
import { gowerRows } from '../../../../src/stats/metrics/disclosure-risk/gower-rows.ts';
import { identicalMatchShare } from '../../../../src/stats/metrics/disclosure-risk/identical-match-share.ts';
import { nearestDistances } from '../../../../src/stats/metrics/disclosure-risk/nearest-distances.ts';
import { nndr } from '../../../../src/stats/metrics/disclosure-risk/nndr.ts';
import { disclosureRisk } from '../../../../src/stats/metrics/disclosure-risk/disclosure-risk.ts';
import { strideSample } from '../../../../src/stats/metrics/stride-sample.ts';
import { makeDataset } from '../make-dataset.ts';

type Row = [number | null, string | null];
const table = (rows: Row[]) =>
  makeDataset([
    { name: 'x', kind: 'numeric', values: rows.map((r) => r[0]) },
    { name: 'c', kind: 'categorical', values: rows.map((r) => r[1]) },
    // identifiers are never compared: otherwise a copy would never be "identical"
    { name: 'id', kind: 'identifier', values: rows.map((_, i) => `id-${i}-of-${rows.length}`) },
  ]);

describe('gowerDistance', () => {
  // training x range = 10
  const [train, other] = gowerRows([
    {
      dataset: table([
        [0, 'a'],
        [10, 'b'],
        [null, 'a'],
      ]),
    },
    {
      dataset: table([
        [5, 'b'],
        [30, 'a'],
        [null, null],
        [2, 'a'],
      ]),
    },
  ]);
  it.each([
    { a: 0, b: 0, d: (0.5 + 1) / 2, why: '|5 - 0| / 10 and a != b' },
    { a: 0, b: 1, d: (1 + 0) / 2, why: 'a difference beyond the training range is capped at 1' },
    { a: 2, b: 2, d: (0 + 1) / 2, why: 'missing vs missing is 0, missing vs present is 1' },
    { a: 0, b: 3, d: (0.2 + 0) / 2, why: '|2 - 0| / 10' },
    { a: 1, b: 3, d: (0.8 + 1) / 2, why: '|2 - 10| / 10 and a != b' },
  ])('training row $a vs other row $b -> $d ($why)', ({ a, b, d }) => {
    expect(gowerDistance({ a: train, rowA: a, b: other, rowB: b })).toBeCloseTo(d, 15);
  });
});

describe('nearestDistances and nndr', () => {
  it('finds the nearest and second-nearest training rows', () => {
    // one numeric column, training range 3: distances from 0.9 are 0.3, 0.1/3, 0.7
    const one = (values: number[]) => makeDataset([{ name: 'x', kind: 'numeric', values }]);
    const [train, syn] = gowerRows([{ dataset: one([0, 1, 3]) }, { dataset: one([0.9]) }]);
    const d = nearestDistances(syn, train);
    expect(d.nearest[0]).toBeCloseTo(0.1 / 3, 15);
    expect(d.second[0]).toBeCloseTo(0.3, 15);
    expect(nndr(d)).toBeCloseTo(1 / 9, 14);
  });
});

describe('strideSample', () => {
  it('takes floor(k * n / limit), or every row under the limit', () => {
    expect(Array.from(strideSample(10, 4))).toEqual([0, 2, 5, 7]);
    expect(Array.from(strideSample(3, 5))).toEqual([0, 1, 2]);
  });
});

describe('dcrShare', () => {
  it('counts closer-to-training rows, ties as half', () => {
    expect(dcrShare(Float64Array.from([0, 0.5, 0.2, 0.9]), Float64Array.from([0.1, 0.5, 0.1, 0.95]))).toBeCloseTo(2.5 / 4, 15);
  });
});

describe('disclosureRisk', () => {
  const training = table([
    [1, 'a'],
    [2, 'b'],
    [3, 'a'],
    [4, 'c'],
    [null, 'b'],
  ]);
  const holdout = table([
    [1.5, 'a'],
    [2.5, 'b'],
    [3.5, 'c'],
    [4.5, 'a'],
    [1, 'a'],
  ]);

  it('scores a copy of the training data as fully memorised', () => {
    const disjoint = table([
      [1.5, 'a'],
      [2.5, 'b'],
      [3.5, 'c'],
      [4.5, 'a'],
      [9, 'a'],
    ]);
    const p = disclosureRisk({ training, synthetic: training, holdout: disjoint });
    expect(p.ims).toBe(1);
    expect(p.imsHoldout).toBe(0);
    expect(p.dcrShare).toBe(1);
    expect(p.nndr).toBe(0);
  });

  it('counts a holdout row that is also a training row in the holdout rate, and as a DCR tie', () => {
    const p = disclosureRisk({ training, synthetic: training, holdout });
    // holdout row (1, 'a') is also training row 0
    expect(p.imsHoldout).toBeCloseTo(1 / 5, 15);
    expect(p.dcrShare).toBeCloseTo(4.5 / 5, 15);
  });

  it('scores a copy of the holdout as the holdout itself', () => {
    const p = disclosureRisk({ training, synthetic: holdout, holdout });
    expect(p.ims).toBeCloseTo(p.imsHoldout, 15);
    // every row is at 0 from the holdout; (1, 'a') ties at 0 with training
    expect(p.dcrShare).toBeCloseTo(0.5 / 5, 15);
  });

  it('gives 0.5 when training and holdout are the same rows (all ties)', () => {
    const synthetic = table([
      [2.2, 'b'],
      [0, 'z'],
    ]);
    expect(disclosureRisk({ training, synthetic, holdout: training }).dcrShare).toBe(0.5);
  });

  it('matches -0 with 0 and missing with missing, as written values do, and nothing by hash alone', () => {
    const real = table([
      [0, 'a'],
      [null, 'b'],
      [1e-300, 'c'],
    ]);
    const other = table([
      [-0, 'a'],
      [null, 'b'],
      [null, 'a'],
      [2e-300, 'c'],
    ]);
    expect(identicalMatchShare({ training: real, other })).toBe(2 / 4);
  });

  it('matches identical rows by written value, although dictionaries differ', () => {
    const synthetic = table([
      [null, 'b'],
      [4, 'c'],
      [4, 'a'],
      [9, 'b'],
    ]);
    expect(identicalMatchShare({ training, other: synthetic })).toBe(0.5);
  });

  it('subsamples above the row limit at random, equal reference sizes, the same rows for the same seed', () => {
    const synthetic = table([
      [2, 'b'],
      [4, 'c'],
    ]);
    // All rows: both synthetic rows are training rows (distance 0) -> share 1.
    expect(disclosureRisk({ training, synthetic, holdout }).dcrShare).toBe(1);
    const p = disclosureRisk({ training, synthetic, holdout, rowLimit: 2, seed: 7 });
    // 2 of the 5 training rows, 2 of the 5 holdout rows, both synthetic rows
    expect(p.sample).toEqual({ seed: 7, synthetic: 2, syntheticRows: 2, reference: 2, trainingRows: 5, holdoutRows: 5 });
    expect(disclosureRisk({ training, synthetic, holdout, rowLimit: 2, seed: 7 })).toEqual(p);
    // every synthetic row is used: its share is exact for the rows sampled
    expect(p.dcrShareError).toBe(0);
    // IMS hashes every row, whatever the cap
    expect(p.ims).toBe(1);
  });
});
