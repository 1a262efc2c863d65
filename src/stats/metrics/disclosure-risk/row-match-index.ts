/** One evaluated numeric column: the real and the synthetic values. */
export interface NumericPair {
  readonly real: Float64Array;
  readonly syn: Float64Array;
}

/** One evaluated categorical column: codes in a shared code space. */
export interface CategoricalPair {
  readonly real: Uint32Array;
  readonly syn: Uint32Array;
}

interface Bucket {
  /** Real rows with a number in the first numeric column, sorted by it. */
  readonly rows: Uint32Array;
  readonly keys: Float64Array;
  /** Real rows missing the first numeric column. */
  readonly missing: Uint32Array;
}

/**
 * An index of the real rows for NewRowSynthesis's match test (a synthetic row
 * matches a real row equal on every category and within `tolerance` relative
 * to the synthetic value on every number). Real rows are grouped by their
 * categories (hashing) and, within a group, sorted by the first numeric
 * column, so a lookup binary-searches the tolerance window of that column and
 * tests only the rows inside it: the same answer as a scan of every real row,
 * in about O((real + synthetic) log real) rather than O(real × synthetic).
 */
export class RowMatchIndex {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly numeric: readonly NumericPair[],
    private readonly categorical: readonly CategoricalPair[],
    private readonly tolerance: number,
    realRows: number,
  ) {
    const groups = new Map<string, number[]>();
    for (let r = 0; r < realRows; r++) {
      const key = this.key('real', r);
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
    const first = numeric[0]?.real;
    for (const [key, group] of groups) {
      const present = first ? group.filter((r) => !Number.isNaN(first[r])) : group;
      if (first) present.sort((a, b) => first[a] - first[b]);
      this.buckets.set(key, {
        rows: Uint32Array.from(present),
        keys: Float64Array.from(present, (r) => (first ? first[r] : 0)),
        missing: Uint32Array.from(first ? group.filter((r) => Number.isNaN(first[r])) : []),
      });
    }
  }

  /** Whether synthetic row `row` matches some real row. */
  has(row: number): boolean {
    const bucket = this.buckets.get(this.key('syn', row));
    if (!bucket) return false;
    if (this.numeric.length === 0) return bucket.rows.length > 0;
    const s = this.numeric[0].syn[row];
    if (Number.isNaN(s)) return bucket.missing.some((r) => this.matches(row, r));
    const tol = Math.abs(this.tolerance * s);
    if (!Number.isFinite(tol)) return bucket.rows.some((r) => this.matches(row, r));
    // A slightly wider window than the test: matches() decides at the edges.
    const slack = tol * 1e-9 + Math.abs(s) * 4 * Number.EPSILON;
    const lo = s - tol - slack;
    const hi = s + tol + slack;
    for (let i = lowerBound(bucket.keys, lo); i < bucket.keys.length && bucket.keys[i] <= hi; i++) {
      if (this.matches(row, bucket.rows[i])) return true;
    }
    return false;
  }

  private key(side: 'real' | 'syn', row: number): string {
    let key = '';
    for (const c of this.categorical) key += c[side][row] + ',';
    return key;
  }

  private matches(row: number, candidate: number): boolean {
    for (const c of this.numeric) {
      const s = c.syn[row];
      const r = c.real[candidate];
      if (Number.isNaN(s)) {
        if (!Number.isNaN(r)) return false;
      } else if (!(Math.abs(r - s) <= Math.abs(this.tolerance * s))) return false;
    }
    return true;
  }
}

/** First index whose key is >= value (keys sorted ascending). */
function lowerBound(keys: Float64Array, value: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
