/**
 * DCR share: the share of synthetic rows whose closest training row is closer
 * than their closest holdout row, ties counting half. When training and
 * holdout are equally large samples of one population, a generator that does
 * not memorise scores about 0.5; a copy of the training data scores 1
 * (Platzer & Reutterer 2021, "Holdout-based fidelity and privacy assessment").
 */
export function dcrShare(toTraining: Float64Array, toHoldout: Float64Array): number {
  if (toTraining.length === 0) return Number.NaN;
  let closer = 0;
  for (let i = 0; i < toTraining.length; i++) {
    if (toTraining[i] < toHoldout[i]) closer += 1;
    else if (toTraining[i] === toHoldout[i]) closer += 0.5;
  }
  return closer / toTraining.length;
}
