import type { Evaluation, RunReportData, Utility } from '../../src/workers/synth-api.ts';

/** An evaluation of the given overall quality, with awkward names (a column called <script>) and privacy scores. */
export const evaluation = (quality: number): Evaluation => ({
  quality,
  qualityWithoutThreshold: quality,
  columnShapes: 0.9,
  columnPairTrends: 0.7,
  columnPairTrendsWithoutThreshold: 0.66,
  columns: { '<script>': { metric: 'TVComplement', score: 0.95 }, Mass: { metric: 'KSComplement', score: 0.85 } },
  pairs: { '<script>|Mass': { metric: 'ContingencySimilarity', score: null, scoreWithoutThreshold: 0.612 } },
  newRowSynthesis: 1,
  privacy: {
    ims: 0,
    imsHoldout: 0.01,
    dcrShare: 0.52,
    nndr: 0.9123,
    dcrShareError: 0.005,
    nndrError: 0,
    sample: { synthetic: 5000, syntheticRows: 1200000, reference: 5000, trainingRows: 1000000, holdoutRows: 200000 },
  },
});

/** A finished run's report: quality between its floor and ceiling, privacy, disclosure control. */
export const report: RunReportData = {
  rows: 1200,
  iterations: 17,
  meanTvd: 0.01234,
  tables: [{ table: '<script> × Mass', tvd: 0.02 }],
  ruleViolations: 3,
  evaluation: evaluation(0.811),
  ceiling: evaluation(0.923),
  floor: evaluation(0.456),
  comparisonSamples: { seed: 42, training: { rows: 50_000, of: 1_000_000 }, holdout: { rows: 50_000, of: 250_000 }, baseline: { rows: 1_200, of: 1_200 } },
  overlays: [],
  disclosure: { minCount: 5, pooledCategories: [{ column: '<script>', categories: 2 }], suppressedCells: [] },
  dp: null,
  utilityTargets: [],
  related: null,
  scenarios: [],
  flows: null,
  time: null,
};

/** A utility result for income (two classes, >50K positive), the models having learnt from a sample of the rows. */
export const utility: Utility = {
  target: 'income',
  task: 'binary',
  classes: ['<=50K', '>50K'],
  positive: '>50K',
  learner: 'Random forest',
  rows: { synthetic: 10_000, real: 8000, holdout: 2000 },
  learntFrom: { synthetic: 1000, real: 1000 },
  trainedOnSynthetic: { f1: 0.5, rocAuc: 0.8 },
  trainedOnReal: { f1: 0.6, rocAuc: 0.9 },
};
