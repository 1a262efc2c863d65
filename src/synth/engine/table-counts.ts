import { emptyLike, type Table } from '../../stats/tables/table.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { flatCell, type TableLayout } from './table-layout.ts';

/**
 * The synthetic records counted into the target tables, kept current record by
 * record, and the deficit of every cell against the target scaled to n rows:
 * deficit = target share · n − synthetic count (> 0: too few records there).
 * The refine phase's objective is Σ |deficit| over all cells of all tables.
 *
 * A record is seen here as its flat cell in each table (`flats`, one per
 * table), computed once per record so hot loops only index arrays.
 */
export class TableCounts {
  readonly tables: readonly Table[];
  readonly #layouts: readonly TableLayout[];
  /** Per table, target counts scaled to the rows wanted minus the synthetic counts. */
  readonly #deficit: readonly Float64Array[];

  constructor(options: { targets: Targets; layouts: readonly TableLayout[]; rows: number }) {
    const { targets, layouts, rows } = options;
    this.tables = targets.tables.map(emptyLike);
    this.#layouts = layouts;
    this.#deficit = targets.tables.map((t) => t.counts.map((c) => (t.total > 0 ? (c / t.total) * rows : 0)));
  }

  get tableCount(): number {
    return this.tables.length;
  }

  /** Writes a record's flat cell in every table into out[offset…offset+T). */
  flats(cells: ArrayLike<number>, out: Int32Array, offset = 0): void {
    for (let t = 0; t < this.#layouts.length; t++) out[offset + t] = flatCell(this.#layouts[t], cells);
  }

  add(flats: ArrayLike<number>, sign: 1 | -1, offset = 0): void {
    for (let t = 0; t < this.tables.length; t++) {
      const flat = flats[offset + t];
      this.tables[t].counts[flat] += sign;
      this.tables[t].total += sign;
      this.#deficit[t][flat] -= sign;
    }
  }

  deficit(t: number, flat: number): number {
    return this.#deficit[t][flat];
  }

  /** Change of Σ|deficit| if a record in these cells were added (sign 1) or removed (−1); < 0 is better. */
  delta(flats: ArrayLike<number>, sign: 1 | -1, offset = 0): number {
    let change = 0;
    for (let t = 0; t < this.#deficit.length; t++) {
      const d = this.#deficit[t][flats[offset + t]];
      change += Math.abs(d - sign) - Math.abs(d);
    }
    return change;
  }

  /** True when the record's cell holds at least one record too many in some table. */
  isOver(flats: ArrayLike<number>, offset = 0): boolean {
    for (let t = 0; t < this.#deficit.length; t++) if (this.#deficit[t][flats[offset + t]] <= -1) return true;
    return false;
  }

  /** Σ |deficit| / (2n) averaged over tables: the mean TVD against the target at the final size. */
  objective(rows: number): number {
    let sum = 0;
    for (const d of this.#deficit) for (let i = 0; i < d.length; i++) sum += Math.abs(d[i]);
    return this.tables.length && rows ? sum / (2 * rows * this.tables.length) : 0;
  }
}
