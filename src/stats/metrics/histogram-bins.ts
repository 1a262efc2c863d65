import { upperBound } from '../bins/upper-bound.ts';
/** numpy.histogram_bin_edges default: 10 equal-width bins. */
const BIN_COUNT = 10;

export interface HistogramBins {
  /** 11 increasing edges. */
  readonly edges: Float64Array;
  /**
   * numpy.digitize(values, edges, right=False): code i means
   * edges[i-1] <= x < edges[i]; the column maximum gets 11, and so does a
   * missing value (NaN sorts above every edge).
   */
  readonly codes: Uint32Array;
}

/** Codes run 0..11, so a binned column has this many categories. */
export const HISTOGRAM_CODE_COUNT = BIN_COUNT + 2;

/**
 * How SDMetrics' Column Pair Trends property discretises a continuous column
 * of a mixed pair (0.29.0): numpy.histogram_bin_edges on the non-missing
 * values (equal width, linspace: e_k = k * step + min, last edge = max exactly;
 * min == max widened by 0.5 each way; no values gives [0, 1]), then
 * numpy.digitize. Real and synthetic are each binned with their own edges.
 */
export function histogramBins(values: Float64Array): HistogramBins {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) {
    lo = 0;
    hi = 1;
  } else if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const step = (hi - lo) / BIN_COUNT;
  const edges = new Float64Array(BIN_COUNT + 1);
  for (let k = 0; k < BIN_COUNT; k++) edges[k] = k * step + lo;
  edges[BIN_COUNT] = hi;
  const codes = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = digitize(values[i], edges);
  return { edges, codes };
}

/** numpy.digitize with right=False = searchsorted(edges, x, side='right'); NaN sorts above every edge. */
function digitize(x: number, edges: Float64Array): number {
  return Number.isNaN(x) ? edges.length : upperBound(edges, x);
}
