import type { Dataset } from '../dataset.ts';
import type { ColumnShapeMetric } from './column-shapes.ts';
import type { PairTrend } from './column-pair-trends.ts';
import { jsonScore as json, type Score } from './json-score.ts';
import { newRowSynthesis } from './disclosure-risk/new-row-synthesis.ts';
import { disclosureRisk, type DistanceSample } from './disclosure-risk/disclosure-risk.ts';
import { qualityReport } from './quality-report.ts';
import type { ProgressLine } from './progress-line.ts';

export interface Evaluation {
  readonly quality: Score;
  readonly qualityWithoutThreshold: Score;
  readonly columnShapes: Score;
  readonly columnPairTrends: Score;
  readonly columnPairTrendsWithoutThreshold: Score;
  readonly columns: Record<string, { readonly metric: ColumnShapeMetric; readonly score: Score }>;
  /**
   * Keyed "<a>|<b>" in schema column order; `score` is null where SDMetrics leaves the pair out. `real` and
   * `synthetic` are the pair's association in each dataset (pairAssociation); absent in reports saved before.
   */
  readonly pairs: Record<string, PairEvaluation>;
  readonly newRowSynthesis: Score;
  /** Disclosure risk (disclosureRisk), only when a holdout is given; keyed "privacy" in the CLI's JSON and the report. */
  readonly privacy?: {
    readonly ims: Score;
    readonly imsHoldout: Score;
    readonly dcrShare: Score;
    readonly nndr: Score;
    /** Standard errors of dcrShare and nndr from sampling synthetic rows; 0 when exact. */
    readonly dcrShareError: Score;
    readonly nndrError: Score;
    readonly sample: DistanceSample;
  };
}

export interface PairEvaluation {
  readonly metric: PairTrend['metric'];
  readonly score: Score;
  readonly scoreWithoutThreshold: Score;
  readonly real?: Score;
  readonly synthetic?: Score;
}

/**
 * How strongly a pair's columns go together in each dataset: Pearson's r (−1 to 1) for a pair scored by
 * CorrelationSimilarity, Cramér's V (0 to 1) for one scored by ContingencySimilarity.
 */
function pairAssociation(p: PairTrend): { real: Score; synthetic: Score } {
  return p.metric === 'CorrelationSimilarity'
    ? { real: json(p.realCorrelation ?? Number.NaN), synthetic: json(p.syntheticCorrelation ?? Number.NaN) }
    : { real: json(p.realAssociation ?? Number.NaN), synthetic: json(p.syntheticAssociation ?? Number.NaN) };
}

export interface EvaluateOptions {
  readonly real: Dataset;
  readonly synthetic: Dataset;
  /** Real rows the generator never saw, for the disclosure-risk metrics. */
  readonly holdout?: Dataset;
  /** The distance metrics' random sample: at most `rows` rows a side (default 5,000), drawn with `seed` (default 0). */
  readonly privacySample?: { readonly rows?: number; readonly seed?: number };
  /** Hears a line before each step: each column and pair, new-row synthesis, privacy. */
  readonly onProgress?: ProgressLine;
}

/**
 * Fidelity (SDMetrics 0.29.0 QualityReport and NewRowSynthesis) and, with a
 * holdout, disclosure risk of a synthetic dataset. Synthetic and holdout must be
 * encoded with the real data's schema.
 */
export function evaluate({ real, synthetic, holdout, privacySample, onProgress }: EvaluateOptions): Evaluation {
  const report = qualityReport(real, synthetic, onProgress);
  const columns: Evaluation['columns'] = {};
  for (const c of report.columnShapes.columns) columns[c.column] = { metric: c.metric, score: json(c.score) };
  const pairs: Evaluation['pairs'] = {};
  for (const p of report.columnPairTrends.pairs) {
    pairs[`${p.column1}|${p.column2}`] = {
      metric: p.metric,
      score: json(p.score),
      scoreWithoutThreshold: json(p.scoreWithoutThreshold),
      ...pairAssociation(p),
    };
  }
  onProgress?.('scoring new rows (matches with real rows)');
  const newRows = newRowSynthesis({ real, synthetic }).score;
  const evaluation: Evaluation = {
    quality: json(report.score),
    qualityWithoutThreshold: json(report.scoreWithoutThreshold),
    columnShapes: json(report.columnShapes.score),
    columnPairTrends: json(report.columnPairTrends.score),
    columnPairTrendsWithoutThreshold: json(report.columnPairTrends.scoreWithoutThreshold),
    columns,
    pairs,
    newRowSynthesis: json(newRows),
  };
  if (!holdout) return evaluation;
  onProgress?.('scoring privacy: identical matches and distances');
  const risk = disclosureRisk({ training: real, synthetic, holdout, rowLimit: privacySample?.rows, seed: privacySample?.seed });
  return {
    ...evaluation,
    privacy: {
      ims: json(risk.ims),
      imsHoldout: json(risk.imsHoldout),
      dcrShare: json(risk.dcrShare),
      nndr: json(risk.nndr),
      dcrShareError: json(risk.dcrShareError),
      nndrError: json(risk.nndrError),
      sample: risk.sample,
    },
  };
}
