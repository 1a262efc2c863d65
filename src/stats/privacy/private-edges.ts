import { InputError } from '../input-error.ts';
import type { FineMarginal } from '../tables/fine-marginal.ts';
import { laplace, type Uniform } from './noise.ts';

/** Equal-width cells of the noisy histogram that quantile edges are read from. */
const HISTOGRAM_CELLS = 64;

/**
 * Quantile bin edges computed under ε-DP: a Laplace-noised equal-width
 * histogram between PUBLIC bounds (sensitivity 1: one record moves one count),
 * clipped at zero, its cumulative read at i/bins. The outer edges are the
 * public bounds themselves, never a record's value.
 */
export function privateEdges(options: { values: Float64Array; bounds: readonly [number, number]; bins: number; epsilon: number; random: Uniform; column: string }): {
  edges: Float64Array;
  /** The noisy histogram itself: a DP fine marginal for sampling inside bins, at no extra cost (post-processing). */
  fine: FineMarginal;
} {
  const { values, bounds, bins, epsilon, random, column } = options;
  const [lo, hi] = bounds;
  if (!(hi > lo)) throw new InputError(`privacy: public bounds of "${column}" must have min < max, got [${lo}, ${hi}]`);
  const width = (hi - lo) / HISTOGRAM_CELLS;
  const counts = new Float64Array(HISTOGRAM_CELLS);
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    counts[Math.min(HISTOGRAM_CELLS - 1, Math.max(0, Math.floor((v - lo) / width)))]++;
  }
  for (let i = 0; i < counts.length; i++) counts[i] = Math.max(0, counts[i] + laplace(random, 1 / epsilon));
  const total = counts.reduce((a, b) => a + b, 0);
  const edges = [lo];
  let cumulative = 0;
  let next = 1;
  for (let i = 0; i < HISTOGRAM_CELLS && next < bins; i++) {
    cumulative += counts[i];
    while (next < bins && total > 0 && cumulative >= (next * total) / bins) {
      const edge = lo + (i + 1) * width;
      if (edge > edges[edges.length - 1] && edge < hi) edges.push(edge);
      next++;
    }
  }
  edges.push(hi);
  const cellEdges = Float64Array.from({ length: HISTOGRAM_CELLS + 1 }, (_, i) => (i === HISTOGRAM_CELLS ? hi : lo + i * width));
  return { edges: Float64Array.from(edges), fine: { kind: 'bins', column, edges: cellEdges, counts } };
}
