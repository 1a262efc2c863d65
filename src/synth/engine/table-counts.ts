import { axisSize } from '../../stats/tables/axis.ts';
import type { Table } from '../../stats/tables/table.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { FlatCells } from './flat-cells.ts';
import type { TableLayout } from './table-layout.ts';

/**
 * The synthetic records counted into the target tables, kept current record by
 * record, and the deficit of every cell against the target scaled to n rows:
 * deficit = target share · n − synthetic count (> 0: too few records there).
 * The refine phase's objective is Σ |deficit| over all cells of all tables.
 *
 * A record is seen here as its flat cell in each table (`flats`, one per
 * table), computed once per record so hot loops only index arrays. The
 * flats are indices into one array holding every table's deficits (each
 * table's cells at its own offset), so a hot loop reads one typed array; the
 * tables' counts are views of one array laid out the same way.
 */
export class TableCounts {
  readonly #tables: readonly Table[];
  /** How a record's cells become its flat cells (for searches that change one axis of a record, move-search.ts). */
  readonly flatCells: FlatCells;
  /** Every table's synthetic counts, table t's cells from #offsets[t] (the tables' counts are views of it). */
  readonly #counts: Float64Array;
  /** Every table's target counts scaled to the rows wanted minus the synthetic counts, laid out as #counts. */
  readonly #deficit: Float64Array;
  readonly #offsets: Int32Array;
  /** 1 where a cell's target count is above zero: the combinations the targets say exist. */
  readonly possible: Uint8Array;
  /** Records counted: every record lands in one cell of every table, so this is each table's total. */
  #records = 0;

  constructor(options: { targets: Targets; layouts: readonly TableLayout[]; rows: number }) {
    const { targets, layouts, rows } = options;
    this.#offsets = new Int32Array(targets.tables.length);
    let size = 0;
    targets.tables.forEach((t, i) => {
      this.#offsets[i] = size;
      size += t.counts.length;
    });
    this.#counts = new Float64Array(size);
    this.#tables = targets.tables.map((t, i) => ({
      axes: t.axes,
      shape: t.shape,
      counts: this.#counts.subarray(this.#offsets[i], this.#offsets[i] + t.counts.length),
      total: 0,
    }));
    this.flatCells = new FlatCells({ layouts, offsets: this.#offsets, axisSizes: targets.axes.map(axisSize) });
    this.#deficit = new Float64Array(size);
    this.possible = new Uint8Array(size);
    targets.tables.forEach((t, i) =>
      t.counts.forEach((c, cell) => {
        this.#deficit[this.#offsets[i] + cell] = t.total > 0 ? (c / t.total) * rows : 0;
        this.possible[this.#offsets[i] + cell] = c > 0 ? 1 : 0;
      }),
    );
  }

  /** The synthetic records counted into each target table. */
  get tables(): readonly Table[] {
    for (const table of this.#tables) table.total = this.#records;
    return this.#tables;
  }

  get tableCount(): number {
    return this.#tables.length;
  }

  /** Writes a record's flat cell in every table (as an index into all tables' cells) into out[offset…offset+T). */
  flats(cells: ArrayLike<number>, out: Int32Array, offset = 0): void {
    this.flatCells.write(cells, out, offset);
  }

  add(flats: Int32Array, sign: 1 | -1, offset = 0): void {
    const counts = this.#counts;
    const deficit = this.#deficit;
    for (let i = offset, end = offset + this.#offsets.length; i < end; i++) {
      const flat = flats[i];
      counts[flat] += sign;
      deficit[flat] -= sign;
    }
    this.#records += sign;
  }

  /** One record leaves flat cell `from` for `to` (of the same table). */
  moveRecord(from: number, to: number): void {
    this.#counts[from]--;
    this.#deficit[from]++;
    this.#counts[to]++;
    this.#deficit[to]--;
  }

  /** Every table's deficits, laid out as the flats index them: read it, never write it. */
  get deficits(): Float64Array {
    return this.#deficit;
  }

  deficit(t: number, cell: number): number {
    return this.#deficit[this.#offsets[t] + cell];
  }

  /** Change of Σ|deficit| if a record in these cells were added (sign 1) or removed (−1); < 0 is better. */
  delta(flats: Int32Array, sign: 1 | -1, offset = 0): number {
    const deficit = this.#deficit;
    const end = offset + this.#offsets.length;
    let change = 0;
    for (let i = offset; i < end; i++) {
      const d = deficit[flats[i]];
      change += Math.abs(d - sign) - Math.abs(d);
    }
    return change;
  }

  /**
   * `delta(flats, −1)` for a record whose cell holds at least one record too many in some table, NaN for one
   * that is over nowhere: both in one pass, for the refine phase's scan of the store.
   */
  removalDelta(flats: Int32Array, offset = 0): number {
    const deficit = this.#deficit;
    const end = offset + this.#offsets.length;
    let change = 0;
    let over = false;
    for (let i = offset; i < end; i++) {
      const d = deficit[flats[i]];
      if (d <= -1) over = true;
      change += Math.abs(d + 1) - Math.abs(d);
    }
    return over ? change : Number.NaN;
  }

  /** Σ |deficit| / (2n) averaged over tables: the mean TVD against the target at the final size. */
  objective(rows: number): number {
    let sum = 0;
    for (let t = 0; t < this.#offsets.length; t++) {
      const end = t + 1 < this.#offsets.length ? this.#offsets[t + 1] : this.#deficit.length;
      for (let i = this.#offsets[t]; i < end; i++) sum += Math.abs(this.#deficit[i]);
    }
    return this.#tables.length && rows ? sum / (2 * rows * this.#tables.length) : 0;
  }
}
