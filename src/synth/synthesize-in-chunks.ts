import type { Dataset } from '../stats/dataset.ts';
import { createRng, MAX_SEED } from './rng.ts';
import { synthesize, type SynthesizeOptions } from './synthesize.ts';

/**
 * Rows one run holds in memory. Asked for more, a run is made as independent
 * runs of at most this many rows, each fitted to the same targets, so memory
 * stays that of one chunk whatever the row count; the rows of fitted chunks
 * together fit the targets at least as well as the worst chunk (counts add up,
 * and each chunk's gaps partly cancel another's).
 */
export const CHUNK_ROWS = 1_000_000;

export interface Chunk {
  readonly index: number;
  readonly seed: number;
  readonly dataset: Dataset;
  readonly iterations: number;
  readonly elapsedMs: number;
  /** The last iteration's mean TVD of this chunk against the targets. */
  readonly meanTvd: number;
}

/**
 * The chunks of a large run, made one at a time as the caller asks for them
 * (so a writer can drop one before the next is made). Chunk 0 takes the run's
 * seed, so a run of at most `chunkRows` rows is exactly `synthesize`'s; later
 * chunks take seeds drawn from a stream seeded by it.
 */
export async function* synthesizeInChunks(options: SynthesizeOptions & { readonly chunkRows?: number }): AsyncGenerator<Chunk, void, undefined> {
  const { chunkRows = CHUNK_ROWS, rows, seed, ...rest } = options;
  if (!Number.isInteger(chunkRows) || chunkRows < 1) throw new RangeError(`synth: chunk rows must be a whole number ≥ 1, got ${chunkRows}`);
  const seeds = createRng(seed);
  for (let index = 0, done = 0; done < rows; index++) {
    const n = Math.min(chunkRows, rows - done);
    const chunkSeed = index === 0 ? seed : seeds.int(MAX_SEED + 1);
    const result = await synthesize({ ...rest, rows: n, seed: chunkSeed });
    done += n;
    yield {
      index,
      seed: chunkSeed,
      dataset: result.dataset,
      iterations: result.iterations,
      elapsedMs: result.elapsedMs,
      meanTvd: result.history.at(-1)?.meanTvd ?? 0,
    };
  }
}
