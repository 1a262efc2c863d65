import { sortedPresent } from './ks-statistic.ts';

/**
 * Exact Wasserstein-1 (earth mover's) distance between two 1-D samples:
 * the integral of |F_a(x) - F_b(x)| over x, from the sorted ECDFs, as
 * scipy.stats.wasserstein_distance computes it. Missing values (NaN) are
 * dropped; NaN if either sample is then empty. The paper's numeric fidelity
 * measure (LLMSynthor, arXiv 2505.14752, evaluation).
 */
export function wassersteinDistance(a: Float64Array, b: Float64Array): number {
  const u = sortedPresent(a);
  const v = sortedPresent(b);
  if (u.length === 0 || v.length === 0) return Number.NaN;
  let i = 0;
  let j = 0;
  let distance = 0;
  let previous = Math.min(u[0], v[0]);
  while (i < u.length || j < v.length) {
    const x = j >= v.length || (i < u.length && u[i] <= v[j]) ? u[i] : v[j];
    // Between the previous pooled value and x both ECDFs are flat.
    distance += Math.abs(i / u.length - j / v.length) * (x - previous);
    while (i < u.length && u[i] <= x) i++;
    while (j < v.length && v[j] <= x) j++;
    previous = x;
  }
  return distance;
}
