import { mix32 } from './mix32.ts';

/**
 * A seeded uniform random sample of `size` of the row indexes 0..rowCount-1,
 * without replacement, returned in file order: every row gets a 32-bit hash
 * of (seed, row) (murmur3's finaliser), and the rows with the smallest hashes
 * are the sample. Same seed, same rows; different seeds give unrelated
 * samples; no rng state, so it belongs to the metrics and needs nothing from
 * the synthesiser. Linear in rowCount: only rows under a hash threshold (about
 * 1.25 × size of them) are sorted. All rows when rowCount <= size.
 */
export function seededSample(rowCount: number, size: number, seed: number): Uint32Array {
  const want = Math.min(rowCount, Math.max(0, Math.floor(size)));
  if (want === rowCount) return Uint32Array.from({ length: rowCount }, (_, r) => r);
  const salt = mix32(Math.trunc(seed) >>> 0);
  const hash = (row: number) => mix32((mix32(row) ^ salt) >>> 0);
  // Expect 1.25 × want + 64 rows under the threshold; widen it in the rare case fewer fall under it.
  for (let share = Math.min(1, (want * 1.25 + 64) / rowCount); ; share = Math.min(1, share * 2)) {
    const threshold = share * 4294967296;
    const rows: number[] = [];
    for (let r = 0; r < rowCount; r++) if (hash(r) < threshold) rows.push(r);
    if (rows.length < want && share < 1) continue;
    const keys = new Map(rows.map((r) => [r, hash(r)]));
    const chosen = rows.sort((a, b) => keys.get(a)! - keys.get(b)! || a - b).slice(0, want);
    return Uint32Array.from(chosen).sort();
  }
}
