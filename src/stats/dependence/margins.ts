import type { Table } from '../tables/table.ts';

export interface Margins {
  readonly rows: Float64Array;
  readonly cols: Float64Array;
  readonly n: number;
}

/** Row and column sums of a two-axis table. */
export function margins(table: Table): Margins {
  if (table.shape.length !== 2) throw new RangeError(`dependence: needs a two-axis table, got ${table.shape.length} axes`);
  const [r, k] = table.shape;
  const rows = new Float64Array(r);
  const cols = new Float64Array(k);
  let n = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < k; j++) {
      const c = table.counts[i * k + j];
      rows[i] += c;
      cols[j] += c;
      n += c;
    }
  }
  return { rows, cols, n };
}
