import { defaultBinCount, quantileEdges } from '../bins/quantile-edges.ts';
import type { Dataset } from '../dataset.ts';
import type { Axis } from './axis.ts';
import { binnedAxis } from './binned-axis.ts';
import { categoricalAxisOf, DEFAULT_TOP_K } from './categorical-axis.ts';

export interface AxisOptions {
  /** Quantile bins per numeric/datetime column; by default from the row count (defaultBinCount). */
  readonly bins?: number;
  /** Categories kept per categorical column before pooling into "(other)"; default 50. */
  readonly topK?: number;
  /**
   * Disclosure control (k): categories with fewer records pool into "(other)" and
   * numeric edges stop at the k-th smallest/largest value. 1 (off) unless given;
   * the app and the command line pass DEFAULT_MIN_COUNT.
   */
  readonly minCount?: number;
  /** Bin edges fixed in advance per numeric column (differential privacy computes them privately). */
  readonly edges?: ReadonlyMap<string, Float64Array>;
}

/** The axis of column `index` of the dataset: quantile bins for numbers and dates, top-K categories otherwise. */
export function axisForColumn(dataset: Dataset, index: number, options: AxisOptions = {}): Axis {
  const schema = dataset.schema.columns[index];
  const column = dataset.columns[index];
  if (column.type === 'numeric') {
    const edges =
      options.edges?.get(schema.name) ??
      quantileEdges(column.values, options.bins ?? defaultBinCount(dataset.rowCount), { trim: (options.minCount ?? 1) - 1, perValue: true });
    return binnedAxis({ column: schema.name, edges, datetime: schema.kind === 'datetime' });
  }
  return categoricalAxisOf(column, { topK: options.topK ?? DEFAULT_TOP_K, minCount: options.minCount });
}
