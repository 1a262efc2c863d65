import { createRequire } from 'node:module';
import type { FeatureMatrix, FitPredictOptions, Learner, LearnerTask } from '../stats/metrics/utility/learner.ts';

/**
 * Gradient-boosted trees from ml-xgboost 1.1.2 (XGBoost compiled to
 * WebAssembly by mljs), the learner behind `synth evaluate --target`.
 * Node only: its loader finds the wasm next to itself with `require` and
 * `__dirname`, which a browser bundle does not have.
 */
const SETTINGS = {
  booster: 'gbtree',
  max_depth: 6,
  eta: 0.1,
  // 1 = no row or column sampling: nothing random, so the scores are the same on every run.
  subsample: 1,
  colsample_bytree: 1,
  min_child_weight: 1,
  // Histogram splits (as LightGBM): about 7× faster than the exact method here (10,000 × 100 in 1.8 s, not 12 s).
  tree_method: 'hist',
  seed: 0,
  silent: 1,
} as const;
const TREES = 100;

/** ml-xgboost treats exactly -1 as missing (its C glue passes missing = -1 to XGDMatrixCreateFromMat) and aborts on NaN. */
const MISSING = -1;
/** The float32 just below -1, for a genuine -1 (ml-xgboost copies the data to float32). */
const BELOW_MISSING = -(1 + 2 ** -23);

interface XGBoostModel {
  train(rows: number[][], labels: number[]): void;
  predict(rows: number[][]): (number | number[])[];
  free(): void;
}
type XGBoostClass = new (options: Record<string, string | number>) => XGBoostModel;
/** The emscripten module ml-xgboost wraps; it looks up `print` and `printErr` on every call. */
interface EmscriptenModule {
  print: (line: string) => void;
  printErr: (line: string) => void;
}

let loading: Promise<XGBoostClass> | undefined;
/** The last lines XGBoost printed for the current model, to explain a failure. */
const log: string[] = [];

function loadXGBoost(): Promise<XGBoostClass> {
  if (!loading) {
    const require = createRequire(import.meta.url);
    // The same module instance ml-xgboost's index requires. Its lines would land on our stdout and stderr:
    // under Node ≥ 18 it first tries fetch() on a file path ("wasm streaming compile failed", then a fallback
    // that works), and the hist method logs a line per model. Keep them for error messages instead.
    const glue = require('ml-xgboost/dist/wasm/xgboost.js') as EmscriptenModule;
    glue.print = glue.printErr = (line: string) => {
      log.push(line);
      if (log.length > 20) log.shift();
    };
    loading = require('ml-xgboost') as Promise<XGBoostClass>;
  }
  return loading;
}

export const xgboostLearner: Learner = {
  name: `XGBoost, ${TREES} trees of depth ${SETTINGS.max_depth}, eta ${SETTINGS.eta}, ${SETTINGS.tree_method} (ml-xgboost 1.1.2)`,
  async fitPredict({ task, train, labels, test }: FitPredictOptions): Promise<Float64Array> {
    const XGBoost = await loadXGBoost();
    log.length = 0;
    const model = new XGBoost({ ...SETTINGS, ...objective(task), iterations: TREES });
    try {
      model.train(rows(train), Array.from(labels));
      const out = model.predict(rows(test));
      return Float64Array.from(out.flatMap((p) => p));
    } catch (e) {
      // The wasm throws strings and numbers, not Errors; XGBoost's own reason is in its log.
      throw new Error(`xgboost: ${log.at(-1) ?? String(e)}`, { cause: e });
    } finally {
      model.free();
    }
  },
};

function objective(task: LearnerTask): Record<string, string | number> {
  if (task.kind === 'binary') return { objective: 'binary:logistic' };
  // softprob returns every class's probability (softmax only the winner); num_class must be given for it.
  if (task.kind === 'multiclass') return { objective: 'multi:softprob', num_class: task.classes };
  // This XGBoost predates the name reg:squarederror; reg:linear is the same squared-error objective.
  return { objective: 'reg:linear' };
}

/** Row arrays as ml-xgboost takes them, NaN written as its missing value. */
function rows(matrix: FeatureMatrix): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < matrix.rows; r++) {
    const row = new Array<number>(matrix.columns);
    for (let c = 0; c < matrix.columns; c++) {
      const v = matrix.values[r * matrix.columns + c];
      row[c] = Number.isNaN(v) ? MISSING : Math.fround(v) === MISSING ? BELOW_MISSING : v;
    }
    out.push(row);
  }
  return out;
}
