import type { Dataset } from '../../dataset.ts';
import { alignCategories } from '../align-categories.ts';
import { assertSameColumns, evaluatedColumns } from '../evaluated-columns.ts';
import { type CategoricalPair, type NumericPair, RowMatchIndex } from './row-match-index.ts';

export interface NewRowSynthesisOptions {
  readonly real: Dataset;
  readonly synthetic: Dataset;
  /** Relative to the synthetic value; SDMetrics' default numerical_match_tolerance. */
  readonly tolerance?: number;
}

export interface NewRowSynthesis {
  /** Share of synthetic rows that match no real row. */
  readonly score: number;
  readonly newRows: number;
  readonly matchedRows: number;
}

/**
 * SDMetrics NewRowSynthesis (0.29.0): a synthetic row is "matched" when some
 * real row agrees on every evaluated column. A missing synthetic value matches
 * only a missing real value; numbers (and datetimes, on their epoch value)
 * match when |real - syn| <= |tolerance * syn|, so 0 needs an exact 0;
 * categories match by written value. Looked up in a RowMatchIndex, not by
 * scanning every real row per synthetic row.
 */
export function newRowSynthesis({ real, synthetic, tolerance = 0.01 }: NewRowSynthesisOptions): NewRowSynthesis {
  assertSameColumns(real, synthetic, 'synthetic data');
  const numeric: NumericPair[] = [];
  const categorical: CategoricalPair[] = [];
  for (const i of evaluatedColumns(real)) {
    const r = real.columns[i];
    const s = synthetic.columns[i];
    if (r.type === 'numeric' && s.type === 'numeric') numeric.push({ real: r.values, syn: s.values });
    else if (r.type === 'categorical' && s.type === 'categorical') {
      const { codes } = alignCategories([r, s]);
      categorical.push({ real: codes[0], syn: codes[1] });
    }
  }
  const index = new RowMatchIndex(numeric, categorical, tolerance, real.rowCount);
  let matchedRows = 0;
  for (let row = 0; row < synthetic.rowCount; row++) if (index.has(row)) matchedRows++;
  const newRows = synthetic.rowCount - matchedRows;
  return { score: synthetic.rowCount === 0 ? Number.NaN : newRows / synthetic.rowCount, newRows, matchedRows };
}
