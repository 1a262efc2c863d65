/** The parts of a fixture's expected.json the tests read (see test/fixtures/sdmetrics/README.md). */
export interface ExpectedFixture {
  column_shapes: { score: number; columns: { column: string; metric: string; score: number | null }[] };
  column_pair_trends: {
    score: number | null;
    score_without_threshold: number | null;
    pairs: {
      column_1: string;
      column_2: string;
      kind: string;
      metric: string;
      score: number | null;
      meets_threshold: boolean;
      score_without_threshold: number | null;
      real_correlation?: number | null;
      synthetic_correlation?: number | null;
      real_association?: number | null;
    }[];
    mixed_pair_bin_edges?: { columns: Record<string, { real: number[]; synthetic: number[] }> };
  };
  quality_score: number;
  quality_score_without_threshold: number;
  new_row_synthesis: { score: number; num_new_rows: number; num_matched_rows: number };
}

/** null in expected.json means SDMetrics returned NaN. */
export function fromJson(v: number | null | undefined): number {
  return v === null || v === undefined ? Number.NaN : v;
}
