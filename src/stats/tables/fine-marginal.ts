import { fineBins } from '../bins/fine-bins.ts';

/**
 * A numeric column's own distribution at a finer grain than its axis bins, so
 * a value drawn inside a bin (or inside a planner's [min, max]) keeps the
 * target's shape there instead of being uniform (the paper samples uniformly).
 * Columns with few distinct values (ages, counts, dates) keep every value with
 * its count; others keep 64 quantile bins. Counts are weights, not totals.
 */
export type FineMarginal =
  | { readonly kind: 'values'; readonly column: string; readonly values: Float64Array; readonly counts: Float64Array }
  | { readonly kind: 'bins'; readonly column: string; readonly edges: Float64Array; readonly counts: Float64Array };

export const FINE_MAX_DISTINCT = 512;
/**
 * Above this many values the fine marginal is read from values taken at a fixed
 * stride: it only weighs values against each other inside a bin, and 100,000
 * evenly spaced values (sorted data included) give 64 bins plenty of support
 * while keeping target building linear in the rows, not in rows × fine bins.
 */
export const FINE_SAMPLE = 100_000;

export function fineMarginal(options: { column: string; values: Float64Array; minCount?: number }): FineMarginal {
  const { column } = options;
  const minCount = options.minCount ?? 1;
  const values = strided(options.values, FINE_SAMPLE);
  const counts = new Map<number, number>();
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size > FINE_MAX_DISTINCT) {
      const bins = fineBins(values, undefined, { trim: minCount - 1 });
      return { kind: 'bins', column, edges: bins.edges, counts: bins.counts };
    }
  }
  // Disclosure control: a value held by fewer than minCount records is not published.
  for (const [v, c] of counts) if (c < minCount) counts.delete(v);
  const sorted = Float64Array.from(counts.keys()).sort();
  return { kind: 'values', column, values: sorted, counts: Float64Array.from(sorted, (v) => counts.get(v) ?? 0) };
}

function strided(values: Float64Array, limit: number): Float64Array {
  if (values.length <= limit) return values;
  const step = values.length / limit;
  return Float64Array.from({ length: limit }, (_, i) => values[Math.floor(i * step)]);
}
