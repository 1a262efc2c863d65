/** Share of rows whose predicted class is the true one; NaN for no rows. */
export function accuracy(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  if (truth.length === 0) return Number.NaN;
  let right = 0;
  for (let i = 0; i < truth.length; i++) if (truth[i] === predicted[i]) right++;
  return right / truth.length;
}
