import type { Targets } from '../../stats/tables/targets.ts';
import type { Proposal } from '../plan/plan.ts';
import type { Rng } from '../rng.ts';
import { cellConstraints, type CellConstraints } from './cell-constraints.ts';
import { CellSampler } from './cell-sampler.ts';
import type { NumericDomain } from './numeric-domain.ts';
import { GaussianCopula } from './gaussian-copula.ts';
import { NumericValueSampler, type Recipe } from './numeric-value-sampler.ts';
import type { TableLayout } from './table-layout.ts';
import { valueStep } from '../../stats/schema/value-step.ts';

/** Draws records for proposals: cells from the target tables' conditionals, then values inside the cells. */
export class RecordSampler {
  readonly domains: readonly (NumericDomain | null)[];
  readonly #targets: Targets;
  readonly #cells: CellSampler;
  readonly #values: readonly (NumericValueSampler | null)[];
  readonly #copula: GaussianCopula | null;
  readonly #uniforms: Float64Array;
  /** Per record, reused: each numeric axis's recipe, and the copula dimensions' recipes (their cells). */
  readonly #recipes: (Recipe | null)[];
  readonly #copulaCells: (Recipe | null)[];

  constructor(options: { targets: Targets; layouts: readonly TableLayout[] }) {
    const { targets } = options;
    this.#targets = targets;
    this.#cells = new CellSampler(options);
    this.domains = targets.axes.map((axis) => {
      if (axis.kind !== 'binned') return null;
      const column = targets.schema.columns.find((c) => c.name === axis.column);
      return { axis, fine: targets.fine?.find((f) => f.column === axis.column), step: column ? valueStep(column) : 0 };
    });
    this.#values = this.domains.map((d) => (d ? new NumericValueSampler(d) : null));
    const index = new Map(targets.axes.map((a, i) => [a.column, i]));
    this.#copula = targets.copula ? new GaussianCopula({ copula: targets.copula, axisOf: (c) => index.get(c) ?? -1 }) : null;
    this.#uniforms = new Float64Array(targets.axes.length).fill(Number.NaN);
    this.#recipes = targets.axes.map(() => null);
    this.#copulaCells = (this.#copula?.axes ?? []).map(() => null);
  }

  get axisCount(): number {
    return this.#targets.axes.length;
  }

  /** Which axes hold numeric values. */
  get numeric(): boolean[] {
    return this.domains.map((d) => d !== null);
  }

  constraints(proposal: Proposal): CellConstraints {
    return cellConstraints({ targets: this.#targets, domains: this.domains, proposal });
  }

  drawCells(rng: Rng, options: { constraints: CellConstraints; out: Int32Array; first?: number }): void {
    this.#cells.draw(rng, options);
  }

  /**
   * Values of the numeric axes for a record whose cells are drawn: with a
   * copula, each at the quantile of its cell that the copula drew.
   */
  drawValues(rng: Rng, options: { cells: ArrayLike<number>; constraints: CellConstraints; out: Float64Array }): void {
    const { cells, constraints, out } = options;
    for (let a = 0; a < this.#values.length; a++) this.#recipes[a] = this.#values[a]?.recipe({ cell: cells[a], range: constraints.ranges[a] }) ?? null;
    if (this.#copula) {
      const { axes } = this.#copula;
      for (let i = 0; i < axes.length; i++) this.#copulaCells[i] = this.#recipes[axes[i]];
      this.#copula.draw(rng, { cells: this.#copulaCells, out: this.#uniforms });
    }
    for (let a = 0; a < this.#values.length; a++) {
      const sampler = this.#values[a];
      const recipe = this.#recipes[a];
      // Axes outside the copula keep NaN uniforms and draw their own.
      const u = this.#uniforms[a];
      out[a] = sampler && recipe ? sampler.drawAt(recipe, Number.isNaN(u) ? rng.next() : u) : Number.NaN;
    }
  }
}
