/**
 * Marginals of dense row-major tables (the last axis fastest): `keep` lists
 * the axes kept, in the order the marginal holds them.
 */
export function marginalOf(table: Float64Array, sizes: readonly number[], keep: readonly number[]): Float64Array {
  const out = new Float64Array(keep.reduce((n, k) => n * sizes[k], 1));
  forEachCell(sizes, keep, (flat, kept) => (out[kept] += table[flat]));
  return out;
}

/**
 * Calls `visit(flat, kept)` for every cell: its flat index in the table and
 * the flat index of its cell in the marginal over `keep`.
 */
export function forEachCell(sizes: readonly number[], keep: readonly number[], visit: (flat: number, kept: number) => void): void {
  const n = sizes.reduce((a, b) => a * b, 1);
  const coords = new Array<number>(sizes.length).fill(0);
  for (let flat = 0; flat < n; flat++) {
    let kept = 0;
    for (const k of keep) kept = kept * sizes[k] + coords[k];
    visit(flat, kept);
    for (let j = sizes.length - 1; j >= 0; j--) {
      if (++coords[j] < sizes[j]) break;
      coords[j] = 0;
    }
  }
}

/**
 * Cells scaled so the marginal over `keep` moves from `from` to `to`; where
 * `from` is 0 and `to` is not, the cells get `to` spread as the table's
 * distribution of its other variables.
 */
export function scaledTo(shares: Float64Array, options: { sizes: number[]; keep: number[]; from: Float64Array; to: Float64Array }): Float64Array {
  const { sizes, keep, from, to } = options;
  const rest = sizes.map((_, j) => j).filter((j) => !keep.includes(j));
  const restShares = marginalOf(shares, sizes, rest);
  const restTotal = restShares.reduce((a, b) => a + b, 0);
  const out = new Float64Array(shares.length);
  const restIndex = new Int32Array(shares.length);
  forEachCell(sizes, rest, (flat, r) => (restIndex[flat] = r));
  forEachCell(sizes, keep, (flat, k) => {
    if (from[k] > 0) out[flat] = (shares[flat] * to[k]) / from[k];
    else if (to[k] > 0) out[flat] = rest.length === 0 ? to[k] : restTotal > 0 ? (to[k] * restShares[restIndex[flat]]) / restTotal : 0;
  });
  return out;
}
