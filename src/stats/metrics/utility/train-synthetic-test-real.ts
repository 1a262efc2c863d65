import type { Dataset } from '../../dataset.ts';
import { InputError } from '../../input-error.ts';
import { assertSameColumns } from '../evaluated-columns.ts';
import { encodeFeatures, fitFeatureEncoding, type FeatureEncoding } from './feature-encoding.ts';
import type { FeatureMatrix, Learner, LearnerTask } from './learner.ts';
import { noScores, utilityScores, type UtilityScores } from './utility-scores.ts';
import { fitTarget, targetLabels, type UtilityTarget, type UtilityTask } from './utility-target.ts';

export interface UtilityOptions {
  /** The real rows the generator learnt from. */
  readonly real: Dataset;
  readonly synthetic: Dataset;
  /** Real rows the generator never saw: the test set. */
  readonly holdout: Dataset;
  /** The column to predict. */
  readonly target: string;
  /** Binary targets: the positive class (default: the rarer class in `real`). */
  readonly positive?: string;
  readonly learner: Learner;
}

export interface Utility {
  readonly target: string;
  readonly task: UtilityTask;
  /** Classification: the classes, most frequent in the real rows first; binary: [negative, positive]. */
  readonly classes: readonly string[];
  readonly positive: string | null;
  readonly learner: string;
  /** Rows with a usable target in each set (the others are left out). */
  readonly rows: { readonly synthetic: number; readonly real: number; readonly holdout: number };
  /** Rows each model was fitted on: all of `rows`, or a sample of them where the learner has a limit (`maxTrainingRows`). */
  readonly learntFrom: { readonly synthetic: number; readonly real: number };
  readonly trainedOnSynthetic: UtilityScores;
  readonly trainedOnReal: UtilityScores;
}

/**
 * Machine-learning utility, "train on synthetic, test on real" (TSTR; Esteban
 * et al. 2017; SDMetrics' ML efficacy metrics): the same learner is trained on
 * the synthetic rows and, separately, on the real rows, and both models are
 * scored on the holdout. Features are encoded as fitted on the real rows.
 */
export async function trainSyntheticTestReal(options: UtilityOptions): Promise<Utility> {
  const { real, synthetic, holdout, learner } = options;
  assertSameColumns(real, synthetic, 'synthetic data');
  assertSameColumns(real, holdout, 'holdout data');
  const target = fitTarget(real, { column: options.target, positive: options.positive });
  const encoding = fitFeatureEncoding(real, { target: target.column });
  if (encoding.names.length === 0) throw new InputError(`utility: no column besides "${target.column}" to learn from`);
  const [fromSynthetic, fromReal, test] = [synthetic, real, holdout].map((dataset) => labelled({ target, encoding, dataset }));
  if (test.labels.length === 0) throw new InputError(`utility: no holdout row has a "${target.column}" value the real data has; nothing to test on`);
  const task = learnerTask(target);
  const learnt = (set: Labelled) => Math.min(set.labels.length, learner.maxTrainingRows ?? Number.POSITIVE_INFINITY);
  const train = async (set: Labelled): Promise<UtilityScores> => {
    if (set.labels.length === 0) return noScores(target.task);
    const predictions = await learner.fitPredict({ task, train: set.features, labels: set.labels, test: test.features });
    return utilityScores({ task: target.task, truth: test.labels, predictions, classes: target.classes.length });
  };
  return {
    target: target.column,
    task: target.task,
    classes: target.classes,
    positive: target.task === 'binary' ? target.classes[1] : null,
    learner: learner.name,
    rows: { synthetic: fromSynthetic.labels.length, real: fromReal.labels.length, holdout: test.labels.length },
    learntFrom: { synthetic: learnt(fromSynthetic), real: learnt(fromReal) },
    trainedOnSynthetic: await train(fromSynthetic),
    trainedOnReal: await train(fromReal),
  };
}

interface Labelled {
  readonly features: FeatureMatrix;
  readonly labels: Float64Array;
}

/** Features and labels of the rows that have a usable target. */
function labelled(options: { target: UtilityTarget; encoding: FeatureEncoding; dataset: Dataset }): Labelled {
  const { target, encoding, dataset } = options;
  const all = targetLabels(target, dataset);
  const rows = Uint32Array.from(all.keys()).filter((r) => !Number.isNaN(all[r]));
  return { features: encodeFeatures(encoding, { dataset, rows }), labels: Float64Array.from(rows, (r) => all[r]) };
}

function learnerTask(target: UtilityTarget): LearnerTask {
  if (target.task === 'multiclass') return { kind: 'multiclass', classes: target.classes.length };
  return { kind: target.task };
}
