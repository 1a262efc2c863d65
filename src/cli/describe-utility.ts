import type { Score } from '../stats/metrics/json-score.ts';
import type { Utility } from '../stats/metrics/utility/train-synthetic-test-real.ts';
import { UTILITY_METRICS, type UtilityMetric } from '../stats/metrics/utility/utility-scores.ts';
import { formatTable } from './format-table.ts';

const LABELS: Record<UtilityMetric, string> = { f1: 'F1', rocAuc: 'ROC AUC', macroF1: 'Macro F1', accuracy: 'Accuracy', r2: 'R²' };

const fmt = (v: Score | undefined): string => (v === null || v === undefined ? '-' : v.toFixed(4));

/** Readable name of a utility score, e.g. "F1 (>50K)" for the binary F1 of its positive class. */
export function utilityLabel(metric: UtilityMetric, positive: string | null): string {
  return metric === 'f1' && positive !== null ? `F1 (${positive})` : LABELS[metric];
}

/** The text report of `evaluate --target`: one row per score, trained on synthetic beside trained on real. */
export function describeUtility(utility: Utility): string {
  const what =
    utility.task === 'regression' ? 'regression' : utility.task === 'binary' ? `binary, positive "${utility.positive}"` : `${utility.classes.length} classes`;
  const rows = UTILITY_METRICS[utility.task].map((m) => [utilityLabel(m, utility.positive), fmt(utility.trainedOnSynthetic[m]), fmt(utility.trainedOnReal[m])]);
  return [
    `Utility: predict ${utility.target} (${what}); trained on each, tested on the holdout`,
    formatTable(['Score', 'Trained on synthetic', 'Trained on real'], rows),
    `(${utility.learner}; rows with a target: synthetic ${utility.rows.synthetic}, real ${utility.rows.real}, holdout ${utility.rows.holdout})`,
  ].join('\n');
}
