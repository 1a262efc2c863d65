/**
 * Pearson's χ² of a two-way table (no Yates correction), over the rows and
 * columns that occur: all-zero rows/columns (categories only the other dataset
 * has, the always-present missing and "(other)" cells) are left out, as a
 * crosstab of the data itself would not have them. Shared by SDMetrics'
 * Cramér's V threshold and the bias-corrected V used to rank pairs.
 */
export interface ChiSquare {
  readonly chi2: number;
  readonly n: number;
  /** Non-empty rows and columns. */
  readonly rows: number;
  readonly cols: number;
}

export function chiSquare(counts: ArrayLike<number>, columnCount: number): ChiSquare {
  const rowCount = counts.length / columnCount;
  const rowSums = new Float64Array(rowCount);
  const colSums = new Float64Array(columnCount);
  let n = 0;
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < columnCount; c++) {
      const v = counts[r * columnCount + c];
      rowSums[r] += v;
      colSums[c] += v;
      n += v;
    }
  }
  let chi2 = 0;
  for (let r = 0; r < rowCount; r++) {
    if (rowSums[r] === 0) continue;
    for (let c = 0; c < columnCount; c++) {
      if (colSums[c] === 0) continue;
      const expected = (rowSums[r] * colSums[c]) / n;
      const d = counts[r * columnCount + c] - expected;
      chi2 += (d * d) / expected;
    }
  }
  const nonZero = (sums: Float64Array) => sums.reduce((k, s) => (s > 0 ? k + 1 : k), 0);
  return { chi2, n, rows: nonZero(rowSums), cols: nonZero(colSums) };
}
