import { orderStatistics } from './order-statistics.ts';

/** The hidden values beyond the k-th smallest (or largest) value, as far as disclosure control lets anyone say. */
export interface Tail {
  /** The k-th value: the last one published. */
  readonly edge: number;
  /**
   * Estimated gaps between the hidden values, from the edge outward: gaps[0] between the edge and the
   * nearest hidden value, the last one reaching the extreme. One per hidden record; empty when none.
   */
  readonly gaps: readonly number[];
}

/**
 * The tails beyond the k-th smallest and largest values, extrapolated from
 * the spacings after them. In a tail, the i-th spacing from the end D_i
 * shrinks like i^−1 when the tail is exponential (Rényi's representation:
 * i·D_i has one mean) and stays flat when the values end at a bound
 * (uniform); the hidden gaps D_1 … D_(k−1) follow D_i = c·i^s with s held
 * between −1 and 0. s is read from two blocks of k spacings, ranks k … 2k and
 * 2k … 3k from the end: their ratio fixes s whatever the rounding of the
 * values (single spacings of rounded data are mostly 0 or one unit, which
 * reads as flat and cuts tails short). With fewer than 3k values a side, s
 * comes from the line fitted to log D_i on log i over i = k … 2k − 1. A real
 * sample's extremes are reached about as far as the data suggests — no spike
 * at the k-th value, no overshoot past a bound — from order statistics that
 * are combined, never a single record's extreme.
 * Null for k ≤ 1 or fewer than 2k values.
 */
export function tails(values: Float64Array, k: number): { low: Tail; high: Tail } | null {
  const present = values.filter((v) => !Number.isNaN(v));
  const n = present.length;
  if (k <= 1 || n < 2 * k) return null;
  // Ranks from each end, 1-based from the extreme: k … 3k when there are enough values, else k … 2k.
  const depth = n >= 6 * k ? 3 * k : 2 * k;
  const low = Array.from({ length: depth - k + 1 }, (_, j) => k - 1 + j);
  const high = Array.from({ length: depth - k + 1 }, (_, j) => n - depth + j);
  const positions = [...new Set([...low, ...high])].sort((a, b) => a - b);
  const stats = orderStatistics(present, positions);
  const at = new Map(positions.map((p, i) => [p, stats[i]]));
  const value = (p: number) => at.get(p) as number;
  const lo = value(k - 1);
  const hi = value(n - k);
  let below = 0;
  let above = 0;
  for (const v of present) {
    if (v < lo) below++;
    else if (v > hi) above++;
  }
  // The i-th spacing from each end, i = k … depth − 1 (1-based from the extreme).
  const lowSpacings = Array.from({ length: depth - k }, (_, j) => value(k + j) - value(k - 1 + j));
  const highSpacings = Array.from({ length: depth - k }, (_, j) => value(n - k - j) - value(n - k - j - 1));
  return {
    low: { edge: lo, gaps: hiddenGaps({ spacings: lowSpacings, k, records: below }) },
    high: { edge: hi, gaps: hiddenGaps({ spacings: highSpacings, k, records: above }) },
  };
}

/** Gaps D_(k−1) … D_1 (edge outward) of D_i = c·i^s, s ∈ [−1, 0], from the spacings D_k, D_(k+1), … */
function hiddenGaps(options: { spacings: readonly number[]; k: number; records: number }): number[] {
  const { spacings, k, records } = options;
  if (records <= 0) return [];
  const slope = spacings.length >= 2 * k ? blockSlope(spacings, k) : fittedSlope(spacings, k);
  if (slope === null) return [];
  // c from the first k spacings: their sum is c·Σ i^s over i = k … 2k − 1 (zero spacings, ties, count as the smallest gaps).
  const sum = spacings.slice(0, k).reduce((s, d) => s + d, 0);
  const scale = sum / powerSum({ from: k, to: 2 * k - 1, s: slope });
  // The hidden values sit at ranks k − 1 … k − records from the extreme; gap i lies between ranks i and i + 1.
  return Array.from({ length: records }, (_, j) => scale * (k - 1 - j) ** slope);
}

/** s from the ratio of two blocks of k spacings, Σ_(k…2k−1) D_i / Σ_(2k…3k−1) D_i, solved in [−1, 0] by bisection. */
function blockSlope(spacings: readonly number[], k: number): number | null {
  const a = spacings.slice(0, k).reduce((s, d) => s + d, 0);
  const b = spacings.slice(k, 2 * k).reduce((s, d) => s + d, 0);
  if (!(a > 0)) return null;
  if (!(b > 0)) return -1;
  const ratio = (s: number) => powerSum({ from: k, to: 2 * k - 1, s }) / powerSum({ from: 2 * k, to: 3 * k - 1, s });
  const observed = a / b;
  if (observed <= 1) return 0;
  if (observed >= ratio(-1)) return -1;
  let lo = -1;
  let hi = 0;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    // ratio falls as s rises toward 0.
    if (ratio(mid) > observed) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** s from the line fitted to log D_i on log i (positive spacings only), held in [−1, 0]; null when every spacing is 0. */
function fittedSlope(spacings: readonly number[], k: number): number | null {
  const points = spacings.flatMap((d, j) => (d > 0 ? [{ x: Math.log(k + j), y: Math.log(d) }] : []));
  if (points.length === 0) return null;
  if (points.length < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return Math.max(-1, Math.min(0, points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx));
}

function powerSum(options: { from: number; to: number; s: number }): number {
  let sum = 0;
  for (let i = options.from; i <= options.to; i++) sum += i ** options.s;
  return sum;
}
