import { createRng } from '../../synth/rng.ts';
import { shuffleFirst } from '../../synth/shuffle.ts';

/**
 * `count` of the rows 0 … rows−1 drawn without replacement from a seeded rng
 * (a partial Fisher–Yates shuffle), in row order; all rows when there are no
 * more than `count`. The same arguments give the same rows.
 */
export function sampleRows(rows: number, options: { readonly count: number; readonly seed: number }): Uint32Array {
  const { count, seed } = options;
  const order = Uint32Array.from({ length: rows }, (_, r) => r);
  if (rows <= count) return order;
  shuffleFirst(order, { count, rng: createRng(seed) });
  return order.subarray(0, count).sort();
}
