import type { FitPredictOptions, Learner, LearnerTask } from '../../stats/metrics/utility/learner.ts';
import { fitFeatureCuts, levelRows } from './feature-levels.ts';
import { forestLabels } from './forest-labels.ts';
import { sampleRows } from './sample-rows.ts';

/**
 * Settings of the forest. ml-random-forest draws each tree's features once
 * per tree, not at every split as scikit-learn does, so √features per tree
 * starves it: on Adult (67 features) most trees then miss every strong
 * feature and the forest predicts the majority class. Half the features per
 * tree, without replacement, keeps the trees different and each one useful.
 * The library's bootstrap is off: it would reorder the rows (see forestLabels)
 * and make the split search an order of magnitude slower; the trees differ by
 * their features (a random-subspace forest).
 */
const TREES = 50;
const MAX_DEPTH = 8;
/** Rows a model is fitted on at most: ml-cart's split search grows faster than the rows, and this runs in a browser tab. */
const MAX_TRAINING_ROWS = 1000;
/** Levels per feature (quantile bins fitted on the training rows), and of a regression target. */
const FEATURE_LEVELS = 32;
const TARGET_LEVELS = 16;
/** One seed for the row sample and the forest: the same input gives the same predictions. */
const SEED = 1;
const VERSION = '2.1.0';

type Forest = typeof import('ml-random-forest');

let loading: Promise<Forest> | undefined;

/** The library is loaded on first use, so the synth worker starts without it. */
function loadForest(): Promise<Forest> {
  loading ??= import('ml-random-forest');
  return loading;
}

/**
 * Random forest from mljs' ml-random-forest (pure JavaScript, over ml-cart's
 * CART trees): the learner behind the app's utility report, where XGBoost's
 * Node-only WebAssembly cannot go. Probabilities are the share of trees voting
 * for each class (the library's predictProbability in 2.1.0 starts its sum at
 * the first tree's label instead of 0).
 */
export const randomForestLearner: Learner = {
  name: `Random forest, ${TREES} trees of depth ${MAX_DEPTH}, half the features each, fitted on at most ${MAX_TRAINING_ROWS.toLocaleString('en')} rows (ml-random-forest ${VERSION})`,
  maxTrainingRows: MAX_TRAINING_ROWS,
  async fitPredict({ task, train, labels, test }: FitPredictOptions): Promise<Float64Array> {
    const { RandomForestClassifier, RandomForestRegression } = await loadForest();
    const sample = sampleRows(train.rows, { count: MAX_TRAINING_ROWS, seed: SEED });
    const cuts = fitFeatureCuts(train, { rows: sample, maxLevels: FEATURE_LEVELS });
    const set = forestLabels({ task, labels, rows: sample, targetLevels: TARGET_LEVELS });
    const rows = levelRows(train, { cuts, rows: set.order });
    const testRows = levelRows(test, { cuts });
    const options = {
      nEstimators: TREES,
      // An integer is a count; 1 would be read as the fraction 1.0 (all features), which for one or two features is the same.
      maxFeatures: Math.ceil(train.columns / 2),
      replacement: false,
      useSampleBagging: false,
      noOOB: true,
      seed: SEED,
      treeOptions: { maxDepth: MAX_DEPTH },
    };
    if (task.kind === 'regression') {
      const forest = new RandomForestRegression(options);
      forest.train(rows, set.labels);
      return Float64Array.from(forest.predict(testRows));
    }
    const forest = new RandomForestClassifier(options);
    forest.train(rows, set.labels);
    return voteShares(forest.predictionValues(testRows).to2DArray(), task);
  },
};

/** Binary: the share of trees voting 1, per row; multiclass: the share voting for each class, row-major. */
function voteShares(votes: number[][], task: LearnerTask): Float64Array {
  const width = task.kind === 'multiclass' ? task.classes : 1;
  const out = new Float64Array(votes.length * width);
  votes.forEach((trees, row) => {
    // Counted first and divided once, so that every tree voting 1 is exactly 1, and half of them exactly 0.5.
    for (const label of trees) {
      if (task.kind === 'multiclass') out[row * width + label]++;
      else if (label === 1) out[row]++;
    }
    for (let k = row * width; k < (row + 1) * width; k++) out[k] /= trees.length;
  });
  return out;
}
