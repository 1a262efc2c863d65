import { expect } from 'vitest';
import type { FeatureMatrix, Learner } from '../../../../src/stats/metrics/utility/learner.ts';
import { createRng } from '../../../../src/synth/rng.ts';

/** A feature matrix from rows of numbers. */
export const matrix = (rows: readonly (readonly number[])[]): FeatureMatrix => ({
  rows: rows.length,
  columns: rows[0].length,
  values: Float64Array.from(rows.flat()),
});

/**
 * What every Learner owes the port on a multiclass task: three classes by
 * thirds of the first of two uniform features; for a test row in each third,
 * one probability per class, summing to 1, the right class the most probable.
 */
export async function expectMulticlassProbabilities(learner: Learner, options: { readonly sumDigits: number }): Promise<void> {
  const rng = createRng(1);
  const train = Array.from({ length: 300 }, () => [rng.next(), rng.next()]);
  const labels = Float64Array.from(train, ([a]) => (a < 1 / 3 ? 0 : a < 2 / 3 ? 1 : 2));
  const test = matrix([
    [0.1, 0.5],
    [0.5, 0.5],
    [0.9, 0.5],
  ]);
  const p = await learner.fitPredict({ task: { kind: 'multiclass', classes: 3 }, train: matrix(train), labels, test });
  expect(p).toHaveLength(9);
  for (let row = 0; row < 3; row++) {
    const probabilities = Array.from(p.subarray(row * 3, row * 3 + 3));
    expect(probabilities.reduce((a, b) => a + b)).toBeCloseTo(1, options.sumDigits);
    expect(probabilities.indexOf(Math.max(...probabilities))).toBe(row);
  }
}
