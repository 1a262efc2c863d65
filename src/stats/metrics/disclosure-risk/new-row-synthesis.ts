import type { Dataset } from '../../dataset.ts';
import { alignCategories } from '../align-categories.ts';
import { assertSameColumns, evaluatedColumns } from '../evaluated-columns.ts';

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
 * categories match by written value.
 */
export function newRowSynthesis({ real, synthetic, tolerance = 0.01 }: NewRowSynthesisOptions): NewRowSynthesis {
  assertSameColumns(real, synthetic, 'synthetic data');
  const numeric: { real: Float64Array; syn: Float64Array }[] = [];
  const categorical: { real: Uint32Array; syn: Uint32Array }[] = [];
  for (const i of evaluatedColumns(real)) {
    const r = real.columns[i];
    const s = synthetic.columns[i];
    if (r.type === 'numeric' && s.type === 'numeric') numeric.push({ real: r.values, syn: s.values });
    else if (r.type === 'categorical' && s.type === 'categorical') {
      const { codes } = alignCategories([r, s]);
      categorical.push({ real: codes[0], syn: codes[1] });
    }
  }
  let matchedRows = 0;
  for (let row = 0; row < synthetic.rowCount; row++) {
    for (let candidate = 0; candidate < real.rowCount; candidate++) {
      if (matches({ numeric, categorical, row, candidate, tolerance })) {
        matchedRows++;
        break;
      }
    }
  }
  const newRows = synthetic.rowCount - matchedRows;
  return { score: synthetic.rowCount === 0 ? Number.NaN : newRows / synthetic.rowCount, newRows, matchedRows };
}

interface MatchOptions {
  readonly numeric: readonly { real: Float64Array; syn: Float64Array }[];
  readonly categorical: readonly { real: Uint32Array; syn: Uint32Array }[];
  readonly row: number;
  readonly candidate: number;
  readonly tolerance: number;
}

function matches({ numeric, categorical, row, candidate, tolerance }: MatchOptions): boolean {
  // Categories first: an integer compare rejects most candidates cheaply.
  for (const c of categorical) if (c.real[candidate] !== c.syn[row]) return false;
  for (const c of numeric) {
    const s = c.syn[row];
    const r = c.real[candidate];
    if (Number.isNaN(s)) {
      if (!Number.isNaN(r)) return false;
    } else if (!(Math.abs(r - s) <= Math.abs(tolerance * s))) return false;
  }
  return true;
}
