import type { LearnerTask } from '../../stats/metrics/utility/learner.ts';
import { levelOf, quantileCuts } from './quantile-cuts.ts';

/** Every this-many-th row of each class but the first goes to the front of the training rows (see `forestLabels`). */
const FRONT_EVERY = 32;

export interface ForestLabels {
  /** The training rows (indexes into the labels given) in the order the forest is to get them. */
  readonly order: Uint32Array;
  /** The label of each row in `order`, as the trees learn it. */
  readonly labels: number[];
}

/**
 * The labels of the sampled training rows `rows`, and the order to hand the
 * rows to ml-random-forest in. The order does not change what a tree can
 * learn, only how long ml-cart 2.1.1 takes to learn it: at each node it tries
 * one split per change of label along the feature's sorted values (ties kept
 * in row order), and counts the classes with `indexOf`. So the rows go in
 * label order, which leaves a tie of equal values a change or two; and a few
 * rows of every later class go first, so that `indexOf` meets each class
 * early. On Adult (67 features) this is about 10× faster than file order.
 *
 * A regression's labels are rounded first, each to the mean of its quantile
 * level (at most `targetLevels`): a continuous target changes between every
 * two rows, which makes ml-cart's search quadratic in the rows. The trees then
 * resolve the target to about 1/targetLevels of its spread; R² is still
 * computed on the unrounded holdout values.
 */
export function forestLabels(options: {
  readonly task: LearnerTask;
  readonly labels: Float64Array;
  readonly rows: Uint32Array;
  readonly targetLevels: number;
}): ForestLabels {
  const { task, rows, targetLevels } = options;
  const values = Float64Array.from(rows, (r) => options.labels[r]);
  const key = task.kind === 'regression' ? roundedLevels(values, targetLevels) : { levels: values, labels: Array.from(values) };
  const seen = new Map<number, number>();
  const front = Array.from(key.levels, (level) => {
    const k = seen.get(level) ?? 0;
    seen.set(level, k + 1);
    return task.kind !== 'regression' && level > 0 && k % FRONT_EVERY === 0 ? 0 : 1;
  });
  const positions = Array.from(rows, (_, i) => i).sort((a, b) => front[a] - front[b] || key.levels[a] - key.levels[b] || a - b);
  return { order: Uint32Array.from(positions, (i) => rows[i]), labels: positions.map((i) => key.labels[i]) };
}

/** Each value's quantile level, and the value replaced by the mean of its level. */
function roundedLevels(values: Float64Array, maxLevels: number): { levels: Float64Array; labels: number[] } {
  const cuts = quantileCuts(values, maxLevels);
  const levels = values.map((v) => levelOf(cuts, v));
  const sums = new Float64Array(cuts.length + 1);
  const counts = new Float64Array(cuts.length + 1);
  levels.forEach((level, i) => {
    sums[level] += values[i];
    counts[level]++;
  });
  return { levels, labels: Array.from(levels, (level) => sums[level] / counts[level]) };
}
