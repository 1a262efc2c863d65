import type { RunScores } from './score-run.ts';

/**
 * Figures measured outside the project, copied from the shared notes
 * (peers/real-tables.md, 2026-12): SDV is not installable from the registries
 * these machines reach. SDV 1.38 (GaussianCopula defaults; TVAE 300 epochs,
 * CTGAN 100 epochs), scored with the SDMetrics Quality report, each synthetic
 * table the size of the training half, medians of 3 seeds; TSTR with LightGBM
 * 4.7 defaults. Same tables and splits as here (Adult train / test; penguins
 * split by numpy default_rng(0).permutation, 172 / 172). None for
 * seattle-weather. The Private-PGM MST rows (McKenna et al. 2021) come from
 * the project's issue on fidelity (#10), measured side by side on the same
 * Adult split: two-way error = average TV over all 105 two-way marginals.
 */
export interface PeerRow {
  readonly method: string;
  readonly scores: Partial<RunScores>;
}

export const PEERS: Readonly<Record<string, readonly PeerRow[]>> = {
  adult: [
    { method: 'real test half (ceiling)', scores: { quality: 0.985, columnShapes: 0.99, columnPairTrends: 0.979 } },
    { method: 'train on real (LightGBM)', scores: { tstrF1: 0.691, tstrRocAuc: 0.92 } },
    { method: 'independent marginals (floor)', scores: { quality: 0.879, columnShapes: 0.994, columnPairTrends: 0.764, tstrF1: 0.009, tstrRocAuc: 0.49 } },
    { method: 'SDV GaussianCopula', scores: { quality: 0.825, columnShapes: 0.898, columnPairTrends: 0.753, tstrF1: 0.04, tstrRocAuc: 0.796 } },
    {
      method: 'Synthor 0.1.0 defaults',
      scores: { quality: 0.954, columnShapes: 0.997, columnPairTrends: 0.911, tstrF1: 0.284, tstrRocAuc: 0.768, twoWayError: 0.07 },
    },
    { method: 'Private-PGM MST, ε = 1', scores: { columnShapes: 0.97, columnPairTrends: 0.938, tstrRocAuc: 0.81, twoWayError: 0.068 } },
    { method: 'Private-PGM MST, ε = 4', scores: { tstrRocAuc: 0.83, twoWayError: 0.049 } },
    { method: 'Private-PGM MST, ε = 1000', scores: { twoWayError: 0.04 } },
  ],
  penguins: [
    { method: 'real holdout half (ceiling)', scores: { quality: 0.898, columnShapes: 0.951, columnPairTrends: 0.845 } },
    { method: 'independent marginals (floor)', scores: { quality: 0.791, columnShapes: 0.951, columnPairTrends: 0.621 } },
    { method: 'SDV GaussianCopula', scores: { quality: 0.815, columnShapes: 0.927, columnPairTrends: 0.704 } },
    { method: 'SDV TVAE (300 epochs)', scores: { quality: 0.826, columnShapes: 0.9, columnPairTrends: 0.753 } },
    { method: 'SDV CTGAN (100 epochs)', scores: { quality: 0.73, columnShapes: 0.886, columnPairTrends: 0.573 } },
    { method: 'Synthor 0.1.0 defaults', scores: { quality: 0.818, columnShapes: 0.948, columnPairTrends: 0.688 } },
  ],
};
