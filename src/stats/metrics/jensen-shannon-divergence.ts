import { assertSameLength, normalizeCounts } from './normalize-counts.ts';

/**
 * Jensen–Shannon divergence in bits (log base 2, so it lies in [0, 1]) between
 * two distributions over the same cells, given as counts or shares:
 * JSD = ½ KL(p‖m) + ½ KL(q‖m), m = ½ (p + q), with 0 · log 0 = 0 so empty
 * cells are fine. The paper's joint-table fidelity measure (LLMSynthor,
 * arXiv 2505.14752, evaluation). Note scipy's jensenshannon returns the square root.
 */
export function jensenShannonDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  assertSameLength(p, q, 'Jensen-Shannon divergence');
  const a = normalizeCounts(p, 'Jensen-Shannon divergence');
  const b = normalizeCounts(q, 'Jensen-Shannon divergence');
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const m = 0.5 * (a[i] + b[i]);
    if (a[i] > 0) sum += a[i] * Math.log2(a[i] / m);
    if (b[i] > 0) sum += b[i] * Math.log2(b[i] / m);
  }
  // Rounding can leave a hair outside [0, 1].
  return Math.min(1, Math.max(0, 0.5 * sum));
}
