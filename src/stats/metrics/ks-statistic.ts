/**
 * Two-sample Kolmogorov–Smirnov statistic D = max_x |F_a(x) - F_b(x)| with
 * right-continuous ECDFs evaluated at every pooled value, as scipy.stats.ks_2samp
 * computes it (searchsorted side='right' / n). Both inputs must be sorted
 * ascending and free of NaN. The one ECDF/KS implementation of the engine.
 */
export function ksStatistic(sortedA: Float64Array, sortedB: Float64Array): number {
  const na = sortedA.length;
  const nb = sortedB.length;
  if (na === 0 || nb === 0) return Number.NaN;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < na || j < nb) {
    // Next pooled value; advance both samples past every copy of it (ties).
    const x = j >= nb || (i < na && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    while (i < na && sortedA[i] <= x) i++;
    while (j < nb && sortedB[j] <= x) j++;
    const diff = Math.abs(i / na - j / nb);
    if (diff > d) d = diff;
  }
  return d;
}

/** Non-missing values, sorted ascending (NaN is missing). */
export function sortedPresent(values: Float64Array, transform?: (v: number) => number): Float64Array {
  const out: number[] = [];
  for (const v of values) if (!Number.isNaN(v)) out.push(transform ? transform(v) : v);
  return Float64Array.from(out).sort();
}
