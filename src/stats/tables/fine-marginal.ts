import { fineBins } from '../bins/fine-bins.ts';

/**
 * A numeric column's own distribution at a finer grain than its axis bins, so
 * a value drawn inside a bin (or inside a planner's [min, max]) keeps the
 * target's shape there instead of being uniform (the paper samples uniformly).
 * Columns with few distinct values (ages, counts, dates) keep every value with
 * its count; others keep 64 quantile bins.
 */
export type FineMarginal =
  | { readonly kind: 'values'; readonly column: string; readonly values: Float64Array; readonly counts: Float64Array }
  | { readonly kind: 'bins'; readonly column: string; readonly edges: Float64Array; readonly counts: Float64Array };

export const FINE_MAX_DISTINCT = 512;

export function fineMarginal(options: { column: string; values: Float64Array }): FineMarginal {
  const { column, values } = options;
  const counts = new Map<number, number>();
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size > FINE_MAX_DISTINCT) {
      const bins = fineBins(values);
      return { kind: 'bins', column, edges: bins.edges, counts: bins.counts };
    }
  }
  const sorted = Float64Array.from(counts.keys()).sort();
  return { kind: 'values', column, values: sorted, counts: Float64Array.from(sorted, (v) => counts.get(v) ?? 0) };
}
