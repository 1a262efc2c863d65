/**
 * Standard error of a mean estimated from `values`, a sample of n rows drawn
 * from `populationSize` rows without replacement: the sample standard
 * deviation / sqrt(n), times the finite-population correction
 * sqrt(1 - n / populationSize). 0 when the sample is every row (the value is
 * exact); NaN below two rows in a larger population. About 95% of samples
 * land within 1.96 standard errors of the all-rows value.
 */
export function samplingError(values: ArrayLike<number>, populationSize: number): number {
  const n = values.length;
  if (n >= populationSize) return 0;
  if (n < 2) return Number.NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  return (sd / Math.sqrt(n)) * Math.sqrt(1 - n / populationSize);
}
