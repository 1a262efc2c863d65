import type { Score } from '../stats/metrics/json-score.ts';
import type { Utility } from '../stats/metrics/utility/train-synthetic-test-real.ts';
import { utilityLabel } from '../stats/metrics/utility/utility-label.ts';
import { UTILITY_METRICS } from '../stats/metrics/utility/utility-scores.ts';
import { formatTable } from './format-table.ts';

const fmt = (v: Score | undefined): string => (v === null || v === undefined ? '-' : v.toFixed(4));

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
