/**
 * F1 of one class over class indexes: 2·TP / (2·TP + FP + FN), and 0 when the
 * class is neither true nor predicted anywhere (scikit-learn's f1_score with
 * pos_label; its default zero_division="warn" also gives 0). NaN for no rows.
 */
export function f1Score(truth: ArrayLike<number>, predicted: ArrayLike<number>, positive: number): number {
  if (truth.length === 0) return Number.NaN;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < truth.length; i++) {
    const isTrue = truth[i] === positive;
    const isPredicted = predicted[i] === positive;
    if (isTrue && isPredicted) tp++;
    else if (isPredicted) fp++;
    else if (isTrue) fn++;
  }
  const denominator = 2 * tp + fp + fn;
  return denominator === 0 ? 0 : (2 * tp) / denominator;
}

/**
 * Macro F1: the plain mean of the per-class F1 over every class that occurs in
 * the truth or in the predictions, as scikit-learn's f1_score(average="macro")
 * takes its labels (unique_labels of both). A class the model never predicts
 * and that never occurs adds nothing; one it predicts wrongly adds a 0.
 */
export function macroF1(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  if (truth.length === 0) return Number.NaN;
  const classes = new Set<number>();
  for (let i = 0; i < truth.length; i++) {
    classes.add(truth[i]);
    classes.add(predicted[i]);
  }
  let sum = 0;
  for (const c of classes) sum += f1Score(truth, predicted, c);
  return sum / classes.size;
}
