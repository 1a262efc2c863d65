import type { Rng } from './rng.ts';

/** Fisher–Yates shuffle in place, from the seeded rng. */
export function shuffleInPlace(values: Uint32Array, rng: Rng): Uint32Array {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
  return values;
}

/**
 * Partial Fisher–Yates in place: only the first `count` places are shuffled,
 * which makes them a uniform sample without replacement of all the values
 * (the rest keep what is left, in no useful order).
 */
export function shuffleFirst(values: Uint32Array, options: { readonly count: number; readonly rng: Rng }): Uint32Array {
  const { count, rng } = options;
  for (let i = 0; i < Math.min(count, values.length); i++) {
    const j = i + rng.int(values.length - i);
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
  return values;
}
