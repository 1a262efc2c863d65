import { describe, expect, it } from 'vitest';
import { truncateReplicateSample } from '../../bench/baselines/truncate-replicate-sample.ts';
import { createRng } from '../../src/synth/rng.ts';

describe('truncateReplicateSample', () => {
  it('keeps whole weights exactly', () => {
    expect([...truncateReplicateSample(Float64Array.of(3, 0, 5, 2), { total: 10, rng: createRng(1) })]).toEqual([3, 0, 5, 2]);
  });

  it('sums to the total, each count the floor or ceiling of its scaled weight', () => {
    const weights = Float64Array.from({ length: 500 }, (_, i) => ((i * 37) % 11) / 7);
    const sum = weights.reduce((s, w) => s + w, 0);
    const counts = truncateReplicateSample(weights, { total: 333, rng: createRng(2) });
    expect(counts.reduce((s, c) => s + c, 0)).toBe(333);
    counts.forEach((c, i) => {
      const scaled = (weights[i] * 333) / sum;
      expect(c === Math.floor(scaled) || c === Math.ceil(scaled)).toBe(true);
    });
  });

  it('gives a fractional cell its fraction on average (unbiased, unlike largest remainder)', () => {
    // Weights .3, .7, 1 for 2 rows: the 1 is always kept; one more unit goes to the .3 cell
    // with probability .3. Over 4,000 seeds: .3 ± 4·√(.3·.7/4000) = .3 ± .029.
    let first = 0;
    const runs = 4000;
    for (let seed = 0; seed < runs; seed++) {
      const counts = truncateReplicateSample(Float64Array.of(0.3, 0.7, 1), { total: 2, rng: createRng(seed) });
      expect(counts[2]).toBe(1);
      first += counts[0];
    }
    expect(Math.abs(first / runs - 0.3)).toBeLessThan(0.029);
  });
});
