import type { CategoricalColumn, NumericColumn } from '../../column.ts';
import type { Dataset } from '../../dataset.ts';
import { alignCategories } from '../align-categories.ts';
import { evaluatedColumns } from '../evaluated-columns.ts';

/** Rows laid out for Gower distances: row-major typed arrays, categories in one shared code space. */
export interface GowerRows {
  readonly rowCount: number;
  readonly numericCount: number;
  /** rowCount × numericCount, NaN = missing. */
  readonly numeric: Float64Array;
  /** 1 / range of the training column; 0 when the training range is 0 or empty. */
  readonly scales: Float64Array;
  readonly categoricalCount: number;
  /** rowCount × categoricalCount, shared codes, 0 = missing. */
  readonly categorical: Uint32Array;
}

export interface GowerPart {
  readonly dataset: Dataset;
  /** Which rows to take (see seededSample); all when absent. */
  readonly rows?: Uint32Array;
}

/**
 * Lays out datasets that share a schema for gowerDistance. parts[0] is the
 * training data: its column ranges scale every numeric difference (Gower 1971).
 */
export function gowerRows(parts: readonly GowerPart[]): GowerRows[] {
  const training = parts[0].dataset;
  const numericIdx: number[] = [];
  const categoricalIdx: number[] = [];
  for (const i of evaluatedColumns(training)) (training.columns[i].type === 'numeric' ? numericIdx : categoricalIdx).push(i);
  const scales = Float64Array.from(numericIdx, (i) => {
    const range = columnRange(training.columns[i] as NumericColumn);
    return range > 0 ? 1 / range : 0;
  });
  const aligned = categoricalIdx.map((i) => alignCategories(parts.map((p) => p.dataset.columns[i] as CategoricalColumn)).codes);
  return parts.map((part, p) => {
    const rows = part.rows ?? Uint32Array.from({ length: part.dataset.rowCount }, (_, r) => r);
    const numeric = new Float64Array(rows.length * numericIdx.length);
    const categorical = new Uint32Array(rows.length * categoricalIdx.length);
    rows.forEach((row, r) => {
      numericIdx.forEach((i, c) => {
        numeric[r * numericIdx.length + c] = (part.dataset.columns[i] as NumericColumn).values[row];
      });
      aligned.forEach((codes, c) => {
        categorical[r * categoricalIdx.length + c] = codes[p][row];
      });
    });
    return { rowCount: rows.length, numericCount: numericIdx.length, numeric, scales, categoricalCount: categoricalIdx.length, categorical };
  });
}

function columnRange(column: NumericColumn): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of column.values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi > lo ? hi - lo : 0;
}
