import type { Dataset } from '../stats/dataset.ts';
import { pickRows } from '../stats/pick-rows.ts';
import { createRng } from '../synth/rng.ts';
import { shuffleFirst } from '../synth/shuffle.ts';

/**
 * Splits the loaded rows into training (what the targets are built from) and a
 * holdout the generator never sees (for the privacy metrics and the quality
 * ceiling). Deterministic in `seed`: a seeded shuffle, then the first
 * `round(share · rows)` shuffled rows are the holdout; both parts keep file order.
 */
export function splitHoldout(dataset: Dataset, options: { share: number; seed: number }): { training: Dataset; holdout: Dataset | null } {
  const { share, seed } = options;
  if (!(share >= 0 && share < 1)) throw new RangeError(`setup: holdout share must be in [0, 1), got ${share}`);
  const n = dataset.rowCount;
  const size = Math.round(share * n);
  if (size === 0) return { training: dataset, holdout: null };
  if (n - size < 2) throw new RangeError(`setup: a holdout of ${size} leaves ${n - size} training rows; lower the holdout share`);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  shuffleFirst(order, { count: size, rng: createRng(seed) });
  const inHoldout = new Uint8Array(n);
  for (let i = 0; i < size; i++) inHoldout[order[i]] = 1;
  const holdoutRows = new Uint32Array(size);
  const trainingRows = new Uint32Array(n - size);
  for (let r = 0, h = 0, t = 0; r < n; r++) {
    if (inHoldout[r]) holdoutRows[h++] = r;
    else trainingRows[t++] = r;
  }
  return { training: pickRows(dataset, trainingRows), holdout: pickRows(dataset, holdoutRows) };
}
