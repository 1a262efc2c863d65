import { xgboostLearner } from '../../src/cli/xgboost-learner.ts';
import type { Dataset } from '../../src/stats/dataset.ts';
import { evaluate } from '../../src/stats/metrics/evaluate.ts';
import { identicalMatchShare } from '../../src/stats/metrics/disclosure-risk/identical-match-share.ts';
import { trainSyntheticTestReal } from '../../src/stats/metrics/utility/train-synthetic-test-real.ts';
import { jsonScore, type Score } from '../../src/stats/metrics/json-score.ts';
import { twoWayMarginalError } from '../../src/stats/metrics/two-way-marginal-error.ts';

/** What the benchmark reports per method; null where a score does not apply or is undefined. */
export interface RunScores {
  readonly quality: Score;
  readonly columnShapes: Score;
  /** The thresholded one, as `synth evaluate` prints it. */
  readonly columnPairTrends: Score;
  readonly newRowSynthesis: Score;
  readonly dcrShare: Score;
  /** Share of rows identical to a training row. */
  readonly identicalMatches: Score;
  readonly tstrF1: Score;
  readonly tstrRocAuc: Score;
  /** Average total-variation distance over every two-way marginal (lower is better; MST's workload error). */
  readonly twoWayError: Score;
}

export const SCORE_NAMES = [
  'quality',
  'columnShapes',
  'columnPairTrends',
  'newRowSynthesis',
  'dcrShare',
  'identicalMatches',
  'tstrF1',
  'tstrRocAuc',
  'twoWayError',
] as const;

export interface ScoreRunOptions {
  readonly training: Dataset;
  readonly synthetic: Dataset;
  readonly holdout: Dataset;
  readonly utility?: { readonly target: string; readonly positive: string };
}

/**
 * Scores a synthetic table as `synth evaluate --holdout [--target]` does, and
 * also returns what the model trained on the real rows scored (the TSTR ceiling).
 */
export async function scoreRun({ training, synthetic, holdout, utility }: ScoreRunOptions): Promise<{ scores: RunScores; trainedOnReal: RunScores }> {
  const e = evaluate({ real: training, synthetic, holdout });
  const u = utility ? await trainSyntheticTestReal({ real: training, synthetic, holdout, ...utility, learner: xgboostLearner }) : undefined;
  const scores: RunScores = {
    quality: e.quality,
    columnShapes: e.columnShapes,
    columnPairTrends: e.columnPairTrends,
    newRowSynthesis: e.newRowSynthesis,
    dcrShare: e.privacy?.dcrShare ?? null,
    identicalMatches: e.privacy?.ims ?? null,
    tstrF1: u?.trainedOnSynthetic.f1 ?? null,
    tstrRocAuc: u?.trainedOnSynthetic.rocAuc ?? null,
    twoWayError: jsonScore(twoWayMarginalError({ real: training, synthetic })),
  };
  return { scores, trainedOnReal: { ...NONE, tstrF1: u?.trainedOnReal.f1 ?? null, tstrRocAuc: u?.trainedOnReal.rocAuc ?? null } };
}

const NONE: RunScores = {
  quality: null,
  columnShapes: null,
  columnPairTrends: null,
  newRowSynthesis: null,
  dcrShare: null,
  identicalMatches: null,
  tstrF1: null,
  tstrRocAuc: null,
  twoWayError: null,
};

/**
 * The ceiling: the held-out real rows scored against the training rows, as if
 * they were a synthetic table. DCR share needs a third real sample, so it is
 * left out; identical matches are the holdout rows equal to a training row.
 */
export function scoreCeiling({ training, holdout }: { training: Dataset; holdout: Dataset }): RunScores {
  const e = evaluate({ real: training, synthetic: holdout });
  return {
    ...NONE,
    quality: e.quality,
    columnShapes: e.columnShapes,
    columnPairTrends: e.columnPairTrends,
    newRowSynthesis: e.newRowSynthesis,
    identicalMatches: identicalMatchShare({ training, other: holdout }),
    twoWayError: jsonScore(twoWayMarginalError({ real: training, synthetic: holdout })),
  };
}
