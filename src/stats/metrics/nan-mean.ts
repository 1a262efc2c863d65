/**
 * Mean of the finite-or-infinite values, skipping NaN; NaN when nothing is left.
 * Mirrors numpy.nanmean / pandas Series.mean, which SDMetrics uses to average
 * column and pair scores (SDMetrics QualityReport).
 */
export function nanMean(values: Iterable<number>): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count === 0 ? Number.NaN : sum / count;
}
