import { InputError } from '../input-error.ts';

/**
 * Counts (or unnormalised weights) → probabilities summing to 1, so the
 * distance functions accept raw table counts as well as shares. Throws on a
 * negative or non-finite entry and on an all-zero vector (no distribution).
 */
export function normalizeCounts(counts: ArrayLike<number>, label = 'distribution'): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!(c >= 0) || !Number.isFinite(c)) throw new InputError(`${label}: entry ${i} is ${c}; counts must be finite and non-negative`);
    total += c;
  }
  if (total === 0) throw new InputError(`${label}: all ${counts.length} entries are 0; a distribution needs some mass`);
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = counts[i] / total;
  return out;
}

/** Both vectors must index the same cells. */
export function assertSameLength(p: ArrayLike<number>, q: ArrayLike<number>, metric: string): void {
  if (p.length !== q.length) throw new InputError(`${metric}: the distributions have ${p.length} and ${q.length} cells; pass counts over the same cells`);
}
