import type { Column } from '../column.ts';
import { alignCategories } from './align-categories.ts';
import { HISTOGRAM_CODE_COUNT, histogramBins } from './histogram-bins.ts';
import { memoByArray } from './memo-by-array.ts';

/** A column's bins, once per column (memoByArray). */
const bins = memoByArray(histogramBins);

/** One column of real and synthetic as codes in one shared code space. */
export interface DiscreteView {
  readonly real: Uint32Array;
  readonly synthetic: Uint32Array;
  readonly size: number;
  /** For a binned continuous column: the edges used on each side. */
  readonly edges?: { readonly real: Float64Array; readonly synthetic: Float64Array };
}

/**
 * A column as Column Pair Trends' ContingencySimilarity sees it: categories by
 * written value (missing is code 0), or, for a continuous column, its
 * histogram codes from real and synthetic each binned with their own edges and
 * then compared as plain categories (SDMetrics 0.29.0 ColumnPairTrends).
 */
export function discreteView(real: Column, synthetic: Column): DiscreteView {
  if (real.type === 'categorical' && synthetic.type === 'categorical') {
    const { codes, labels } = alignCategories([real, synthetic]);
    return { real: codes[0], synthetic: codes[1], size: labels.length };
  }
  if (real.type === 'numeric' && synthetic.type === 'numeric') {
    const r = bins(real.values);
    const s = bins(synthetic.values);
    return { real: r.codes, synthetic: s.codes, size: HISTOGRAM_CODE_COUNT, edges: { real: r.edges, synthetic: s.edges } };
  }
  throw new Error(`column "${real.name}": real and synthetic hold different column types`);
}
