import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/stats/input-error.ts';
import { evaluate } from '../../../src/stats/metrics/evaluate.ts';
import { checkAgainstFixture, checkEvaluation } from './check-fixture.ts';
import { loadFixture } from './load-fixture.ts';
import { makeDataset } from './make-dataset.ts';
import { FIXTURE_CASES } from './read-fixture.ts';

describe('evaluate on the SDMetrics fixtures, read through loadDataset', () => {
  it.each(FIXTURE_CASES)('%s', async (caseName) => {
    const { real, synthetic } = await loadFixture(caseName);
    // every detail (correlations, associations, bin edges, NRS counts) ...
    checkAgainstFixture(caseName, real, synthetic);
    // ... and the JSON shape the CLI prints
    const result = evaluate({ real, synthetic });
    checkEvaluation(caseName, result);
    expect(result.privacy).toBeUndefined();
  });
});

describe('evaluate', () => {
  const real = makeDataset([
    { name: 'a', kind: 'numeric', values: [1, 2, 3, 4] },
    { name: 'k', kind: 'categorical', values: ['x', 'x', 'y', 'y'] },
  ]);

  it('returns the CLI shape; privacy only with a holdout', () => {
    const synthetic = makeDataset([
      { name: 'a', kind: 'numeric', values: [1, 2, 3, 4] },
      { name: 'k', kind: 'categorical', values: ['y', 'x', 'y', 'x'] },
    ]);
    const result = evaluate({ real, synthetic });
    // a is binned 1,4,7,11 -> codes 1,4,7,11 ; real association of a|k is 1 -> pair counts
    expect(Object.keys(result.pairs)).toEqual(['a|k']);
    expect(result.columns.a).toEqual({ metric: 'KSComplement', score: 1 });
    expect(result.columns.k).toEqual({ metric: 'TVComplement', score: 1 });
    // no synthetic row matches a real one on both columns... except rows 2 and 3 (a=2,k=x ; a=3,k=y)
    expect(result.newRowSynthesis).toBe(0.5);
    expect(result.privacy).toBeUndefined();
    const withHoldout = evaluate({ real, synthetic, holdout: real });
    expect(withHoldout.privacy).toMatchObject({ dcrShare: 0.5, ims: 0.5, imsHoldout: 1 });
  });

  it('reports a pair below the threshold with score null', () => {
    const synthetic = makeDataset([
      { name: 'a', kind: 'numeric', values: [4, 3, 2, 1] },
      { name: 'k', kind: 'categorical', values: ['x', 'y', 'x', 'y'] },
    ]);
    const flat = makeDataset([
      { name: 'a', kind: 'numeric', values: [1, 2, 3, 4] },
      { name: 'k', kind: 'categorical', values: ['x', 'x', 'x', 'x'] },
    ]);
    const result = evaluate({ real: flat, synthetic });
    // a single real category: Cramér's V undefined -> the pair misses the threshold
    expect(result.pairs['a|k'].score).toBeNull();
    expect(result.columnPairTrends).toBeNull();
    expect(result.quality).toBe(result.columnShapes);
    expect(result.pairs['a|k'].scoreWithoutThreshold).not.toBeNull();
  });

  it("keeps each pair's association in the real and the synthetic data: Cramér's V, or Pearson's r for two numeric columns", () => {
    const synthetic = makeDataset([
      { name: 'a', kind: 'numeric', values: [1, 2, 3, 4] },
      { name: 'k', kind: 'categorical', values: ['y', 'x', 'y', 'x'] },
    ]);
    // Every value of a has one k in both: V = 1 on both sides.
    expect(evaluate({ real, synthetic }).pairs['a|k']).toMatchObject({ metric: 'ContingencySimilarity', real: 1, synthetic: 1 });
    const numeric = (b: number[]) =>
      makeDataset([
        { name: 'a', kind: 'numeric', values: [1, 2, 3, 4] },
        { name: 'b', kind: 'numeric', values: b },
      ]);
    const pair = evaluate({ real: numeric([1, 2, 3, 4]), synthetic: numeric([4, 3, 2, 1]) }).pairs['a|b'];
    expect(pair.metric).toBe('CorrelationSimilarity');
    expect(pair.real).toBeCloseTo(1, 12);
    expect(pair.synthetic).toBeCloseTo(-1, 12);
  });

  it('rejects a synthetic dataset with another schema', () => {
    const other = makeDataset([{ name: 'a', kind: 'numeric', values: [1] }]);
    expect(() => evaluate({ real, synthetic: other })).toThrow(InputError);
  });
});
