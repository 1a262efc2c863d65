import { normalQuantile } from './normal-distribution.ts';
import type { NumericCopula } from './normal-score-copula.ts';

/** Midpoints per side of the grid each cell's expectation is read on. */
const GRID = 6;
/** Bisection steps on ρ. */
const STEPS = 30;
const RHO_LIMIT = 0.99;

/** One copula column as the tables see it: its bin per row (missing: ≥ bins) and how many bins it has. */
export interface BinnedColumn {
  readonly cells: ArrayLike<number>;
  readonly bins: number;
}

/**
 * The copula the sampler needs is not the data's normal-score correlation
 * itself: the sampler first draws each record's cells from the joint tables,
 * which already carry the dependence between bins, and then the copula,
 * truncated to those cells, adds co-movement inside them. With the data's ρ on
 * top of tables that explain most of it (clusters such as species), the pull
 * is counted twice: values crowd toward the cell edges that suit their
 * partner, and the extreme values of a cell are never drawn. So each pair's ρ
 * is calibrated: the one for which E[z_a·z_b] under the model — cells as the
 * data has them, scores from the bivariate normal with ρ truncated to each
 * cell pair — equals the data's normal-score correlation. Cell pairs are
 * integrated on a small grid in each rectangle; E is monotone in ρ, solved by
 * bisection in [−0.99, 0.99] (then held by `kept`). Pairs the copula does
 * not link keep 0.
 */
export function calibrateCopula(copula: NumericCopula, columns: readonly BinnedColumn[]): NumericCopula {
  const k = copula.columns.length;
  const correlation = Float64Array.from(copula.correlation);
  // Each column's bin scores once, not once per pair it is in.
  const grids = columns.map(cellBounds);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const raw = copula.correlation[a * k + b];
      if (raw === 0) continue;
      correlation[a * k + b] = correlation[b * k + a] = kept({
        raw,
        calibrated: calibratedRho({ columns: [columns[a], columns[b]], target: raw, grids: [grids[a], grids[b]] }),
      });
    }
  }
  return { columns: copula.columns, correlation };
}

/** The ρ with which the cell-first model reproduces the normal-score correlation `target` of two binned columns. */
export function calibratedRho(options: {
  columns: readonly [BinnedColumn, BinnedColumn];
  target: number;
  /** The columns' cellBounds, when the caller has them already. */
  grids?: readonly [BinGrid, BinGrid];
}): number {
  const { columns, target } = options;
  const pairs = cellPairs(columns[0], columns[1]);
  const bounds = options.grids ?? ([cellBounds(columns[0]), cellBounds(columns[1])] as const);
  const expected = (rho: number) => modelMoment({ pairs, bounds, rho });
  let lo = -RHO_LIMIT;
  let hi = RHO_LIMIT;
  if (expected(hi) <= target) return hi;
  if (expected(lo) >= target) return lo;
  for (let s = 0; s < STEPS; s++) {
    const mid = (lo + hi) / 2;
    if (expected(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The ρ used: the calibrated one, but never stronger than the data's own and
 * 0 when the two disagree in sign. A sign flip means the tables' cells carry
 * more than the whole correlation (clusters: across species, beak depth and
 * flipper length fall together while within one they rise together); a
 * within-cell pull then fights the tables and crowds values at cell edges, and
 * the sampler's several dimensions compound it. On penguins (k = 5) Column
 * Pair Trends is 0.803 with the data's ρ, 0.748 with the calibrated one and
 * 0.823 with this rule; Seattle weather 0.943, 0.944, 0.947.
 */
function kept(options: { raw: number; calibrated: number }): number {
  const { raw, calibrated } = options;
  return Math.sign(calibrated) === Math.sign(raw) ? Math.sign(raw) * Math.min(Math.abs(raw), Math.abs(calibrated)) : 0;
}

/** Per bin of a column, the normal scores of its grid points. */
interface BinGrid {
  readonly z: Float64Array[];
}

/** Per bin, the normal scores of its edges: [Φ⁻¹(F_lo), Φ⁻¹(F_hi)] of the column's present values. */
function cellBounds(column: BinnedColumn): BinGrid {
  const counts = new Float64Array(column.bins);
  for (let i = 0; i < column.cells.length; i++) if (column.cells[i] < column.bins) counts[column.cells[i]]++;
  const total = counts.reduce((s, c) => s + c, 0);
  let below = 0;
  const z: Float64Array[] = [];
  for (let c = 0; c < column.bins; c++) {
    const lo = below / Math.max(1, total);
    below += counts[c];
    const hi = below / Math.max(1, total);
    // The grid's midpoints inside the bin, as normal scores.
    z.push(Float64Array.from({ length: GRID }, (_, g) => normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, lo + ((g + 0.5) / GRID) * (hi - lo))))));
  }
  return { z };
}

/** Rows per (bin of a, bin of b), both present. */
function cellPairs(a: BinnedColumn, b: BinnedColumn): { a: number; b: number; n: number }[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < a.cells.length; i++) {
    if (a.cells[i] >= a.bins || b.cells[i] >= b.bins) continue;
    const key = a.cells[i] * b.bins + b.cells[i];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => ({ a: Math.floor(key / b.bins), b: key % b.bins, n }));
}

/**
 * The correlation of (z_a, z_b) under the model: each cell pair c weighted by
 * its rows n_c, and inside it the bivariate normal with ρ restricted to the
 * cell, read on the grid of equal-probability points of each bin weighted by
 * the normal copula density. A correlation (not the raw moment), so the grid's
 * coarse reading of the outer bins does not bias it.
 */
function modelMoment(options: { pairs: readonly { a: number; b: number; n: number }[]; bounds: readonly [BinGrid, BinGrid]; rho: number }): number {
  const { pairs, bounds, rho } = options;
  const q = 1 - rho * rho;
  // Row-weighted sums of E_c[z_a], E_c[z_b], E_c[z_a²], E_c[z_b²], E_c[z_a z_b]; and per cell the same, weighted.
  const total = new Float64Array(5);
  const cell = new Float64Array(5);
  let rows = 0;
  for (const { a, b, n } of pairs) {
    cell.fill(0);
    let weight = 0;
    for (const x of bounds[0].z[a]) {
      for (const y of bounds[1].z[b]) {
        // The normal copula's density at (Φ(x), Φ(y)), up to a constant.
        const w = Math.exp(-(rho * rho * (x * x + y * y) - 2 * rho * x * y) / (2 * q));
        weight += w;
        cell[0] += w * x;
        cell[1] += w * y;
        cell[2] += w * x * x;
        cell[3] += w * y * y;
        cell[4] += w * x * y;
      }
    }
    for (let m = 0; m < 5; m++) total[m] += (n * cell[m]) / weight;
    rows += n;
  }
  if (rows === 0) return 0;
  const [ea, eb, eaa, ebb, eab] = Array.from(total, (t) => t / rows);
  const cov = eab - ea * eb;
  const va = eaa - ea * ea;
  const vb = ebb - eb * eb;
  return va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
}
