import { axisSize } from '../../stats/tables/axis.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { Rng } from '../rng.ts';
import type { CellConstraints } from './cell-constraints.ts';
import { tableCell, type TableLayout } from './table-layout.ts';
import { cumulativeOf, pickCumulative, upperIndex } from './weighted-pick.ts';

const pickAt = (cumulative: Float64Array, u: number) => upperIndex(cumulative, u * cumulative[cumulative.length - 1]);

interface Conditional {
  /** For each candidate, the cells of the table's open axes, flattened. */
  readonly cells: Int32Array;
  readonly cumulative: Float64Array;
}

/**
 * Draws the cells of one record from the target tables, given a proposal's
 * fixed cells and masks: joint tables first, in the order given, each one's
 * open axes drawn jointly from its counts conditional on the axes already
 * decided; then the marginals. For a junction tree's cliques in
 * running-intersection order this samples the tree's model exactly. With joints [A,G,C], [C,X], [L,M] this is exactly
 * P(A,G,C)·P(X|C)·P(L,M) — the structure the tables describe, nothing more.
 * A table holding a column on coarser bins (joint-group.ts) conditions on it
 * once the column is drawn and is passed over while it is not: the structure
 * only puts such columns among a clique's parents, drawn by an earlier table.
 */
export class CellSampler {
  readonly #targets: Targets;
  readonly #layouts: readonly TableLayout[];
  readonly #order: readonly number[];
  #cache = new Map<string, Conditional | null>();
  #constraints: CellConstraints | null = null;

  constructor(options: { targets: Targets; layouts: readonly TableLayout[] }) {
    this.#targets = options.targets;
    this.#layouts = options.layouts;
    // Joints in the order given (a junction tree's cliques come in running-intersection order), then marginals.
    this.#order = options.layouts
      .map((_, i) => i)
      .sort((a, b) => Number(options.layouts[a].axes.length === 1) - Number(options.layouts[b].axes.length === 1) || a - b);
  }

  /**
   * Fills `out` (one cell per axis) for a record of the given proposal. `first`, when given, is the uniform the
   * first table's pick uses instead of a fresh one (the add phase stratifies it over a proposal's records).
   */
  draw(rng: Rng, options: { constraints: CellConstraints; out: Int32Array; first?: number }): void {
    const { constraints, out } = options;
    let first = options.first;
    if (constraints !== this.#constraints) {
      // Conditionals depend on the masks, so they are cached per proposal.
      this.#cache = new Map();
      this.#constraints = constraints;
    }
    out.set(constraints.fixed);
    for (const t of this.#order) {
      const conditional = this.#conditional(t, out);
      if (!conditional) continue;
      const open = this.#layouts[t].axes.filter((a) => out[a] < 0);
      const pick = first === undefined ? pickCumulative(conditional.cumulative, rng) : pickAt(conditional.cumulative, first);
      first = undefined;
      open.forEach((a, j) => (out[a] = conditional.cells[pick * open.length + j]));
    }
    // Axes no table could decide (their weights were all zero under the masks).
    for (let a = 0; a < out.length; a++) if (out[a] < 0) out[a] = this.#fallback(rng, a);
  }

  #conditional(t: number, out: Int32Array): Conditional | null {
    const layout = this.#layouts[t];
    const open: number[] = [];
    let key = `${t}`;
    for (let j = 0; j < layout.axes.length; j++) {
      const a = layout.axes[j];
      if (out[a] < 0) {
        if (layout.maps[j]) return null;
        open.push(a);
      }
      key += `|${out[a] < 0 ? -1 : tableCell(layout, j, out)}`;
    }
    if (open.length === 0) return null;
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const result = this.#enumerate({ t, open, out });
    this.#cache.set(key, result);
    return result;
  }

  #enumerate(options: { t: number; open: readonly number[]; out: Int32Array }): Conditional | null {
    const { t, open, out } = options;
    const layout = this.#layouts[t];
    const counts = this.#targets.tables[t].counts;
    const masks = this.#constraints?.masks ?? [];
    let base = 0;
    const openStrides: number[] = [];
    layout.axes.forEach((a, j) => {
      if (out[a] >= 0) base += tableCell(layout, j, out) * layout.strides[j];
      else openStrides.push(layout.strides[j]);
    });
    const sizes = open.map((a) => axisSize(this.#targets.axes[a]));
    const combos = sizes.reduce((x, y) => x * y, 1);
    const cells = new Int32Array(combos * open.length);
    const weights = new Float64Array(combos);
    const digit = new Int32Array(open.length);
    for (let k = 0; k < combos; k++) {
      let flat = base;
      let w = 1;
      for (let j = 0; j < open.length; j++) {
        flat += digit[j] * openStrides[j];
        const mask = masks[open[j]];
        if (mask) w *= mask[digit[j]];
        cells[k * open.length + j] = digit[j];
      }
      weights[k] = w * counts[flat];
      for (let j = open.length - 1; j >= 0; j--) {
        if (++digit[j] < sizes[j]) break;
        digit[j] = 0;
      }
    }
    const cumulative = cumulativeOf(weights);
    return cumulative[combos - 1] > 0 ? { cells, cumulative } : null;
  }

  #fallback(rng: Rng, a: number): number {
    const mask = this.#constraints?.masks[a];
    if (mask && mask.some((w) => w > 0)) return pickCumulative(cumulativeOf(mask), rng);
    return rng.int(Math.max(1, axisSize(this.#targets.axes[a]) - 1));
  }
}
