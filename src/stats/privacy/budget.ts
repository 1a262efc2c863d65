/**
 * The privacy budget and how it is split over measurements.
 *
 * With δ = 0 every measurement is pure ε-DP (Laplace noise, exponential
 * mechanism) and the ε's add up (sequential composition). With δ > 0 the
 * budget is kept as zero-concentrated DP (Bun & Steinke 2016), as MST and AIM
 * do: (ε, δ) converts to ρ, Gaussian measurements of sensitivity 1 with
 * σ = 1/√(2ρᵢ) cost ρᵢ, an εᵢ-DP exponential mechanism costs εᵢ²/8 (Cesar &
 * Rogers 2021), and the ρᵢ add up to ρ. Adding ρ's instead of splitting (ε, δ)
 * gives each of k tables noise ∝ √k instead of ∝ k.
 */
export interface Budget {
  /** "epsilon": pure ε-DP shares; "rho": zCDP shares. */
  readonly unit: 'epsilon' | 'rho';
  /** Total ε (pure) or ρ (zCDP). */
  readonly total: number;
}

/** The budget (ε, δ) grants: ε itself when δ = 0, else the largest ρ whose zCDP implies (ε, δ)-DP. */
export function budgetOf(options: { epsilon: number; delta: number }): Budget {
  const { epsilon, delta } = options;
  if (!(delta > 0)) return { unit: 'epsilon', total: epsilon };
  return { unit: 'rho', total: rhoFor({ epsilon, delta }) };
}

/**
 * ρ-zCDP implies (ρ + 2√(ρ ln(1/δ)), δ)-DP (Bun & Steinke, Proposition 1.3);
 * solved for ρ: √ρ = √(ln(1/δ) + ε) − √(ln(1/δ)).
 */
export function rhoFor(options: { epsilon: number; delta: number }): number {
  const l = Math.log(1 / options.delta);
  return (Math.sqrt(l + options.epsilon) - Math.sqrt(l)) ** 2;
}

/** The ε that ρ-zCDP implies at δ (the inverse of rhoFor). */
export function epsilonFor(options: { rho: number; delta: number }): number {
  const { rho, delta } = options;
  return rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
}

/**
 * Noise for a count vector of L1 and L2 sensitivity 1 measured with `share`
 * of the budget: the Laplace scale b = 1/εᵢ, or the Gaussian σ = 1/√(2ρᵢ).
 */
export function noiseScale(budget: Budget, share: number): number {
  return budget.unit === 'epsilon' ? 1 / share : 1 / Math.sqrt(2 * share);
}

/** Variance of one noisy count measured with `share` (2b² for Laplace, σ² for Gaussian). */
export function noiseVariance(budget: Budget, share: number): number {
  const s = noiseScale(budget, share);
  return budget.unit === 'epsilon' ? 2 * s * s : s * s;
}

/** The ε an exponential mechanism may use with `share` of the budget. */
export function exponentialEpsilon(budget: Budget, share: number): number {
  return budget.unit === 'epsilon' ? share : Math.sqrt(8 * share);
}
