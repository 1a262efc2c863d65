import { pearsonCorrelation } from '../metrics/pearson-correlation.ts';
import { strideSample } from '../metrics/stride-sample.ts';
import { normalQuantile } from './normal-distribution.ts';

/** How numeric columns move together beyond what their joint tables' bins say: a Gaussian copula of their normal scores. */
export interface NumericCopula {
  /** The numeric columns, in axis order. */
  readonly columns: readonly string[];
  /** Row-major correlation matrix of the normal scores, columns × columns. */
  readonly correlation: Float64Array;
}

/** Rows read at most: a correlation settles long before, and targets stay linear in the rows. */
const COPULA_SAMPLE = 100_000;

/**
 * The Gaussian copula of the numeric columns: each value's normal score
 * z = Φ⁻¹((rank − ½) / n) (van der Waerden; mid-ranks for ties), and the
 * Pearson correlation of the scores over the rows where both columns have a
 * value. The sampler draws a record's numbers from this copula truncated to
 * the cells its tables chose, so the tables fix which bins occur together and
 * the copula how the values move inside them (two numbers drawn independently
 * inside their bins lose correlation, the more the wider the bins). An
 * aggregate over all rows: no record can be read from it.
 */
export function normalScoreCopula(options: {
  columns: readonly { column: string; values: Float64Array }[];
  /** Pairs to correlate; the others get 0. All when absent. */
  linked?: (a: string, b: string) => boolean;
}): NumericCopula {
  const { columns, linked } = options;
  const rows = strideSample(columns[0]?.values.length ?? 0, COPULA_SAMPLE);
  const scores = columns.map(({ values }) => normalScores(Float64Array.from(rows, (r) => values[r])));
  const k = columns.length;
  const correlation = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    correlation[a * k + a] = 1;
    for (let b = a + 1; b < k; b++) {
      if (linked && !linked(columns[a].column, columns[b].column)) continue;
      // Too few shared rows or a constant column: nothing to keep.
      const r = pearsonCorrelation(scores[a], scores[b]);
      correlation[a * k + b] = correlation[b * k + a] = Number.isNaN(r) ? 0 : r;
    }
  }
  return { columns: columns.map((c) => c.column), correlation };
}

/** Normal score of every value (NaN where missing). */
function normalScores(values: Float64Array): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i)
    .filter((i) => !Number.isNaN(values[i]))
    .sort((x, y) => values[x] - values[y]);
  const out = new Float64Array(values.length).fill(Number.NaN);
  const n = order.length;
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && values[order[j]] === values[order[i]]) j++;
    // A run of ties shares its mid-rank: (i + j) / 2 of n, centred.
    const z = normalQuantile((i + j) / 2 / n);
    for (let t = i; t < j; t++) out[order[t]] = z;
    i = j;
  }
  return out;
}
