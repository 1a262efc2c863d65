import type { Rng } from '../rng.ts';
import { cellScores } from './gaussian-copula.ts';
import { finePieces, type FinePiece } from './fine-pieces.ts';
import { contains, type Interval } from './interval.ts';
import { binInterval, clip, fineMass, type NumericDomain } from './numeric-domain.ts';
import { stepDecimals } from './value-grid.ts';
import { cumulativeOf, upperIndex } from './weighted-pick.ts';

/** How to draw inside one interval: the fine marginal's pieces there, or the grid when it has none. */
export interface Recipe {
  readonly interval: Interval;
  readonly pieces: readonly FinePiece[];
  readonly cumulative: Float64Array;
  /** The interval's share of the column's marginal: [F(lo), F(hi)]. */
  readonly bounds: readonly [number, number];
  /** `bounds` as normal scores, for the copula (a Recipe is its CopulaCell). */
  readonly scores: readonly [number, number];
}

/**
 * Draws values of one numeric axis inside a bin (and a planner's range): from
 * the target's own fine marginal restricted to the interval, so the shape inside
 * the box is kept (the paper draws uniformly) — exact values where the fine
 * marginal has points, spread over the column's grid inside its spans — then
 * snapped to the grid so integers stay integers and decimals keep the
 * column's precision.
 */
export class NumericValueSampler {
  readonly #domain: NumericDomain;
  /** Recipes under a planner's range, by the range (one tuple per proposal, cellConstraints) and then by cell: no key is built per record. */
  readonly #rangeRecipes = new WeakMap<readonly [number, number], (Recipe | undefined)[]>();
  /** Recipes of whole bins (no planner range), by cell: the common case, looked up without building a key. */
  readonly #binRecipes: (Recipe | undefined)[] = [];
  /** The grid step as an integer over a power of ten (0.25 = 25 / 100), so snapping divides exact integers. */
  readonly #stepNumerator: number;
  readonly #stepDenominator: number;
  /** The fine marginal's whole mass, the denominator of every cell's share. */
  readonly #total: number;

  constructor(domain: NumericDomain) {
    this.#domain = domain;
    this.#total = fineMass(domain.fine, { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, hiOpen: false });
    this.#stepDenominator = domain.step > 0 && domain.step < 1 ? 10 ** stepDecimals(domain.step) : 1;
    this.#stepNumerator = Math.round(domain.step * this.#stepDenominator);
  }

  /** A random value in bin `cell` ∩ range; NaN for the missing cell. */
  draw(rng: Rng, options: { cell: number; range: readonly [number, number] | null }): number {
    const recipe = this.recipe(options);
    return recipe ? this.drawAt(recipe, rng.next()) : Number.NaN;
  }

  /**
   * How to draw inside cell ∩ range, with its share [F(lo), F(hi)] of the column's marginal (`bounds`);
   * null for the missing cell. Cached per cell and range.
   */
  recipe(options: { cell: number; range: readonly [number, number] | null }): Recipe | null {
    return options.cell >= this.#domain.axis.edges.length - 1 ? null : this.#recipe(options);
  }

  /** The value at quantile u of the recipe's distribution (monotone in u, for the copula). */
  drawAt(recipe: Recipe, u: number): number {
    return this.#drawFrom(recipe, u);
  }

  #recipe(options: { cell: number; range: readonly [number, number] | null }): Recipe {
    if (!options.range) return (this.#binRecipes[options.cell] ??= this.#build(options));
    let byCell = this.#rangeRecipes.get(options.range);
    if (!byCell) {
      byCell = [];
      this.#rangeRecipes.set(options.range, byCell);
    }
    return (byCell[options.cell] ??= this.#build(options));
  }

  #build(options: { cell: number; range: readonly [number, number] | null }): Recipe {
    const bin = binInterval(this.#domain, options.cell);
    const interval = clip(bin, options.range) ?? bin;
    const pieces = finePieces(this.#domain.fine, interval);
    const cumulative = cumulativeOf(pieces.map((p) => p.weight));
    const bounds = this.#bounds(interval, cumulative);
    return { interval, pieces, cumulative, bounds, scores: cellScores(bounds) };
  }

  #bounds(interval: Interval, cumulative: Float64Array): readonly [number, number] {
    const total = this.#total;
    if (!(total > 0)) return [0, 1];
    const below = fineMass(this.#domain.fine, { lo: Number.NEGATIVE_INFINITY, hi: interval.lo, hiOpen: true });
    const inside = cumulative.length ? cumulative[cumulative.length - 1] : 0;
    return [below / total, Math.min(1, (below + inside) / total)];
  }

  /** The value at quantile u: a piece by its weight, then the position inside it. */
  #drawFrom(recipe: Recipe, u: number): number {
    const { interval, pieces, cumulative } = recipe;
    if (pieces.length > 0) {
      const total = cumulative[cumulative.length - 1];
      const p = Math.min(pieces.length - 1, upperIndex(cumulative, u * total));
      const piece = pieces[p];
      if (piece.point) return piece.lo;
      const before = p > 0 ? cumulative[p - 1] : 0;
      const within = Math.min(1 - 1e-12, Math.max(0, (u * total - before) / piece.weight));
      const onGrid = this.#gridAt(within, piece);
      if (onGrid !== null) return onGrid;
    }
    return this.#gridAt(u, { ...interval, loOpen: false }) ?? this.#snap((interval.lo + interval.hi) / 2);
  }

  /** The grid point at position `at` ∈ [0, 1) among those inside the interval (on the line when there is no grid); null if none. */
  #gridAt(at: number, interval: Interval & { readonly loOpen: boolean }): number | null {
    const { step } = this.#domain;
    if (step <= 0) {
      const v = interval.lo + at * (interval.hi - interval.lo);
      return contains(interval, v) ? v : interval.lo;
    }
    const eps = 1e-9;
    let kLo = Math.ceil(interval.lo / step - eps);
    if (interval.loOpen && this.#snap(kLo * step) <= interval.lo) kLo++;
    let kHi = Math.floor(interval.hi / step + eps);
    if (interval.hiOpen && this.#snap(kHi * step) >= interval.hi) kHi--;
    if (kHi < kLo) return null;
    return this.#snap((kLo + Math.min(kHi - kLo, Math.floor(at * (kHi - kLo + 1)))) * step);
  }

  #snap(x: number): number {
    const { step } = this.#domain;
    if (step <= 0) return x;
    // k·m / 10^d is the double nearest the decimal k·step, as parsing its text would give.
    const k = Math.round(x / step);
    return step >= 1 ? k * step : (k * this.#stepNumerator) / this.#stepDenominator;
  }
}
