import type { CellArray } from '../tables/axis-cells.ts';
import { coarseFamily, type CoarseFamily } from './coarse-family.ts';

/** Above this many cells a family is not counted (its table could not be supported by any realistic row count). */
const FAMILY_COUNT_LIMIT = 1 << 22;

export interface FamilyScorerOptions {
  /** Per column: its cell of every (sampled) row. */
  readonly cells: readonly CellArray[];
  /** Per column: cells on its axis. */
  readonly sizes: readonly number[];
  /** Rows the scores speak for (the data's row count; `cells` may hold a sample of them). */
  readonly rows: number;
  /** Per column: whether its cells are ordered bins a family may hold coarser (coarse-family.ts); none when absent. */
  readonly binned?: readonly boolean[];
}

/**
 * How much a joint table of column `x` with the columns `parents` is worth,
 * as the AIC score of a Bayesian-network family (Akaike 1974; Chow & Liu 1968
 * for one parent): N·I(X; S) − (r_X − 1)(q_S − 1) nats, where I is the
 * plug-in mutual information between X and the parents' joint cell (N·I is
 * the log-likelihood the table adds), r_X the cells X occupies and q_S the
 * parent cells that occur (the parameters it adds). Positive means the table
 * is expected to bring the synthetic distribution closer to the one the rows
 * were drawn from (AIC estimates the expected Kullback–Leibler loss, which is
 * what a synthesizer cares about, where BIC's ½ ln N per parameter looks for
 * the true structure and leaves out weaker links that still predict); the
 * penalty grows with the cells, so tables the rows cannot support lose.
 * Measured on Adult (10,000 rows): BIC 0.957 Column Pair Trends and 0.862 TSTR
 * ROC AUC, AIC 0.979 and 0.894.
 */
export class FamilyScorer {
  readonly #cells: readonly CellArray[];
  readonly #sizes: readonly number[];
  readonly #rows: number;
  readonly #binned: readonly boolean[];
  readonly #sample: number;
  readonly #entropy: Float64Array;
  readonly #occupied: Int32Array;
  /** Parent sets recur for every candidate column: their joint entropy is counted once. */
  readonly #given = new Map<string, { entropy: number; occupied: number }>();

  constructor(options: FamilyScorerOptions) {
    this.#cells = options.cells;
    this.#sizes = options.sizes;
    this.#rows = options.rows;
    this.#binned = options.binned ?? options.cells.map(() => false);
    this.#sample = options.cells[0]?.length ?? 0;
    this.#entropy = new Float64Array(options.cells.length);
    this.#occupied = new Int32Array(options.cells.length);
    options.cells.forEach((_, c) => {
      const { entropy, occupied } = this.#count([c]);
      this.#entropy[c] = entropy;
      this.#occupied[c] = occupied;
    });
  }

  /** Cells of a table over these columns. */
  tableCells(columns: readonly number[]): number {
    return columns.reduce((n, c) => n * this.#sizes[c], 1);
  }

  /** BIC gain in nats of giving `x` the parents `parents` (over none); −Infinity when the table is too large to count. */
  gain(x: number, parents: readonly number[]): number {
    if (parents.length === 0) return 0;
    if (this.tableCells([x, ...parents]) > FAMILY_COUNT_LIMIT) return Number.NEGATIVE_INFINITY;
    const joint = this.#count([x, ...parents]);
    const key = parents.join(',');
    let given = this.#given.get(key);
    if (!given) {
      given = this.#count(parents);
      this.#given.set(key, given);
    }
    const mi = Math.max(0, this.#entropy[x] + given.entropy - joint.entropy);
    const penalty = Math.max(0, this.#occupied[x] - 1) * Math.max(0, given.occupied - 1);
    return this.#rows * mi - penalty;
  }

  /** The family with numeric parents on coarser bins, when worth more than `floor` within `maxCells`. */
  coarse(x: number, parents: readonly number[], options: { floor: number; maxCells: number }): CoarseFamily | null {
    return coarseFamily({ cells: this.#cells, sizes: this.#sizes, binned: this.#binned, rows: this.#rows, x, parents, ...options });
  }

  /** Plug-in entropy (nats) of the columns' joint cell over the sampled rows, and how many cells occur. */
  #count(columns: readonly number[]): { entropy: number; occupied: number } {
    const size = this.tableCells(columns);
    const n = this.#sample;
    const flat = new Int32Array(n);
    let stride = 1;
    for (let j = columns.length - 1; j >= 0; j--) {
      const cells = this.#cells[columns[j]];
      for (let i = 0; i < n; i++) flat[i] += cells[i] * stride;
      stride *= this.#sizes[columns[j]];
    }
    let entropy = 0;
    let occupied = 0;
    const add = (c: number) => {
      occupied++;
      const p = c / n;
      entropy -= p * Math.log(p);
    };
    if (size <= 4 * n) {
      const counts = new Int32Array(size);
      for (let i = 0; i < n; i++) counts[flat[i]]++;
      for (let k = 0; k < size; k++) if (counts[k] > 0) add(counts[k]);
    } else {
      // Sparse: far more cells than rows, so count runs of the sorted cell indices instead of allocating every cell.
      flat.sort();
      for (let i = 0, j = 0; i < n; i = j) {
        while (j < n && flat[j] === flat[i]) j++;
        add(j - i);
      }
    }
    return { entropy, occupied };
  }
}
