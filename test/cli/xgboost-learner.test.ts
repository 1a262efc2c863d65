import { describe, expect, it } from 'vitest';
import { xgboostLearner } from '../../src/cli/xgboost-learner.ts';
import { expectMulticlassProbabilities, matrix } from '../stats/metrics/utility/learner-cases.ts';
import { createRng } from '../../src/synth/rng.ts';

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
    await expectMulticlassProbabilities(xgboostLearner, { sumDigits: 5 });
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
