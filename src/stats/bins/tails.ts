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
 * the k spacings after them. In a tail, the i-th spacing from the end D_i
 * shrinks like i^−1 when the tail is exponential (Rényi's representation:
 * i·D_i has one mean) and stays flat when the values end at a bound
 * (uniform); the slope of log D_i on log i over i = k … 2k − 1, held between
 * −1 and 0, says which, and the hidden gaps D_1 … D_(k−1) follow the fitted
 * line. A real sample's extremes are reached about as far as the data
 * suggests — no spike at the k-th value, no overshoot past a bound — from
 * order statistics that are combined, never a single record's extreme.
 * Null for k ≤ 1 or fewer than 2k values.
 */
export function tails(values: Float64Array, k: number): { low: Tail; high: Tail } | null {
  const present = values.filter((v) => !Number.isNaN(v));
  const n = present.length;
  if (k <= 1 || n < 2 * k) return null;
  const low = Array.from({ length: k + 1 }, (_, j) => k - 1 + j);
  const high = Array.from({ length: k + 1 }, (_, j) => n - 2 * k + j);
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
  // The i-th spacing from each end, i = k … 2k − 1 (1-based from the extreme).
  const lowSpacings = Array.from({ length: k }, (_, j) => value(k + j) - value(k - 1 + j));
  const highSpacings = Array.from({ length: k }, (_, j) => value(n - k - j) - value(n - k - j - 1));
  return {
    low: { edge: lo, gaps: hiddenGaps({ spacings: lowSpacings, k, records: below }) },
    high: { edge: hi, gaps: hiddenGaps({ spacings: highSpacings, k, records: above }) },
  };
}

/** Gaps D_(k−1) … D_1 (edge outward) from the line fitted to log D_i on log i, slope held in [−1, 0]. */
function hiddenGaps(options: { spacings: readonly number[]; k: number; records: number }): number[] {
  const { spacings, k, records } = options;
  if (records <= 0) return [];
  const points = spacings.flatMap((d, j) => (d > 0 ? [{ x: Math.log(k + j), y: Math.log(d) }] : []));
  if (points.length === 0) return [];
  let slope = 0;
  if (points.length >= 2) {
    const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
    const my = points.reduce((s, p) => s + p.y, 0) / points.length;
    const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
    slope = Math.max(-1, Math.min(0, points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx));
  }
  // Zero spacings (ties) count as the smallest gap there is: the line runs through the mean of all k.
  const mean = spacings.reduce((s, d) => s + d, 0) / k;
  const meanScale = spacings.reduce((s, _, j) => s + (k + j) ** slope, 0) / k;
  const scale = mean / meanScale;
  // The hidden values sit at ranks k − 1 … k − records from the extreme; gap i lies between ranks i and i + 1.
  return Array.from({ length: records }, (_, j) => scale * (k - 1 - j) ** slope);
}
