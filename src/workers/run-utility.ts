import type { Dataset } from '../stats/dataset.ts';
import { InputError } from '../stats/input-error.ts';
import { trainSyntheticTestReal, type Utility } from '../stats/metrics/utility/train-synthetic-test-real.ts';
import { fitTarget } from '../stats/metrics/utility/utility-target.ts';
import { MAX_TARGET_CLASSES } from '../stats/metrics/utility/utility-targets.ts';
import { randomForestLearner } from './forest/random-forest-learner.ts';
import type { PreparedTargets } from './prepare-targets.ts';

/**
 * Utility of a finished run, "train on synthetic, test on real": a random
 * forest trained on the synthetic rows beside one trained on the training
 * rows, both tested on the holdout. Needs the run's real rows and a holdout.
 */
export async function runUtility(options: { prepared: PreparedTargets; synthetic: Dataset; target: string; positive?: string }): Promise<Utility> {
  const { prepared, synthetic, target, positive } = options;
  const { training, holdout } = prepared;
  if (!training) {
    throw new InputError(
      'utility: this run has no real rows to learn from or test on (it was made from a stats.json, or resumed without its data file); load the data file and synthesize again',
    );
  }
  if (!holdout) throw new InputError('utility: this run kept no real rows back to test on; set the holdout share above 0 and synthesize again');
  const fitted = fitTarget(training, { column: target, positive });
  if (fitted.classes.length > MAX_TARGET_CLASSES) {
    throw new InputError(
      `utility: target "${target}" has ${fitted.classes.length} classes, more than the ${MAX_TARGET_CLASSES} the report predicts; choose another column`,
    );
  }
  return trainSyntheticTestReal({ real: training, synthetic, holdout, target, positive, learner: randomForestLearner });
}
