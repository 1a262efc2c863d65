import type { TableLayout } from './table-layout.ts';

/**
 * A record's flat cell in every target table, as one index into all tables'
 * cells laid end to end, computed by table lookups only: for each (table,
 * axis) pair a precomputed array gives that axis's contribution — its cell,
 * mapped to the table's coarser bins when the table has them, times the
 * axis's stride, plus the table's offset on its first axis — so a record's
 * flat cell in a table is the sum of one lookup per table axis. Every sampled
 * or scored record passes through here once per table (the refine phase's
 * scan of the store does so for a quarter of a million records an iteration),
 * and the lookups replace the branch on coarse maps and the multiplications.
 */
export class FlatCells {
  readonly tableCount: number;
  /** Cells of each record axis. */
  readonly axisSizes: readonly number[];
  /** Table t's axes are the slots k = first[t] … first[t + 1] − 1. */
  readonly first: Int32Array;
  /** Per slot k: the record's axis it reads, the table it belongs to, and where its contributions start in `contribution`. */
  readonly axis: Int32Array;
  readonly table: Int32Array;
  readonly start: Int32Array;
  readonly contribution: Int32Array;

  /** `offsets[t]` is where table t's cells start; `axisSizes[a]` the cells of record axis a. */
  constructor(options: { layouts: readonly TableLayout[]; offsets: Int32Array; axisSizes: readonly number[] }) {
    const { layouts, offsets, axisSizes } = options;
    this.tableCount = layouts.length;
    this.axisSizes = axisSizes;
    const pairs = layouts.reduce((s, l) => s + l.axes.length, 0);
    this.first = new Int32Array(layouts.length + 1);
    this.axis = new Int32Array(pairs);
    this.table = new Int32Array(pairs);
    this.start = new Int32Array(pairs);
    let size = 0;
    let k = 0;
    layouts.forEach((layout, t) => {
      this.first[t] = k;
      layout.axes.forEach((a) => {
        this.axis[k] = a;
        this.table[k] = t;
        this.start[k++] = size;
        size += axisSizes[a];
      });
    });
    this.first[layouts.length] = k;
    this.contribution = new Int32Array(size);
    k = 0;
    layouts.forEach((layout, t) => {
      layout.axes.forEach((a, j) => {
        const map = layout.maps[j];
        const base = j === 0 ? offsets[t] : 0;
        for (let cell = 0; cell < axisSizes[a]; cell++) this.contribution[this.start[k] + cell] = base + (map ? map[cell] : cell) * layout.strides[j];
        k++;
      });
    });
  }

  /** Writes the flat cell of a record (its per-axis cells) in every table into out[offset … offset + tableCount). */
  write(cells: ArrayLike<number>, out: Int32Array, offset = 0): void {
    const { first, axis, start, contribution } = this;
    for (let t = 0; t < this.tableCount; t++) {
      let flat = 0;
      for (let k = first[t], end = first[t + 1]; k < end; k++) flat += contribution[start[k] + cells[axis[k]]];
      out[offset + t] = flat;
    }
  }
}
