import type { Uniform } from './noise.ts';

/** Index i with probability ∝ exp(ε·score_i / (2Δ)), by the Gumbel-max trick on a uniform source. */
export function exponentialMechanism(options: { scores: readonly number[]; epsilon: number; sensitivity: number; random: Uniform }): number {
  const { scores, epsilon, sensitivity, random } = options;
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  scores.forEach((s, i) => {
    const u = Math.max(Number.MIN_VALUE, random());
    const value = (epsilon * s) / (2 * sensitivity) - Math.log(-Math.log(u));
    if (value > bestValue) {
      bestValue = value;
      best = i;
    }
  });
  return best;
}
