import { binOf, MISSING_BIN } from './bin-of.ts';
import { quantileEdges } from './quantile-edges.ts';

/** Fine quantile bins used to sample inside a range from the target's own marginal. */
export const DEFAULT_FINE_BIN_COUNT = 64;

export interface FineBins {
  readonly edges: Float64Array;
  /** counts[i] = non-missing values in bin i. */
  readonly counts: Float64Array;
}

/**
 * A fine histogram of a numeric column on its own quantile edges (so dense
 * regions get narrow bins). The sampler draws a bin by count, then a value
 * uniformly inside it: closer to the real shape than uniform over [min, max].
 */
export function fineBins(values: Float64Array, count: number = DEFAULT_FINE_BIN_COUNT, options: { trim?: number } = {}): FineBins {
  const edges = quantileEdges(values, count, options);
  const counts = new Float64Array(Math.max(0, edges.length - 1));
  for (let i = 0; i < values.length; i++) {
    const b = binOf(edges, values[i]);
    if (b !== MISSING_BIN) counts[b]++;
  }
  return { edges, counts };
}
