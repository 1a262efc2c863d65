import { orderStatistics } from './order-statistics.ts';
import { upperBound } from './upper-bound.ts';

/** The paper's number of quantile bins for a numeric column (LLMSynthor §3.1), used for small tables. */
export const DEFAULT_BIN_COUNT = 6;
/** Most bins a column gets by default, however many rows. */
export const MAX_DEFAULT_BIN_COUNT = 32;

/**
 * Bins for a column of `rows` values: the paper's 6 suit its 2,000 rows, not
 * 100,000. The cube root of the rows (Terrell–Scott's oversmoothed histogram
 * rule, n^(1/3) up to a constant) grows the resolution with the data while
 * keeping each bin's share large enough to be supported in joint tables:
 * 6 bins up to ~250 rows, 13 at 2,000, 22 at 10,000, at most 32.
 */
export function defaultBinCount(rows: number): number {
  return Math.min(MAX_DEFAULT_BIN_COUNT, Math.max(DEFAULT_BIN_COUNT, Math.round(Math.cbrt(Math.max(0, rows)))));
}

/**
 * Quantile bin edges of the non-missing values: edge i is the sorted value at
 * position floor(i·(n−1)/count), i = 0…count.
 *
 * Edges are always data values (not interpolated, unlike numpy's default), so each
 * bin [e_i, e_{i+1}) holds at least the value e_i: no bin is ever empty or of zero
 * width. A value repeated over more than a bin's share (a spike: zero capital
 * gains, 40 hours a week) gets a bin of its own, and the positions after it are
 * spread again over the bins left, so the values beside a spike keep their
 * resolution instead of vanishing into it.
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
  if (at.every((v, i) => i === 0 || v > at[i - 1])) return Float64Array.from(at);
  return spikeAwareEdges(present.sort(), { count, lo: trim, hi: n - 1 - trim });
}

/** Quantile edges of sorted values between positions lo and hi, where a repeated value re-spreads the positions after it. */
function spikeAwareEdges(sorted: Float64Array, options: { count: number; lo: number; hi: number }): Float64Array {
  const { count, lo, hi } = options;
  const edges = [sorted[lo]];
  let base = lo;
  let spread = count;
  let step = 1;
  for (let made = 1; made < count; made++, step++) {
    let at = base + Math.floor((step * (hi - base)) / spread);
    const last = edges[edges.length - 1];
    if (sorted[at] <= last) {
      // A spike: the next edge is the first value after it, and the bins left share what follows.
      at = upperBound(sorted, last);
      base = at;
      spread = count - made;
      step = 0;
    }
    if (at >= hi || sorted[at] >= sorted[hi]) break;
    edges.push(sorted[at]);
  }
  edges.push(sorted[hi]);
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
