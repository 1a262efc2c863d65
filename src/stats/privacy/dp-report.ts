/** What differential-privacy mode spent and guarantees, for the report and stats.json. */
export interface DpReport {
  readonly mechanism: 'laplace' | 'gaussian';
  readonly epsilon: number;
  readonly delta: number;
  /** Budget spent on each numeric column's bin edges (Laplace, from public bounds). */
  readonly edges: readonly { readonly column: string; readonly epsilon: number }[];
  /** Budget spent choosing which pairs get joint tables (absent when the user or planner chose them). */
  readonly structure?: { readonly epsilon: number };
  /** Budget and noise per table (Laplace scale b or Gaussian σ). */
  readonly tables: readonly { readonly table: string; readonly epsilon: number; readonly delta: number; readonly noise: number }[];
  /** The guarantee in plain words. */
  readonly guarantee: string;
}
