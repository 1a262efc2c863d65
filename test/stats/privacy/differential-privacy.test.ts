import { describe, expect, it } from 'vitest';
import { makeConsistent } from '../../../src/stats/privacy/make-consistent.ts';
import { analyticGaussianSigma, gaussian, laplace, normalCdf } from '../../../src/stats/privacy/noise.ts';
import { privateEdges } from '../../../src/stats/privacy/private-edges.ts';
import { privateTargets } from '../../../src/stats/privacy/private-targets.ts';
import { targetsFromJson } from '../../../src/stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import { emptyTable } from '../../../src/stats/tables/table.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { makeDataset } from '../tables/make-dataset.ts';

const uniform = (seed: number) => {
  const rng = createRng(seed);
  return () => rng.next();
};

describe('noise', () => {
  it('Φ matches the normal table (Φ(0) = 0.5, Φ(1.96) = 0.9750021, Φ(−1) = 0.1586553)', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 6);
  });

  it('Laplace(b) has mean |x| = b; N(0, σ²) has sd σ (20,000 draws, 3% tolerance)', () => {
    const random = uniform(1);
    const l = Array.from({ length: 20_000 }, () => laplace(random, 2));
    expect(l.reduce((s, x) => s + Math.abs(x), 0) / l.length).toBeGreaterThan(1.94);
    expect(l.reduce((s, x) => s + Math.abs(x), 0) / l.length).toBeLessThan(2.06);
    const g = Array.from({ length: 20_000 }, () => gaussian(random, 3));
    const sd = Math.sqrt(g.reduce((s, x) => s + x * x, 0) / g.length);
    expect(Math.abs(sd - 3)).toBeLessThan(0.09);
  });

  it('the analytic Gaussian σ is below the classical sqrt(2 ln(1.25/δ))/ε for ε < 1 and grows as ε shrinks', () => {
    const classical = (e: number, d: number) => Math.sqrt(2 * Math.log(1.25 / d)) / e;
    const s05 = analyticGaussianSigma({ epsilon: 0.5, delta: 1e-5 });
    expect(s05).toBeLessThan(classical(0.5, 1e-5)); // 9.69
    expect(s05).toBeGreaterThan(0.7 * classical(0.5, 1e-5));
    expect(analyticGaussianSigma({ epsilon: 0.25, delta: 1e-5 })).toBeGreaterThan(s05);
  });
});

describe('private edges', () => {
  it('start and end at the public bounds and, with a large ε, sit at the quantiles', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => i);
    const { edges, fine } = privateEdges({ values, bounds: [0, 1000], bins: 4, epsilon: 1e6, random: uniform(2), column: 'x' });
    expect(fine.kind === 'bins' && [fine.edges.length, fine.edges[0], fine.edges[64], Math.round(fine.counts.reduce((a, b) => a + b, 0))]).toEqual([65, 0, 1000, 1000]);
    expect(edges[0]).toBe(0);
    expect(edges.at(-1)).toBe(1000);
    // Histogram cells are 1000/64 = 15.625 wide: each edge lands within one cell of 250, 500, 750.
    expect(edges.length).toBe(5);
    [250, 500, 750].forEach((q, i) => expect(Math.abs(edges[i + 1] - q)).toBeLessThanOrEqual(15.625));
  });
});

describe('makeConsistent', () => {
  it('clips negatives, agrees on one total and makes the joint sum to the marginal', () => {
    const a = { kind: 'categorical' as const, column: 'a', categories: ['x', 'y'], other: false, labels: ['x', 'y', '(missing)'] };
    const b = { kind: 'categorical' as const, column: 'b', categories: ['p'], other: false, labels: ['p', '(missing)'] };
    const marginal = emptyTable([a]);
    marginal.counts.set([60, 40, -3]);
    const joint = emptyTable([a, b]);
    joint.counts.set([50, 2, 52, -1, 0, 0]);
    const total = makeConsistent([marginal, joint]);
    // Totals after clipping: 100 and 104 → 102.
    expect(total).toBeCloseTo(102, 9);
    const projected = [joint.counts[0] + joint.counts[1], joint.counts[2] + joint.counts[3], joint.counts[4] + joint.counts[5]];
    projected.forEach((p, i) => expect(p).toBeCloseTo(marginal.counts[i], 6));
    expect([...marginal.counts, ...joint.counts].every((c) => c >= 0)).toBe(true);
    expect(marginal.total).toBe(total);
  });
});

describe('privateTargets', () => {
  const dataset = makeDataset({
    group: Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 'a' : 'b')),
    score: Array.from({ length: 400 }, (_, i) => (i * 7) % 100),
  });

  it('names the numeric columns that lack public bounds', () => {
    expect(() => privateTargets(dataset, { dp: { epsilon: 1, bounds: new Map(), random: uniform(1) } })).toThrow(
      'privacy: differential privacy needs public bounds [min, max] for "score"; give them (e.g. from a codebook), not from the data',
    );
  });

  it('spends exactly ε over edges and tables, keeps only noisy fine marginals, and survives stats.json', () => {
    const targets = privateTargets(dataset, { joints: [['group', 'score']], dp: { epsilon: 2, bounds: new Map([['score', [0, 100]]]), random: uniform(3) } });
    const dp = targets.dp!;
    const spent = dp.edges.reduce((s, e) => s + e.epsilon, 0) + dp.tables.reduce((s, t) => s + t.epsilon, 0);
    expect(spent).toBeCloseTo(2, 12);
    expect(dp.mechanism).toBe('laplace');
    expect(dp.tables).toHaveLength(3);
    expect(dp.tables[0].noise).toBeCloseTo(1 / ((2 - 0.2) / 3), 12);
    // The fine marginal is the 64-cell noisy histogram between the public bounds, not the data's values.
    expect(targets.fine?.map((f) => f.kind === 'bins' && [f.edges[0], f.edges.length, f.edges[64]])).toEqual([[0, 65, 100]]);
    expect(targets.axes[1].kind === 'binned' && [targets.axes[1].edges[0], targets.axes[1].edges.at(-1)]).toEqual([0, 100]);
    expect(targetsFromJson(JSON.parse(JSON.stringify(targetsToJson(targets)))).dp).toEqual(dp);
  });

  it('with δ uses the Gaussian mechanism, δ split over the tables', () => {
    const targets = privateTargets(dataset, { dp: { epsilon: 1, delta: 1e-6, bounds: new Map([['score', [0, 100]]]), random: uniform(4) } });
    expect(targets.dp!.mechanism).toBe('gaussian');
    expect(targets.dp!.tables.map((t) => t.delta)).toEqual([5e-7, 5e-7]);
  });
});
