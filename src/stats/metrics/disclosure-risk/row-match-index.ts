import { RowHashGroups, rowHash, rowHashes } from './row-hash-groups.ts';

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

/**
 * An index of the real rows for NewRowSynthesis's match test (a synthetic row
 * matches a real row equal on every category and within `tolerance` relative
 * to the synthetic value on every number). Real rows are grouped by a hash of
 * their categories (RowHashGroups) and, within a group, sorted by the first
 * numeric column (missing last), so a lookup binary-searches the tolerance
 * window of that column and tests only the rows inside it, categories
 * included (hashes may collide): the same answer as a scan of every real row,
 * in about O((real + synthetic) log real) rather than O(real × synthetic).
 *
 * A numeric column whose matches can only be exact — whole numbers whose
 * tolerance stays under one (age, hours per week at 1%), or any number at
 * tolerance 0 — is hashed with the categories instead (exactCodes): on 1M
 * Adult-like rows, sorting by age left each lookup thousands of tied rows to
 * test, and the check took 25 of evaluate's 42 s.
 */
export class RowMatchIndex {
  private readonly groups: RowHashGroups;
  /** The grouped rows' first numeric value (aligned with groups.rows), sorted within each group, NaN last. */
  private readonly keys: Float64Array;
  /** Per group: where its rows missing the first numeric value begin. */
  private readonly missingFrom: Uint32Array;
  private readonly realCategories: Uint32Array[];
  private readonly synCategories: Uint32Array[];
  /** The numeric column the groups are sorted by: the first that is not hashed; null when every one is. */
  private readonly key: NumericPair | null;

  constructor(
    private readonly numeric: readonly NumericPair[],
    private readonly categorical: readonly CategoricalPair[],
    private readonly tolerance: number,
    realRows: number,
  ) {
    const exact = numeric.map((c) => exactCodes(c, tolerance));
    const hashed = [...categorical, ...exact.filter((c): c is CategoricalPair => c !== null)];
    this.realCategories = hashed.map((c) => c.real);
    this.synCategories = hashed.map((c) => c.syn);
    this.groups = new RowHashGroups(rowHashes(this.realCategories, realRows));
    this.key = numeric.find((_, i) => exact[i] === null) ?? null;
    const { rows, start } = this.groups;
    const first = this.key?.real;
    this.keys = new Float64Array(rows.length);
    this.missingFrom = new Uint32Array(this.groups.size);
    for (let g = 0; g < this.groups.size; g++) {
      const group = rows.subarray(start[g], start[g + 1]);
      if (first && group.length > 1) group.sort((a, b) => order(first[a], first[b]));
      let missing = start[g + 1];
      for (let k = start[g]; k < start[g + 1]; k++) {
        this.keys[k] = first ? first[rows[k]] : 0;
        if (Number.isNaN(this.keys[k]) && missing === start[g + 1]) missing = k;
      }
      this.missingFrom[g] = missing;
    }
  }

  /** Whether synthetic row `row` matches some real row. */
  has(row: number): boolean {
    const g = this.groups.find(rowHash(this.synCategories, row));
    if (g < 0) return false;
    const from = this.groups.start[g];
    const to = this.groups.start[g + 1];
    const missing = this.missingFrom[g];
    if (this.key === null) return this.any(row, from, to);
    const s = this.key.syn[row];
    if (Number.isNaN(s)) return this.any(row, missing, to);
    const tol = Math.abs(this.tolerance * s);
    if (!Number.isFinite(tol)) return this.any(row, from, missing);
    // A slightly wider window than the test: matches() decides at the edges.
    const slack = tol * 1e-9 + Math.abs(s) * 4 * Number.EPSILON;
    const lo = s - tol - slack;
    const hi = s + tol + slack;
    for (let k = lowerBound(this.keys, lo, from, missing); k < missing && this.keys[k] <= hi; k++) {
      if (this.matches(row, this.groups.rows[k])) return true;
    }
    return false;
  }

  private any(row: number, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.matches(row, this.groups.rows[k])) return true;
    return false;
  }

  private matches(row: number, candidate: number): boolean {
    for (const c of this.categorical) if (c.syn[row] !== c.real[candidate]) return false;
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

/** A synthetic value no real row holds (exactCodes). */
const NO_MATCH = 0xffffffff;

/**
 * A numeric column as codes, when a synthetic value can only match a real one equal to it: tolerance 0, or
 * every value a whole number and the synthetic ones small enough that tolerance × |value| < 1. Missing values
 * share a code (they match each other only); a synthetic value no real row holds gets NO_MATCH. Null otherwise.
 */
function exactCodes(column: NumericPair, tolerance: number): CategoricalPair | null {
  if (tolerance !== 0) {
    let most = 0;
    for (const v of column.syn) {
      if (Number.isNaN(v)) continue;
      if (!Number.isInteger(v)) return null;
      most = Math.max(most, Math.abs(v));
    }
    if (!(Math.abs(tolerance) * most < 1)) return null;
    for (const v of column.real) if (!Number.isNaN(v) && !Number.isInteger(v)) return null;
  }
  // Map keys compare as SameValueZero: NaN meets NaN, and 0 meets −0, as |r − s| ≤ 0 would have it.
  const codes = new Map<number, number>();
  const real = Uint32Array.from(column.real, (v) => {
    let code = codes.get(v);
    if (code === undefined) codes.set(v, (code = codes.size));
    return code;
  });
  const syn = Uint32Array.from(column.syn, (v) => codes.get(v) ?? NO_MATCH);
  return { real, syn };
}

/** Ascending, NaN last, ties in file order (stable sort keeps it). */
function order(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

/** First index in [lo, hi) whose key is >= value (keys sorted ascending there). */
function lowerBound(keys: Float64Array, value: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
