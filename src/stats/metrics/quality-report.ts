import type { Dataset } from '../dataset.ts';
import { columnPairTrends, type ColumnPairTrends } from './column-pair-trends.ts';
import { columnShapes, type ColumnShapes } from './column-shapes.ts';
import { assertSameColumns } from './evaluated-columns.ts';
import { nanMean } from './nan-mean.ts';
import type { ProgressLine } from './progress-line.ts';

export interface QualityReport {
  /** nanmean of Column Shapes and Column Pair Trends (SDMetrics QualityReport). */
  readonly score: number;
  /** The same with the pair thresholds at 0 (SDMetrics before 0.27.0). */
  readonly scoreWithoutThreshold: number;
  readonly columnShapes: ColumnShapes;
  readonly columnPairTrends: ColumnPairTrends;
}

/** SDMetrics single-table QualityReport, 0.29.0 semantics, default settings; `onProgress` hears of each column and pair. */
export function qualityReport(real: Dataset, synthetic: Dataset, onProgress?: ProgressLine): QualityReport {
  assertSameColumns(real, synthetic, 'synthetic data');
  const shapes = columnShapes(real, synthetic, onProgress);
  const trends = columnPairTrends(real, synthetic, undefined, onProgress);
  return {
    score: nanMean([shapes.score, trends.score]),
    scoreWithoutThreshold: nanMean([shapes.score, trends.scoreWithoutThreshold]),
    columnShapes: shapes,
    columnPairTrends: trends,
  };
}
