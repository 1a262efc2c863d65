/**
 * ROC AUC as the Mann–Whitney statistic: the probability that a random
 * positive row scores above a random negative one, ties counting half. This is
 * the area under the ROC curve with tied scores joined by a straight segment,
 * which is what scikit-learn's roc_auc_score computes. `positive[i]` is 1 for a
 * positive row, 0 otherwise. NaN when either class is absent.
 */
export function rocAuc(positive: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = positive.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let positiveRankSum = 0;
  // Mid-ranks: a run of tied scores shares the mean of the ranks it spans.
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    const midRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (positive[order[k]] === 1) {
        positives++;
        positiveRankSum += midRank;
      }
    }
    start = end;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  const u = positiveRankSum - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}
