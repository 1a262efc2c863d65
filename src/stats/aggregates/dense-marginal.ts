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
