import { orderStatistics } from './order-statistics.ts';

/**
 * How far the values beyond the k-th smallest and k-th largest reach, as far
 * as disclosure control lets anyone say: the k − 1 unpublished values on each
 * side are spread at the density of the k values next to them, so the width
 * is (v_2k − v_k)·(k − 1)/k (v_i the i-th smallest; mirrored at the top). It
 * uses only order statistics the trimmed bins publish anyway (the k-th value
 * is an outer edge) and never a single record's extreme, and it lets the
 * synthetic data have tails instead of piling every extreme record onto the
 * k-th value. Returns the k-th values and the widths (0 where nothing lies
 * beyond, or for k ≤ 1 or fewer than 2k values).
 */
export function tailWidths(values: Float64Array, k: number): { lo: number; hi: number; below: number; above: number } | null {
  const present = values.filter((v) => !Number.isNaN(v));
  const n = present.length;
  if (k <= 1 || n < 2 * k) return null;
  const [lo, lo2, hi2, hi] = orderStatistics(present, [k - 1, 2 * k - 1, n - 2 * k, n - k]);
  let below = 0;
  let above = 0;
  for (const v of present) {
    if (v < lo) below++;
    else if (v > hi) above++;
  }
  const share = (k - 1) / k;
  return { lo, hi, below: below > 0 ? (lo2 - lo) * share : 0, above: above > 0 ? (hi - hi2) * share : 0 };
}
