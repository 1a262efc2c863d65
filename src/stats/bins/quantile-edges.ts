import { orderStatistics } from './order-statistics.ts';

/** The paper's default number of quantile bins for a numeric column (LLMSynthor §3.1). */
export const DEFAULT_BIN_COUNT = 6;

/**
 * Quantile bin edges of the non-missing values: edge i is the sorted value at
 * position floor(i·(n−1)/count), i = 0…count, with repeated edges dropped.
 *
 * Edges are always data values (not interpolated, unlike numpy's default), so each
 * bin [e_i, e_{i+1}) holds at least the value e_i: no bin is ever empty or of zero
 * width, and ties (integers, spikes) merge bins instead of creating empty ones.
 * All-missing → no edges (only the missing cell); constant → [v, v], one closed bin.
 */
export function quantileEdges(values: Float64Array, count: number = DEFAULT_BIN_COUNT, options: { trim?: number } = {}): Float64Array {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`bins: count must be a positive integer, got ${count}`);
  const present = withoutMissing(values);
  const n = present.length;
  if (n === 0) return new Float64Array(0);
  // Disclosure control: with trim t the outer edges are the (t+1)-th smallest and largest values, so no
  // single record's extreme value is published (values beyond them are counted in the outer bins).
  const trim = Math.max(0, Math.min(options.trim ?? 0, Math.floor((n - 1) / 2)));
  const span = n - 1 - 2 * trim;
  const positions = Array.from({ length: count + 1 }, (_, i) => trim + Math.floor((i * span) / count));
  const at = orderStatistics(present, positions);
  if (at[0] === at[count]) return Float64Array.of(at[0], at[0]);
  const edges: number[] = [];
  for (const v of at) if (edges.length === 0 || v > edges[edges.length - 1]) edges.push(v);
  return Float64Array.from(edges);
}

/** A copy of the non-missing values. */
function withoutMissing(values: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[j++] = values[i];
  return out;
}
