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
 * With `perValue` (a table's axis), a column of no more distinct values
 * than bins (a count: household size, children, vehicles) gets one bin per
 * value: quantile edges would leave the two largest values in the closed
 * last bin (sizes 4 and 5 as one cell, and a household's members drawn for
 * the wrong one), so the last two values are parted halfway between them
 * and every other edge is a value. The outer edges stay the (trimmed) least
 * and largest values.
 * All-missing → no edges (only the missing cell); constant → [v, v], one closed bin.
 */
export function quantileEdges(values: Float64Array, count: number = DEFAULT_BIN_COUNT, options: { trim?: number; perValue?: boolean } = {}): Float64Array {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`bins: count must be a positive integer, got ${count}`);
  const present = withoutMissing(values);
  const n = present.length;
  if (n === 0) return new Float64Array(0);
  // Disclosure control: with trim t the outer edges are the (t+1)-th smallest and largest values, so no
  // single record's extreme value is published (values beyond them are counted in the outer bins).
  const trim = Math.max(0, Math.min(options.trim ?? 0, Math.floor((n - 1) / 2)));
  const span = n - 1 - 2 * trim;
  const few = options.perValue ? valueEdges(present, { count, trim }) : null;
  if (few) return few;
  const positions = Array.from({ length: count + 1 }, (_, i) => trim + Math.floor((i * span) / count));
  const at = orderStatistics(present, positions);
  if (at[0] === at[count]) return Float64Array.of(at[0], at[0]);
  if (at.every((v, i) => i === 0 || v > at[i - 1])) return Float64Array.from(at);
  return spikeAwareEdges(present.sort(), { count, lo: trim, hi: n - 1 - trim });
}

/**
 * One bin per value when the values between the trimmed ends (positions
 * trim and n − 1 − trim of the sorted values) are at most `count` distinct
 * ones; null otherwise. Stops reading at count + 2·trim + 1 distinct values,
 * so continuous columns cost little.
 */
function valueEdges(present: Float64Array, options: { count: number; trim: number }): Float64Array | null {
  const { count, trim } = options;
  const tally = new Map<number, number>();
  for (let i = 0; i < present.length; i++) {
    const v = present[i];
    tally.set(v, (tally.get(v) ?? 0) + 1);
    if (tally.size > count + 2 * trim + 1) return null;
  }
  const values = [...tally.keys()].sort((a, b) => a - b);
  let lo = 0;
  for (let seen = tally.get(values[0]) ?? 0; seen <= trim && lo + 1 < values.length; seen += tally.get(values[lo]) ?? 0) lo++;
  let hi = values.length - 1;
  for (let seen = tally.get(values[hi]) ?? 0; seen <= trim && hi - 1 > lo; seen += tally.get(values[hi]) ?? 0) hi--;
  const kept = values.slice(lo, hi + 1);
  if (kept.length > count) return null;
  if (kept.length === 1) return Float64Array.of(kept[0], kept[0]);
  const k = kept.length;
  return Float64Array.from([...kept.slice(0, k - 1), (kept[k - 2] + kept[k - 1]) / 2, kept[k - 1]]);
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
