import type { Axis } from '../tables/axis.ts';
import type { FineMarginal } from '../tables/fine-marginal.ts';
import { cellMasses, cellStarts, type HistogramGrid } from './private-histogram.ts';

/*
 * What a noisy, projected histogram (private-histogram.ts) says in the forms
 * the targets use. All of it is post-processing of the one measurement.
 */

/**
 * Bin edges for the pair tables, chosen among the cells' starts at the
 * histogram's quantiles: an edge closes a bin once it holds its share of the
 * mass not yet binned (or before a cell that would overshoot it), so a spike
 * (40 hours, the lower bound's cell) gets a bin of its own and the bins after
 * it share the rest. Strictly increasing, lo to hi.
 */
export function coarseEdges(options: { grid: HistogramGrid; counts: Float64Array; bins: number }): Float64Array {
  const { grid, counts, bins } = options;
  const masses = cellMasses(grid, counts);
  const starts = cellStarts(grid);
  const edges = [grid.lo];
  let left = masses.reduce((a, b) => a + b, 0);
  let binsLeft = bins;
  let acc = 0;
  const close = (at: number) => {
    if (at <= edges[edges.length - 1] || at >= grid.hi || binsLeft <= 1) return;
    edges.push(at);
    left -= acc;
    acc = 0;
    binsLeft--;
  };
  for (let i = 0; i < masses.length; i++) {
    const share = left / binsLeft;
    // A cell that would overshoot the bin's share by more than the bin falls short of it starts the next bin:
    // a spike is never merged into the values before it.
    if (i > 0 && acc > 0 && acc + masses[i] - share > share - acc) close(starts[i]);
    acc += masses[i];
    if (i + 1 < masses.length && left > 0 && acc >= left / binsLeft) close(starts[i + 1]);
  }
  edges.push(grid.hi);
  return Float64Array.from(edges);
}

/** The histogram as the fine marginal values are drawn from (for spans, the lower bound a point mass of span 0). */
export function histogramFine(options: { column: string; grid: HistogramGrid; counts: Float64Array }): FineMarginal {
  const { column, grid, counts } = options;
  const masses = cellMasses(grid, counts);
  if (grid.kind === 'values') return { kind: 'values', column, values: Float64Array.from(grid.values), counts: masses };
  const atEdge = new Float64Array(masses.length);
  atEdge[0] = counts[0];
  return { kind: 'bins', column, edges: Float64Array.from(grid.edges), counts: masses, atEdge };
}

/** The column's marginal on a binned axis whose edges are cell starts (coarseEdges): cells summed per bin, missing last. */
export function marginalFromHistogram(options: { grid: HistogramGrid; counts: Float64Array; axis: Axis }): Float64Array {
  const { grid, counts, axis } = options;
  if (axis.kind !== 'binned') throw new Error(`privacy: the marginal of "${axis.column}" is not on bins`);
  const bins = Math.max(0, axis.edges.length - 1);
  const out = new Float64Array(bins + 1);
  const starts = cellStarts(grid);
  let bin = 0;
  cellMasses(grid, counts).forEach((m, i) => {
    while (bin < bins - 1 && axis.edges[bin + 1] <= starts[i]) bin++;
    out[bin] += m;
  });
  out[bins] = counts[counts.length - 1];
  return out;
}
