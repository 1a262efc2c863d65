import type { Rng } from '../rng.ts';
import { binInterval, clip, contains, overlapFraction, type Interval, type NumericDomain } from './numeric-domain.ts';
import { stepDecimals } from './value-grid.ts';
import { cumulativeOf, pickCumulative } from './weighted-pick.ts';

/** How to draw inside one interval: from the fine marginal's pieces, or uniformly on the grid. */
interface Recipe {
  readonly interval: Interval;
  /** kind "values": the candidate values; kind "bins": the pieces' bounds. */
  readonly points: Float64Array;
  readonly pieces: Float64Array;
  readonly cumulative: Float64Array;
  readonly exact: boolean;
}

/**
 * Draws values of one numeric axis inside a bin (and a planner's range): from
 * the target's own fine marginal restricted to the interval, so the shape inside
 * the box is kept (the paper draws uniformly), then snapped to the column's grid
 * so integers stay integers and decimals keep the column's precision.
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
      const bin = binInterval(axis, options.cell);
      recipe = this.#recipe(clip(bin, options.range) ?? bin);
      this.#recipes.set(key, recipe);
    }
    return this.#drawFrom(recipe, rng);
  }

  #recipe(interval: Interval): Recipe {
    const { fine } = this.#domain;
    const none = { interval, points: new Float64Array(0), pieces: new Float64Array(0), cumulative: new Float64Array(0), exact: false };
    if (!fine) return none;
    if (fine.kind === 'values') {
      const points: number[] = [];
      const weights: number[] = [];
      fine.values.forEach((v, i) => {
        if (contains(interval, v) && fine.counts[i] > 0) {
          points.push(v);
          weights.push(fine.counts[i]);
        }
      });
      return points.length ? { ...none, points: Float64Array.from(points), cumulative: cumulativeOf(weights), exact: true } : none;
    }
    const pieces: number[] = [];
    const weights: number[] = [];
    for (let i = 0; i < fine.counts.length; i++) {
      const w = fine.counts[i] * overlapFraction(fine.edges[i], fine.edges[i + 1], interval);
      if (w > 0) {
        pieces.push(Math.max(fine.edges[i], interval.lo), Math.min(fine.edges[i + 1], interval.hi));
        weights.push(w);
      }
    }
    return pieces.length ? { ...none, pieces: Float64Array.from(pieces), cumulative: cumulativeOf(weights) } : none;
  }

  #drawFrom(recipe: Recipe, rng: Rng): number {
    if (recipe.exact) return recipe.points[pickCumulative(recipe.cumulative, rng)];
    const { interval } = recipe;
    if (recipe.cumulative.length > 0) {
      const p = pickCumulative(recipe.cumulative, rng);
      const lo = recipe.pieces[2 * p];
      const hi = recipe.pieces[2 * p + 1];
      const onGrid = this.#gridDraw(rng, { lo, hi, hiOpen: hi === interval.hi ? interval.hiOpen : true });
      if (onGrid !== null) return onGrid;
    }
    return this.#gridDraw(rng, interval) ?? this.#snap((interval.lo + interval.hi) / 2);
  }

  /** Uniform over the grid points inside the interval (uniform on the line when there is no grid); null if none. */
  #gridDraw(rng: Rng, interval: Interval): number | null {
    const { step } = this.#domain;
    if (step <= 0) {
      const v = interval.lo + rng.next() * (interval.hi - interval.lo);
      return contains(interval, v) ? v : interval.lo;
    }
    const eps = 1e-9;
    const kLo = Math.ceil(interval.lo / step - eps);
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
