import { axisSize } from '../../stats/tables/axis.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { Rng } from '../rng.ts';
import type { CellConstraints } from './cell-constraints.ts';
import { tableCell, type TableLayout } from './table-layout.ts';
import { ConditionalStore } from './conditional-store.ts';
import { cumulativeOf, pickCumulative } from './weighted-pick.ts';

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
  /** Per table, per table axis, the weight of that axis's (cell + 1, 0 when open) in the cache key. */
  readonly #keyWeights: readonly Float64Array[];
  /** Per table, the key space of #keyWeights (every axis decided to a cell, or open). */
  readonly #keySpaces: readonly number[];
  /** The conditionals of the current constraints, per table and key (which of its axes are decided, and to what). */
  #cache: ConditionalStore;
  /** The same for constraints without masks, whose conditionals depend on the key alone: kept across proposals. */
  readonly #unmasked: ConditionalStore;
  #constraints: CellConstraints | null = null;
  /** Under the current constraints, the tables (in order) that still have an axis to decide when their turn comes. */
  #active: readonly number[] = [];

  constructor(options: { targets: Targets; layouts: readonly TableLayout[] }) {
    this.#targets = options.targets;
    this.#layouts = options.layouts;
    // Joints in the order given (a junction tree's cliques come in running-intersection order), then marginals.
    this.#order = options.layouts
      .map((_, i) => i)
      .sort((a, b) => Number(options.layouts[a].axes.length === 1) - Number(options.layouts[b].axes.length === 1) || a - b);
    const spaces: number[] = [];
    this.#keyWeights = options.layouts.map((layout, t) => {
      const shape = options.targets.tables[t].shape;
      const weights = new Float64Array(layout.axes.length);
      let w = 1;
      for (let j = layout.axes.length - 1; j >= 0; j--) {
        weights[j] = w;
        w *= shape[j] + 1;
      }
      spaces.push(w);
      return weights;
    });
    this.#keySpaces = spaces;
    this.#unmasked = new ConditionalStore(spaces, true);
    this.#cache = this.#unmasked;
  }

  /**
   * Fills `out` (one cell per axis) for a record of the given proposal. `first`, when given, is the uniform the
   * first table's pick uses instead of a fresh one (the add phase stratifies it over a proposal's records).
   */
  draw(rng: Rng, options: { constraints: CellConstraints; out: Int32Array; first?: number }): void {
    const { constraints, out } = options;
    if (constraints !== this.#constraints) {
      // Conditionals depend on the masks, so a proposal with masks gets a cache of its own.
      this.#cache = constraints.masks.some((m) => m !== null) ? new ConditionalStore(this.#keySpaces, false) : this.#unmasked;
      this.#constraints = constraints;
      this.#active = this.#activeTables(constraints);
    }
    out.set(constraints.fixed);
    // A table that had nothing to draw from left its axes open: the tables passed over may decide them.
    if (!this.#drawTables(this.#active, rng, out, options.first)) this.#drawTables(this.#order, rng, out);
    // Axes no table could decide (their weights were all zero under the masks).
    for (let a = 0; a < out.length; a++) if (out[a] < 0) out[a] = this.#fallback(rng, a);
  }

  /**
   * Draws each table's open axes in turn, jointly from its conditional; the first table that draws uses `first`
   * when given. False when some table had nothing to draw from.
   */
  #drawTables(tables: readonly number[], rng: Rng, out: Int32Array, first?: number): boolean {
    let drewAll = true;
    for (const t of tables) {
      const conditional = this.#conditional(t, out);
      if (conditional < 0) {
        drewAll = false;
        continue;
      }
      this.#cache.draw(conditional, first === undefined ? rng.next() : first, out);
      first = undefined;
    }
    return drewAll;
  }

  /**
   * The tables worth visiting under these constraints: those with an axis neither fixed nor drawn by a table
   * before them (a table whose coarse axis is still open draws nothing, as in #conditional). The rest would
   * find every axis decided; skipping them keeps a record's cost to the tables that draw.
   */
  #activeTables(constraints: CellConstraints): number[] {
    const decided = Array.from(constraints.fixed, (c) => c >= 0);
    return this.#order.filter((t) => {
      const layout = this.#layouts[t];
      const open = layout.axes.map((a, j) => ({ a, j })).filter(({ a }) => !decided[a]);
      if (open.length === 0 || open.some(({ j }) => layout.maps[j])) return false;
      for (const { a } of open) decided[a] = true;
      return true;
    });
  }

  /** The id of table t's conditional given the axes `out` decides (ConditionalStore), −1 when it draws nothing. */
  #conditional(t: number, out: Int32Array): number {
    const layout = this.#layouts[t];
    const weights = this.#keyWeights[t];
    let key = 0;
    let opened = 0;
    for (let j = 0; j < layout.axes.length; j++) {
      const a = layout.axes[j];
      if (out[a] < 0) {
        if (layout.maps[j]) return -1;
        opened++;
      } else key += (tableCell(layout, j, out) + 1) * weights[j];
    }
    if (opened === 0) return -1;
    const cached = this.#cache.find(t, key);
    if (cached !== undefined) return cached;
    const open = layout.axes.filter((a) => out[a] < 0);
    return this.#cache.add(t, key, this.#enumerate({ t, open, out }));
  }

  /** Table t's weight per combination of the open axes' cells (last axis fastest), given the decided ones. */
  #enumerate(options: { t: number; open: readonly number[]; out: Int32Array }): { open: readonly number[]; sizes: number[]; weights: Float64Array } {
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
    const weights = new Float64Array(combos);
    const digit = new Int32Array(open.length);
    for (let k = 0; k < combos; k++) {
      let flat = base;
      let w = 1;
      for (let j = 0; j < open.length; j++) {
        flat += digit[j] * openStrides[j];
        const mask = masks[open[j]];
        if (mask) w *= mask[digit[j]];
      }
      weights[k] = w * counts[flat];
      for (let j = open.length - 1; j >= 0; j--) {
        if (++digit[j] < sizes[j]) break;
        digit[j] = 0;
      }
    }
    return { open, sizes, weights };
  }

  #fallback(rng: Rng, a: number): number {
    const mask = this.#constraints?.masks[a];
    if (mask && mask.some((w) => w > 0)) return pickCumulative(cumulativeOf(mask), rng);
    return rng.int(Math.max(1, axisSize(this.#targets.axes[a]) - 1));
  }
}
