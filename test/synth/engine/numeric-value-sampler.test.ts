import { describe, expect, it } from 'vitest';
import { binnedAxis } from '../../../src/stats/tables/binned-axis.ts';
import type { FineMarginal } from '../../../src/stats/tables/fine-marginal.ts';
import { NumericValueSampler } from '../../../src/synth/engine/numeric-value-sampler.ts';
import { createRng } from '../../../src/synth/rng.ts';

function draws(sampler: NumericValueSampler, options: { cell: number; range: readonly [number, number] | null; n?: number }): number[] {
  const rng = createRng(7);
  return Array.from({ length: options.n ?? 20_000 }, () => sampler.draw(rng, options));
}

const share = (xs: number[], f: (x: number) => boolean) => xs.filter(f).length / xs.length;
// 20,000 draws: a binomial share's sd is at most 0.0035, so 0.02 is > 5 sd.
const TOL = 0.02;

describe('NumericValueSampler: the target shape inside a bin and a range', () => {
  const axis = binnedAxis({ column: 'x', edges: Float64Array.from([1, 3, 4]), datetime: false });
  const values: FineMarginal = { kind: 'values', column: 'x', values: Float64Array.from([1, 2, 3, 4]), counts: Float64Array.from([10, 30, 40, 20]) };
  const exact = new NumericValueSampler({ axis, fine: values, step: 1 });

  it('draws the exact values of a bin in their target proportions (bin [1, 3): 1 vs 2 = 10:30)', () => {
    const xs = draws(exact, { cell: 0, range: null });
    expect(new Set(xs)).toEqual(new Set([1, 2]));
    expect(share(xs, (x) => x === 1)).toBeCloseTo(0.25, 1);
    expect(Math.abs(share(xs, (x) => x === 1) - 0.25)).toBeLessThan(TOL);
  });

  it('keeps the last bin closed: [3, 4] gives 3 and 4 as 40:20', () => {
    const xs = draws(exact, { cell: 1, range: null });
    expect(Math.abs(share(xs, (x) => x === 4) - 1 / 3)).toBeLessThan(TOL);
  });

  it('honours a range inside the bin', () => {
    expect(new Set(draws(exact, { cell: 0, range: [2, 4] }))).toEqual(new Set([2]));
  });

  it('returns NaN for the missing cell', () => {
    expect(exact.draw(createRng(1), { cell: 2, range: null })).toBeNaN();
  });

  it('follows fine bins pro rata inside a range and snaps to the column grid', () => {
    const wide = binnedAxis({ column: 'y', edges: Float64Array.from([0, 20]), datetime: false });
    const bins: FineMarginal = { kind: 'bins', column: 'y', edges: Float64Array.from([0, 10, 20]), counts: Float64Array.from([90, 10]) };
    const sampler = new NumericValueSampler({ axis: wide, fine: bins, step: 0.01 });
    const xs = draws(sampler, { cell: 0, range: [5, 15] });
    // Mass in [5, 10) = 90 · 5/10 = 45; in [10, 15] = 10 · 5/10 = 5; so P(x < 10) = 0.9, uniform within each piece.
    expect(Math.abs(share(xs, (x) => x < 10) - 0.9)).toBeLessThan(TOL);
    expect(Math.abs(share(xs, (x) => x < 7.5) - 0.45)).toBeLessThan(TOL);
    expect(xs.every((x) => x >= 5 && x <= 15)).toBe(true);
    expect(xs.every((x) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-9 && String(x).split('.')[1]?.length !== 3)).toBe(true);
  });

  it('stays on the integer grid inside a half-open bin without a fine marginal: [24, 29) → 24..28, uniform', () => {
    const ages = binnedAxis({ column: 'age', edges: Float64Array.from([24, 29, 40]), datetime: false });
    const sampler = new NumericValueSampler({ axis: ages, fine: undefined, step: 1 });
    const xs = draws(sampler, { cell: 0, range: null });
    expect(new Set(xs)).toEqual(new Set([24, 25, 26, 27, 28]));
    expect(Math.abs(share(xs, (x) => x === 28) - 0.2)).toBeLessThan(TOL);
  });
});
