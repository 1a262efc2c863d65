/**
 * Coefficient of determination, 1 − Σ(y − ŷ)² / Σ(y − ȳ)², as scikit-learn's
 * r2_score: negative when the predictions are worse than the mean; for a
 * constant truth, 1 if every prediction is exact and 0 otherwise (its
 * force_finite default). NaN for no rows.
 */
export function rSquared(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  const n = truth.length;
  if (n === 0) return Number.NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += truth[i];
  mean /= n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    residual += (truth[i] - predicted[i]) ** 2;
    total += (truth[i] - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
