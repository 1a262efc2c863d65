/**
 * The synthetic records while the loop runs: per axis, each record's cell, and
 * for numeric axes its value. Column-wise typed arrays that grow by doubling;
 * removal swaps the last record into the hole (order is part of the state, so
 * runs stay deterministic).
 */
export interface RecordStoreState {
  readonly length: number;
  /** Per axis, `length` cells. */
  readonly cells: readonly number[][];
  /** Per axis, `length` values (null for categorical axes). */
  readonly values: readonly ((number | null)[] | null)[];
}

export class RecordStore {
  #length = 0;
  #cells: Int32Array[];
  #values: (Float64Array | null)[];

  /** `numeric[a]` tells whether axis a holds values. */
  constructor(numeric: readonly boolean[], capacity = 1024) {
    this.#cells = numeric.map(() => new Int32Array(capacity));
    this.#values = numeric.map((n) => (n ? new Float64Array(capacity) : null));
  }

  get length(): number {
    return this.#length;
  }

  get axisCount(): number {
    return this.#cells.length;
  }

  cell(axis: number, record: number): number {
    return this.#cells[axis][record];
  }

  value(axis: number, record: number): number {
    return this.#values[axis]?.[record] ?? Number.NaN;
  }

  /** Copies record i's cells into `out`. */
  cellsOf(record: number, out: Int32Array): void {
    for (let a = 0; a < this.#cells.length; a++) out[a] = this.#cells[a][record];
  }

  /** Copies record i's values into `out` (NaN for categorical axes). */
  valuesOf(record: number, out: Float64Array): void {
    for (let a = 0; a < this.#values.length; a++) out[a] = this.#values[a]?.[record] ?? Number.NaN;
  }

  push(cells: ArrayLike<number>, values: ArrayLike<number>): void {
    if (this.#length === this.#cells[0]?.length) this.#grow();
    const i = this.#length++;
    for (let a = 0; a < this.#cells.length; a++) {
      this.#cells[a][i] = cells[a];
      const v = this.#values[a];
      if (v) v[i] = values[a];
    }
  }

  /** Sets one axis of record i: its cell and, on a numeric axis, its value. */
  setAxis(record: number, axis: number, cell: number, value: number): void {
    this.#cells[axis][record] = cell;
    const v = this.#values[axis];
    if (v) v[record] = value;
  }

  /** Removes record i by moving the last record into its place. */
  removeAt(i: number): void {
    const last = --this.#length;
    if (i === last) return;
    for (let a = 0; a < this.#cells.length; a++) {
      this.#cells[a][i] = this.#cells[a][last];
      const v = this.#values[a];
      if (v) v[i] = v[last];
    }
  }

  /** Values of a numeric axis, `length` of them (a copy). */
  columnValues(axis: number): Float64Array {
    return (this.#values[axis] ?? new Float64Array(0)).slice(0, this.#length);
  }

  columnCells(axis: number): Int32Array {
    return this.#cells[axis].slice(0, this.#length);
  }

  state(): RecordStoreState {
    return {
      length: this.#length,
      cells: this.#cells.map((c) => Array.from(c.subarray(0, this.#length))),
      values: this.#values.map((v) => (v ? Array.from(v.subarray(0, this.#length), (x) => (Number.isNaN(x) ? null : x)) : null)),
    };
  }

  static fromState(numeric: readonly boolean[], state: RecordStoreState): RecordStore {
    const store = new RecordStore(numeric, Math.max(1024, state.length));
    store.#length = state.length;
    state.cells.forEach((c, a) => store.#cells[a].set(c));
    state.values.forEach((v, a) => {
      const target = store.#values[a];
      if (v && target) v.forEach((x, i) => (target[i] = x === null ? Number.NaN : x));
    });
    return store;
  }

  #grow(): void {
    const capacity = Math.max(1024, this.#cells[0].length * 2);
    this.#cells = this.#cells.map((c) => {
      const next = new Int32Array(capacity);
      next.set(c);
      return next;
    });
    this.#values = this.#values.map((v) => {
      if (!v) return null;
      const next = new Float64Array(capacity);
      next.set(v);
      return next;
    });
  }
}
