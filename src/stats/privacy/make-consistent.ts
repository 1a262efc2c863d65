import type { Axis } from '../tables/axis.ts';
import type { Table } from '../tables/table.ts';
import { tableMargin } from '../tables/table-margin.ts';

/** Rounds of raking each table to the agreed one-way margins. */
const RAKE_ROUNDS = 50;
/** Lets raking give mass to a cell whose noisy count was clipped to zero. */
const FLOOR = 1e-6;

/**
 * Post-processing of noisy tables (free under differential privacy): counts
 * made non-negative, one agreed total, one agreed margin per column — the
 * inverse-variance-weighted mean of what every table says about it — and every
 * table raked to the margins of its columns, so marginals agree with the
 * joints they belong to. `total`, when the caller has agreed on one already,
 * replaces the mean of the tables' sums. Changes the tables in place; returns
 * the total.
 */
export function makeConsistent(tables: readonly Table[], agreed?: number): number {
  for (const t of tables) for (let i = 0; i < t.counts.length; i++) t.counts[i] = Math.max(0, t.counts[i]);
  const total = agreed ?? tables.reduce((s, t) => s + sum(t.counts), 0) / Math.max(1, tables.length);
  const margins = agreedMargins(tables, total);
  for (const t of tables) {
    for (let i = 0; i < t.counts.length; i++) t.counts[i] += FLOOR;
    for (let round = 0; round < RAKE_ROUNDS; round++) {
      t.axes.forEach((axis, j) => scaleToMargin(t, { axis: j, margin: margins.get(axis.column) ?? tableMargin(t, j) }));
    }
    t.total = total;
  }
  return total;
}

function agreedMargins(tables: readonly Table[], total: number): Map<string, Float64Array> {
  const sums = new Map<string, { axis: Axis; weighted: Float64Array; weight: number }>();
  for (const t of tables) {
    t.axes.forEach((axis, j) => {
      // A margin summed from a bigger table adds more cells' noise: weigh it by 1 / (cells summed per margin cell).
      const weight = t.shape[j] / t.counts.length;
      const p = tableMargin(t, j);
      const entry = sums.get(axis.column) ?? { axis, weighted: new Float64Array(p.length), weight: 0 };
      for (let c = 0; c < p.length; c++) entry.weighted[c] += weight * p[c];
      entry.weight += weight;
      sums.set(axis.column, entry);
    });
  }
  const margins = new Map<string, Float64Array>();
  for (const [column, { weighted, weight }] of sums) {
    const m = weighted.map((v) => v / weight);
    const s = sum(m);
    margins.set(column, s > 0 ? m.map((v) => (v / s) * total) : m.fill(total / m.length));
  }
  return margins;
}

function scaleToMargin(t: Table, options: { axis: number; margin: Float64Array }): void {
  const { axis, margin } = options;
  const current = tableMargin(t, axis);
  const stride = t.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  for (let i = 0; i < t.counts.length; i++) {
    const c = Math.floor(i / stride) % t.shape[axis];
    t.counts[i] = current[c] > 0 ? (t.counts[i] * margin[c]) / current[c] : 0;
  }
}

function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
