import { describe, expect, it } from 'vitest';
import { makeConsistent } from '../../../src/stats/privacy/make-consistent.ts';
import { analyticGaussianSigma, gaussian, laplace } from '../../../src/stats/privacy/noise.ts';
import { rhoFor } from '../../../src/stats/privacy/budget.ts';
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

  it('spends exactly ε over the histogram and the tables, keeps only the noisy histogram, and survives stats.json', () => {
    const targets = privateTargets(dataset, { joints: [['group', 'score']], dp: { epsilon: 2, bounds: new Map([['score', [0, 100]]]), random: uniform(3) } });
    const dp = targets.dp!;
    // Three measurements: the histogram of score, the marginal of group, the joint; score's marginal is read from its histogram.
    expect([dp.unit, dp.total, dp.histograms.length, dp.tables.map((t) => t.table)]).toEqual(['epsilon', 2, 1, ['group', 'group × score']]);
    const spent = dp.histograms.reduce((s, h) => s + h.share, 0) + dp.tables.reduce((s, t) => s + t.share, 0);
    expect(spent).toBeCloseTo(2, 12);
    expect(dp.mechanism).toBe('laplace');
    expect(dp.tables[0].noise).toBeCloseTo(1 / (2 / 3), 12);
    // The fine marginal is the histogram on the public grid (step 0.01: 32 spans of 3.13), not the data's values.
    expect(targets.fine?.map((f) => f.kind === 'bins' && [f.edges[0], f.edges.length, f.edges[1], f.edges.at(-1)])).toEqual([[0, 33, 3.13, 100]]);
    expect(targets.axes[1].kind === 'binned' && [targets.axes[1].edges[0], targets.axes[1].edges.at(-1)]).toEqual([0, 100]);
    expect(targetsFromJson(JSON.parse(JSON.stringify(targetsToJson(targets)))).dp).toEqual(dp);
  });

  it('with a large ε gives back the exact counts: 300 "b" and 100 "a" (most frequent first), none missing', () => {
    const targets = privateTargets(dataset, { dp: { epsilon: 1e7, bounds: new Map([['score', [0, 100]]]), random: uniform(5) } });
    expect([...targets.tables[0].counts].map((c) => Math.round(c * 1000) / 1000)).toEqual([300, 100, 0]);
    expect(targets.rowCount).toBeCloseTo(400, 3);
  });

  it('with δ uses Gaussian noise and zCDP: the shares add up to ρ(ε, δ)', () => {
    const targets = privateTargets(dataset, { dp: { epsilon: 1, delta: 1e-6, bounds: new Map([['score', [0, 100]]]), random: uniform(4) } });
    const dp = targets.dp!;
    expect([dp.mechanism, dp.unit]).toEqual(['gaussian', 'rho']);
    expect(dp.total).toBeCloseTo(rhoFor({ epsilon: 1, delta: 1e-6 }), 15);
    expect(dp.histograms[0].share + dp.tables[0].share).toBeCloseTo(dp.total, 15);
    expect(dp.tables[0].noise).toBeCloseTo(1 / Math.sqrt(2 * (dp.total / 2)), 12);
  });
});
