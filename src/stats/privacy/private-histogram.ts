import { InputError } from '../input-error.ts';

/** Equal-width cells between the public bounds, at most (the differential-privacy literature's Adult setting). */
export const PRIVATE_HISTOGRAM_CELLS = 32;
/**
 * A grid with at most this many writable values counts each value in a cell of
 * its own (years of education, small counts). More cells than this would each
 * carry the same noise over less mass.
 */
export const PRIVATE_VALUE_CELLS = PRIVATE_HISTOGRAM_CELLS;

/**
 * The public grid a numeric column is measured on under differential privacy,
 * from the public bounds and the schema's value step only, never the values:
 *
 * - "values": each value lo, lo + step, …, hi a cell of its own, when there are
 *   few — a spike such as 40 hours a week stays exact;
 * - "spans": the lower bound as a cell of its own (a floor many records sit on,
 *   zero capital gains, stays exact at no extra cost: one more cell in the same
 *   count vector), then equal-width spans over the rest, aligned to the step so
 *   each holds as many writable values, the last one closed at hi.
 *
 * Either way the count vector ends with the missing cell.
 */
export type HistogramGrid =
  | { readonly kind: 'values'; readonly lo: number; readonly hi: number; readonly step: number; readonly values: Float64Array }
  | { readonly kind: 'spans'; readonly lo: number; readonly hi: number; readonly edges: Float64Array };

export function histogramGrid(options: { bounds: readonly [number, number]; step: number; column: string }): HistogramGrid {
  const [lo, hi] = options.bounds;
  const { step, column } = options;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo))
    throw new InputError(`privacy: public bounds of "${column}" must be finite with min < max, got [${lo}, ${hi}]`);
  const writable = step > 0 ? Math.round((hi - lo) / step) + 1 : Infinity;
  if (writable <= PRIVATE_VALUE_CELLS) {
    return { kind: 'values', lo, hi, step, values: Float64Array.from({ length: writable }, (_, i) => (i === writable - 1 ? hi : lo + i * step)) };
  }
  const cells = PRIVATE_HISTOGRAM_CELLS;
  const width = step > 0 ? step * Math.ceil(writable / cells) : (hi - lo) / cells;
  const spans = step > 0 ? Math.max(1, Math.ceil((hi - lo) / width - 1e-9)) : cells;
  const edges = Float64Array.from({ length: spans + 1 }, (_, i) => (i === spans ? hi : lo + i * width));
  return { kind: 'spans', lo, hi, edges };
}

/**
 * Exact counts on the grid, as one vector: its cells ("values": one per value;
 * "spans": at lo, then span 0 … B−1), then missing. Values outside the bounds
 * count in the end cells (clamped), as the public bounds promise; sensitivity
 * 1 in L1 and L2.
 */
export function histogramCounts(grid: HistogramGrid, values: Float64Array): Float64Array {
  const cells = cellStarts(grid).length + (grid.kind === 'spans' ? 1 : 0);
  const counts = new Float64Array(cells + 1);
  for (const v of values) {
    if (Number.isNaN(v)) counts[cells]++;
    else counts[cellOf(grid, v)]++;
  }
  return counts;
}

function cellOf(grid: HistogramGrid, v: number): number {
  if (grid.kind === 'values') return Math.max(0, Math.min(grid.values.length - 1, Math.round((v - grid.lo) / grid.step)));
  if (v <= grid.lo) return 0;
  const spans = grid.edges.length - 1;
  return 1 + Math.min(spans - 1, Math.floor((v - grid.lo) / (grid.edges[1] - grid.edges[0])));
}

/** Where each cell of values starts, in value order (the value itself, or a span's lower edge). */
export function cellStarts(grid: HistogramGrid): Float64Array {
  return grid.kind === 'values' ? grid.values : grid.edges.subarray(0, grid.edges.length - 1);
}

/** Mass per cell of values, in cellStarts order (for spans, the value lo counted in span 0). */
export function cellMasses(grid: HistogramGrid, counts: Float64Array): Float64Array {
  if (grid.kind === 'values') return counts.slice(0, grid.values.length);
  const spans = grid.edges.length - 1;
  return Float64Array.from({ length: spans }, (_, i) => counts[i + 1] + (i === 0 ? counts[0] : 0));
}
