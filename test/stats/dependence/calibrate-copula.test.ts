import { describe, expect, it } from 'vitest';
import { quantileEdges } from '../../../src/stats/bins/quantile-edges.ts';
import { binOf } from '../../../src/stats/bins/bin-of.ts';
import { calibrateCopula, calibratedRho } from '../../../src/stats/dependence/calibrate-copula.ts';
import { normalScoreCopula } from '../../../src/stats/dependence/normal-score-copula.ts';
import { createRng } from '../../../src/synth/rng.ts';

/** n draws of (x, y) with y = ρx + √(1 − ρ²)·e, optionally shifted per cluster. */
function sample(options: { n: number; rho: number; seed: number; clusters?: (i: number) => readonly [number, number] }) {
  const rng = createRng(options.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const x = new Float64Array(options.n);
  const y = new Float64Array(options.n);
  for (let i = 0; i < options.n; i++) {
    const [cx, cy] = options.clusters?.(i) ?? [0, 0];
    const a = normal();
    x[i] = cx + a;
    y[i] = cy + options.rho * a + Math.sqrt(1 - options.rho ** 2) * normal();
  }
  return { x, y };
}

function calibrated(x: Float64Array, y: Float64Array, bins: number) {
  const raw = normalScoreCopula({
    columns: [
      { column: 'x', values: x },
      { column: 'y', values: y },
    ],
  });
  const binned = (v: Float64Array) => {
    const edges = quantileEdges(v, bins);
    return { cells: Uint32Array.from(v, (value) => binOf(edges, value)), bins: edges.length - 1 };
  };
  const columns = [binned(x), binned(y)] as const;
  return {
    raw: raw.correlation[1],
    calibrated: calibratedRho({ columns, target: raw.correlation[1] }),
    kept: calibrateCopula(raw, [...columns]).correlation[1],
  };
}

describe('calibrateCopula', () => {
  it('gives a bivariate normal back its own ρ: the model is right, nothing is counted twice (ρ = 0.8, 6 bins)', () => {
    const { x, y } = sample({ n: 20_000, rho: 0.8, seed: 1 });
    const { raw, calibrated: rho, kept } = calibrated(x, y, 6);
    expect(raw).toBeCloseTo(0.8, 1);
    expect(Math.abs(rho - 0.8)).toBeLessThan(0.03);
    expect(kept).toBeCloseTo(Math.min(raw, rho), 12);
  });

  it('drops a pull the cells contradict: clusters falling together, values rising together inside each (Simpson)', () => {
    // Two clusters at (−3, +3) and (+3, −3), each with ρ = 0.6 inside: overall the two fall together.
    const { x, y } = sample({ n: 10_000, rho: 0.6, seed: 2, clusters: (i) => (i % 2 ? [-3, 3] : [3, -3]) });
    const { raw, calibrated: rho, kept } = calibrated(x, y, 6);
    expect(raw).toBeLessThan(-0.3);
    // The bins already hold more than the whole (negative) correlation: inside them the values rise together.
    expect(rho).toBeGreaterThan(0.2);
    expect(kept).toBe(0);
  });
});
