import { createRng, MAX_SEED } from './rng.ts';

/**
 * Rows one run holds at most. Asked for more, a run is made as independent
 * runs (chunks) of about equal size, at most this many rows each, every one
 * fitted to the same targets: memory stays a few chunks' whatever the row
 * count, chunks can be made side by side on several cores, and the rows of
 * fitted chunks together fit the targets at least as well as the worst chunk
 * (counts add up, and one chunk's gaps partly cancel another's). The split
 * depends on the row count alone, never on the machine, so a seed gives the
 * same file on one core or eight.
 */
export const CHUNK_ROWS = 500_000;

/** One chunk of a run: which, how many rows, and the seed its own run takes. */
export interface ChunkSpec {
  readonly index: number;
  readonly rows: number;
  readonly seed: number;
}

/**
 * The chunks of a run of `rows` rows: ceil(rows / chunkRows) chunks whose
 * sizes differ by at most one row (the first ones larger). Chunk 0 takes the
 * run's seed, so a run of at most `chunkRows` rows is exactly `synthesize`'s;
 * later chunks take seeds drawn from a stream seeded by it.
 */
export function chunkSpecs(rows: number, seed: number, chunkRows = CHUNK_ROWS): ChunkSpec[] {
  if (!Number.isInteger(chunkRows) || chunkRows < 1) throw new RangeError(`synth: chunk rows must be a whole number ≥ 1, got ${chunkRows}`);
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`synth: rows must be a whole number ≥ 1, got ${rows}`);
  const count = Math.ceil(rows / chunkRows);
  const base = Math.floor(rows / count);
  const larger = rows - base * count;
  const seeds = createRng(seed);
  return Array.from({ length: count }, (_, index) => ({
    index,
    rows: base + (index < larger ? 1 : 0),
    seed: index === 0 ? seed : seeds.int(MAX_SEED + 1),
  }));
}
