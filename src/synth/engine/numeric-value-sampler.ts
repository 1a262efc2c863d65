import type { Rng } from '../rng.ts';
import { finePieces, type FinePiece } from './fine-pieces.ts';
import { binInterval, clip, contains, type Interval, type NumericDomain } from './numeric-domain.ts';
import { stepDecimals } from './value-grid.ts';
import { cumulativeOf, pickCumulative } from './weighted-pick.ts';

/** How to draw inside one interval: the fine marginal's pieces there, or the grid when it has none. */
interface Recipe {
  readonly interval: Interval;
  readonly pieces: readonly FinePiece[];
  readonly cumulative: Float64Array;
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
  readonly #recipes = new Map<string, Recipe>();

  constructor(domain: NumericDomain) {
    this.#domain = domain;
  }

  /** A value in bin `cell` ∩ range; NaN for the missing cell. */
  draw(rng: Rng, options: { cell: number; range: readonly [number, number] | null }): number {
    const { axis } = this.#domain;
    if (options.cell >= axis.edges.length - 1) return Number.NaN;
    const key = options.range ? `${options.cell}|${options.range[0]}|${options.range[1]}` : `${options.cell}`;
    let recipe = this.#recipes.get(key);
    if (!recipe) {
      const bin = binInterval(this.#domain, options.cell);
      const interval = clip(bin, options.range) ?? bin;
      const pieces = finePieces(this.#domain.fine, interval);
      recipe = { interval, pieces, cumulative: cumulativeOf(pieces.map((p) => p.weight)) };
      this.#recipes.set(key, recipe);
    }
    return this.#drawFrom(recipe, rng);
  }

  #drawFrom(recipe: Recipe, rng: Rng): number {
    const { interval, pieces } = recipe;
    if (pieces.length > 0) {
      const piece = pieces[pickCumulative(recipe.cumulative, rng)];
      if (piece.point) return piece.lo;
      const onGrid = this.#gridDraw(rng, piece);
      if (onGrid !== null) return onGrid;
    }
    return this.#gridDraw(rng, { ...interval, loOpen: false }) ?? this.#snap((interval.lo + interval.hi) / 2);
  }

  /** Uniform over the grid points inside the interval (uniform on the line when there is no grid); null if none. */
  #gridDraw(rng: Rng, interval: Interval & { readonly loOpen: boolean }): number | null {
    const { step } = this.#domain;
    if (step <= 0) {
      const v = interval.lo + rng.next() * (interval.hi - interval.lo);
      return contains(interval, v) ? v : interval.lo;
    }
    const eps = 1e-9;
    let kLo = Math.ceil(interval.lo / step - eps);
    if (interval.loOpen && this.#snap(kLo * step) <= interval.lo) kLo++;
    let kHi = Math.floor(interval.hi / step + eps);
    if (interval.hiOpen && this.#snap(kHi * step) >= interval.hi) kHi--;
    if (kHi < kLo) return null;
    return this.#snap((kLo + rng.int(kHi - kLo + 1)) * step);
  }

  #snap(x: number): number {
    const { step } = this.#domain;
    if (step <= 0) return x;
    const k = Math.round(x / step);
    return step >= 1 ? k * step : Number((k * step).toFixed(stepDecimals(step)));
  }
}
