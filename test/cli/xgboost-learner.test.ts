import { describe, expect, it } from 'vitest';
import { xgboostLearner } from '../../src/cli/xgboost-learner.ts';
import type { FeatureMatrix } from '../../src/stats/metrics/utility/learner.ts';
import { createRng } from '../../src/synth/rng.ts';

const matrix = (rows: readonly (readonly number[])[]): FeatureMatrix => ({
  rows: rows.length,
  columns: rows[0].length,
  values: Float64Array.from(rows.flat()),
});

describe('xgboostLearner (ml-xgboost 1.1.2)', () => {
  it('learns from missing values (NaN) and keeps a genuine -1, its missing marker, apart from them', async () => {
    // Label 1 exactly where x is -1; NaN and 1 are label 0. Were -1 read as missing, -1 and NaN would be one value.
    const xs = [-1, 1, Number.NaN];
    const train = Array.from({ length: 300 }, (_, i) => [xs[i % 3]]);
    const labels = Float64Array.from(train, ([x]) => (x === -1 ? 1 : 0));
    const p = await xgboostLearner.fitPredict({ task: { kind: 'binary' }, train: matrix(train), labels, test: matrix([[-1], [1], [Number.NaN]]) });
    expect(p[0]).toBeGreaterThan(0.9);
    expect(p[1]).toBeLessThan(0.1);
    expect(p[2]).toBeLessThan(0.1);
  });

  it('multiclass: one probability per class and row', async () => {
    const rng = createRng(1);
    const train = Array.from({ length: 300 }, () => [rng.next(), rng.next()]);
    const labels = Float64Array.from(train, ([a]) => (a < 1 / 3 ? 0 : a < 2 / 3 ? 1 : 2));
    const p = await xgboostLearner.fitPredict({
      task: { kind: 'multiclass', classes: 3 },
      train: matrix(train),
      labels,
      test: matrix([
        [0.1, 0.5],
        [0.5, 0.5],
        [0.9, 0.5],
      ]),
    });
    expect(p).toHaveLength(9);
    for (let row = 0; row < 3; row++) {
      const probabilities = Array.from(p.subarray(row * 3, row * 3 + 3));
      expect(probabilities.reduce((a, b) => a + b)).toBeCloseTo(1, 5);
      expect(probabilities.indexOf(Math.max(...probabilities))).toBe(row);
    }
  });

  it('regression: fits y = 3a − 2b + 10', async () => {
    const rng = createRng(2);
    const train = Array.from({ length: 500 }, () => [rng.next(), rng.next()]);
    const labels = Float64Array.from(train, ([a, b]) => 3 * a - 2 * b + 10);
    const p = await xgboostLearner.fitPredict({
      task: { kind: 'regression' },
      train: matrix(train),
      labels,
      test: matrix([
        [0.5, 0.5],
        [1, 0],
        [0, 1],
      ]),
    });
    expect(Array.from(p).map((v) => Math.round(v * 2) / 2)).toEqual([10.5, 13, 8]);
  });

  it('gives the same predictions on every run', async () => {
    const rng = createRng(3);
    const train = Array.from({ length: 200 }, () => [rng.next(), rng.next() < 0.5 ? Number.NaN : rng.next()]);
    const labels = Float64Array.from(train, ([a, b]) => (a + (Number.isNaN(b) ? 0.3 : b) > 1 ? 1 : 0));
    const run = () => xgboostLearner.fitPredict({ task: { kind: 'binary' }, train: matrix(train), labels, test: matrix(train) });
    expect(Array.from(await run())).toEqual(Array.from(await run()));
  });
});
