import { describe, expect, it } from 'vitest';
import { budgetOf, epsilonFor, exponentialEpsilon, noiseScale, rhoFor } from '../../../src/stats/privacy/budget.ts';
import { coarseEdges, histogramFine, marginalFromHistogram } from '../../../src/stats/privacy/histogram-views.ts';
import { histogramCounts, histogramGrid } from '../../../src/stats/privacy/private-histogram.ts';
import { projectSimplex } from '../../../src/stats/privacy/project-simplex.ts';
import { binnedAxis } from '../../../src/stats/tables/binned-axis.ts';

describe('budget', () => {
  it('converts (ε, δ) to ρ by Bun & Steinke: ε = 1, δ = 1e−9 → ρ = 0.0117812 (√ρ = √21.7233 − √20.7233)', () => {
    expect(rhoFor({ epsilon: 1, delta: 1e-9 })).toBeCloseTo(0.011781160395, 10);
    expect(epsilonFor({ rho: 0.011781160395201457, delta: 1e-9 })).toBeCloseTo(1, 10);
    expect(budgetOf({ epsilon: 2, delta: 0 })).toEqual({ unit: 'epsilon', total: 2 });
    expect(budgetOf({ epsilon: 2, delta: 1e-6 }).total).toBeCloseTo(0.0675738817, 9);
  });

  it('gives Laplace b = 1/ε, Gaussian σ = 1/√(2ρ), and an exponential mechanism ε = √(8ρ) under zCDP', () => {
    expect(noiseScale({ unit: 'epsilon', total: 1 }, 0.25)).toBe(4);
    expect(noiseScale({ unit: 'rho', total: 1 }, 0.005)).toBeCloseTo(10, 12);
    expect(exponentialEpsilon({ unit: 'rho', total: 1 }, 0.02)).toBeCloseTo(0.4, 12);
    expect(exponentialEpsilon({ unit: 'epsilon', total: 1 }, 0.02)).toBe(0.02);
  });
});

describe('projectSimplex', () => {
  it('is the least-squares non-negative vector of the total: [5, 3, −1, 0.5] to 6 → [4, 2, 0, 0] (τ = 1)', () => {
    expect([...projectSimplex([5, 3, -1, 0.5], 6)]).toEqual([4, 2, 0, 0]);
  });

  it('keeps a vector already on the simplex and spreads a deficit evenly over the positive cells', () => {
    expect([...projectSimplex([1, 2, 3], 6)]).toEqual([1, 2, 3]);
    expect([...projectSimplex([1, 2, 3], 9)]).toEqual([2, 3, 4]);
    expect([...projectSimplex([1, 2], 0)]).toEqual([0, 0]);
  });
});

describe('private histogram grid', () => {
  it('counts each value in a cell of its own when there are at most 32 (years of education 1…16)', () => {
    const grid = histogramGrid({ bounds: [1, 16], step: 1, column: 'edu' });
    expect(grid.kind === 'values' && [...grid.values]).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    // Values outside the bounds are clamped into the end cells; missing is last.
    expect([...histogramCounts(grid, Float64Array.of(1, 1, 9, 16, 40, -3, Number.NaN))]).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 1]);
  });

  it('spans of whole steps otherwise, the lower bound a cell of its own, the last span closed at the bound', () => {
    // Ages 17…90: 74 values, 3 per span → 25 spans 17, 20, …, 89 and the last one [89, 90].
    const age = histogramGrid({ bounds: [17, 90], step: 1, column: 'age' });
    expect(age.kind === 'spans' && [age.edges.length, age.edges[1], age.edges[24], age.edges[25]]).toEqual([26, 20, 89, 90]);
    // Capital gain 0…99,999: 3,125 values per span, 32 spans.
    const gain = histogramGrid({ bounds: [0, 99_999], step: 1, column: 'gain' });
    expect(gain.kind === 'spans' && [gain.edges.length, gain.edges[1], gain.edges.at(-1)]).toEqual([33, 3125, 99_999]);
    // [at 0, span 0 (0, 3125), span 1, …, missing]
    const counts = histogramCounts(gain, Float64Array.of(0, 0, 0, 1, 3124, 3125, 99_999, 250_000));
    expect([counts[0], counts[1], counts[2], counts[32], counts.length]).toEqual([3, 2, 1, 2, 34]);
    expect(() => histogramGrid({ bounds: [5, 5], step: 1, column: 'x' })).toThrow('privacy: public bounds of "x" must be finite with min < max, got [5, 5]');
  });
});

describe('histogram views', () => {
  const grid = histogramGrid({ bounds: [1, 16], step: 1, column: 'edu' });
  // Years of education in Adult's proportions (per 1,000): a spike at 9 and 10, another at 13.
  const masses = [2, 5, 10, 20, 16, 28, 36, 13, 320, 220, 40, 33, 160, 54, 18, 12];
  const counts = Float64Array.from([...masses, 0]);

  it('closes a bin before a value that would overshoot it, so spikes keep bins of their own', () => {
    const edges = [...coarseEdges({ grid, counts, bins: 8 })];
    expect(edges[0]).toBe(1);
    expect(edges.at(-1)).toBe(16);
    // 9, 10 and 13 each start a bin and the next value starts another: neither spike shares its bin.
    for (const spike of [9, 10, 13]) {
      expect(edges).toContain(spike);
      expect(edges).toContain(spike + 1);
    }
  });

  it('reads the marginal on those bins and the fine marginal from the same counts', () => {
    const edges = Float64Array.of(1, 9, 10, 16);
    const axis = binnedAxis({ column: 'edu', edges, datetime: false });
    expect([...marginalFromHistogram({ grid, counts: Float64Array.from([...masses, 7]), axis })]).toEqual([130, 320, 537, 7]);
    const fine = histogramFine({ column: 'edu', grid, counts });
    expect(fine.kind === 'values' && [fine.values[8], fine.counts[8]]).toEqual([9, 320]);
  });
});
