/**
 * Deterministic subsample by fixed stride: row floor(k * n / limit) for
 * k = 0..limit-1, so the rows are spread evenly over the file and the result
 * is the same on every run (no rng, nothing to seed). All rows when n <= limit.
 */
export function strideSample(rowCount: number, limit: number): Uint32Array {
  const size = Math.min(rowCount, Math.max(0, Math.floor(limit)));
  const rows = new Uint32Array(size);
  for (let k = 0; k < size; k++) rows[k] = Math.floor((k * rowCount) / size);
  return rows;
}
