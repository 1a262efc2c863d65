import { emptyLike, type Table } from '../../stats/tables/table.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { flatCell, type TableLayout } from './table-layout.ts';

/**
 * The synthetic records counted into the target tables, kept current record by
 * record, and the deficit of every cell against the target scaled to n rows:
 * deficit = target share · n − synthetic count (> 0: too few records there).
 * The refine phase's objective is Σ |deficit| over all cells of all tables.
 */
export class TableCounts {
  readonly tables: readonly Table[];
  readonly #layouts: readonly TableLayout[];
  /** Target counts scaled to the rows wanted. */
  readonly #goal: readonly Float64Array[];

  constructor(options: { targets: Targets; layouts: readonly TableLayout[]; rows: number }) {
    const { targets, layouts, rows } = options;
    this.tables = targets.tables.map(emptyLike);
    this.#layouts = layouts;
    this.#goal = targets.tables.map((t) => t.counts.map((c) => (t.total > 0 ? (c / t.total) * rows : 0)));
  }

  add(cells: ArrayLike<number>, sign: 1 | -1): void {
    this.tables.forEach((table, t) => {
      table.counts[flatCell(this.#layouts[t], cells)] += sign;
      table.total += sign;
    });
  }

  deficit(t: number, flat: number): number {
    return this.#goal[t][flat] - this.tables[t].counts[flat];
  }

  /** Change of Σ|deficit| if a record with these cells were added (sign 1) or removed (−1); < 0 is better. */
  delta(cells: ArrayLike<number>, sign: 1 | -1): number {
    let change = 0;
    for (let t = 0; t < this.tables.length; t++) {
      const d = this.deficit(t, flatCell(this.#layouts[t], cells));
      change += Math.abs(d - sign) - Math.abs(d);
    }
    return change;
  }

  /** Σ |deficit| / (2n) averaged over tables: the mean TVD against the target at the final size. */
  objective(rows: number): number {
    let sum = 0;
    this.tables.forEach((table, t) => {
      for (let i = 0; i < table.counts.length; i++) sum += Math.abs(this.deficit(t, i));
    });
    return this.tables.length && rows ? sum / (2 * rows * this.tables.length) : 0;
  }
}
