import { normalCdf } from '../dependence/normal-distribution.ts';

/**
 * Noise for differential privacy from a uniform source in [0, 1) (src/stats
 * takes its randomness as an argument, seeded by the caller).
 */
export type Uniform = () => number;

/** Laplace(0, scale) by inversion. */
export function laplace(random: Uniform, scale: number): number {
  const u = random() - 0.5;
  return -scale * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
}

/** N(0, sd²) by Box–Muller. */
export function gaussian(random: Uniform, sd: number): number {
  const u = 1 - random();
  return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * The smallest σ for which the Gaussian mechanism with L2 sensitivity `sensitivity`
 * is (ε, δ)-DP, for any ε > 0 (analytic Gaussian mechanism, Balle & Wang 2018,
 * Theorem 8): δ(σ) = Φ(Δ/2σ − εσ/Δ) − e^ε Φ(−Δ/2σ − εσ/Δ), found by bisection.
 */
export function analyticGaussianSigma(options: { epsilon: number; delta: number; sensitivity?: number }): number {
  const { epsilon, delta } = options;
  const d = options.sensitivity ?? 1;
  const deltaOf = (sigma: number) =>
    normalCdf(d / (2 * sigma) - (epsilon * sigma) / d) - Math.exp(epsilon) * normalCdf(-d / (2 * sigma) - (epsilon * sigma) / d);
  let lo = 1e-6;
  let hi = 1;
  while (deltaOf(hi) > delta) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (deltaOf(mid) > delta) lo = mid;
    else hi = mid;
  }
  return hi;
}
