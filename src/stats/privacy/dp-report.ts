/**
 * What differential-privacy mode spent and guarantees, for the report and
 * stats.json. Shares are in the budget's unit: ε (pure ε-DP, δ = 0; shares
 * add up to ε) or ρ (zero-concentrated DP, δ > 0; shares add up to ρ, which
 * implies the (ε, δ) asked for — see budget.ts).
 */
export interface DpReport {
  readonly mechanism: 'laplace' | 'gaussian';
  readonly epsilon: number;
  readonly delta: number;
  readonly unit: 'epsilon' | 'rho';
  /** The whole budget in `unit`: ε itself, or the ρ that (ε, δ) converts to. */
  readonly total: number;
  /** Each numeric column's histogram on its public grid: share of the budget and noise (Laplace b or Gaussian σ). */
  readonly histograms: readonly { readonly column: string; readonly share: number; readonly noise: number }[];
  /** Choosing which pairs get joint tables (absent when the user or planner chose them all). */
  readonly structure?: { readonly share: number };
  /** Share and noise per measured table (a numeric column's marginal is read from its histogram, at no cost). */
  readonly tables: readonly { readonly table: string; readonly share: number; readonly noise: number }[];
  /** The guarantee in plain words. */
  readonly guarantee: string;
}
