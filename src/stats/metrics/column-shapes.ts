import type { Dataset } from '../dataset.ts';
import { evaluatedColumns } from './evaluated-columns.ts';
import { ksComplement } from './ks-complement.ts';
import { nanMean } from './nan-mean.ts';
import type { ProgressLine } from './progress-line.ts';
import { tvComplement } from './tv-complement.ts';

export type ColumnShapeMetric = 'KSComplement' | 'TVComplement';

export interface ColumnShape {
  readonly column: string;
  readonly metric: ColumnShapeMetric;
  /** NaN where SDMetrics records NaN (a side without any value). */
  readonly score: number;
}

export interface ColumnShapes {
  /** Plain mean of the column scores, NaN skipped (SDMetrics ColumnShapes). */
  readonly score: number;
  readonly columns: readonly ColumnShape[];
}

/**
 * SDMetrics Column Shapes property (0.29.0): KSComplement for numerical and
 * datetime columns, TVComplement for categorical and boolean ones.
 * `synthetic` must share `real`'s schema. `onProgress` hears of each column.
 */
export function columnShapes(real: Dataset, synthetic: Dataset, onProgress?: ProgressLine): ColumnShapes {
  const evaluated = evaluatedColumns(real);
  const columns = evaluated.map((i, k): ColumnShape => {
    onProgress?.(`scoring column shapes ${k + 1}/${evaluated.length}`);
    const r = real.columns[i];
    const s = synthetic.columns[i];
    if (r.type === 'numeric' && s.type === 'numeric') return { column: r.name, metric: 'KSComplement', score: ksComplement(r, s) };
    if (r.type === 'categorical' && s.type === 'categorical') return { column: r.name, metric: 'TVComplement', score: tvComplement(r, s) };
    throw new Error(`column "${r.name}": real and synthetic hold different column types`);
  });
  return { score: nanMean(columns.map((c) => c.score)), columns };
}
