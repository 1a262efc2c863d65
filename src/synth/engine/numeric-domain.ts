import type { BinnedAxis } from '../../stats/tables/axis.ts';
import type { FineMarginal } from '../../stats/tables/fine-marginal.ts';
import { finePieces } from './fine-pieces.ts';
import type { Interval } from './interval.ts';

/** Everything the sampler knows about one numeric axis: its bins, its fine marginal, its value grid. */
export interface NumericDomain {
  readonly axis: BinnedAxis;
  readonly fine: FineMarginal | undefined;
  /** Grid spacing of written values (valueStep); 0 = continuous. */
  readonly step: number;
}

/**
 * Bin `cell` of the axis: [e_c, e_c+1), the last bin closed (bins/bin-of.ts).
 * The outer bins reach as far as the fine marginal does: under disclosure
 * control the axis stops at the k-th value while the fine marginal carries
 * the extrapolated tails beyond it (fine-marginal.ts).
 */
export function binInterval(domain: NumericDomain, cell: number): Interval {
  const { edges } = domain.axis;
  const last = edges.length - 2;
  const [fineLo, fineHi] = fineRange(domain.fine);
  const lo = cell === 0 ? Math.min(edges[0], fineLo) : edges[cell];
  const hi = cell === last ? Math.max(edges[last + 1], fineHi) : edges[cell + 1];
  return { lo, hi, hiOpen: cell < last };
}

function fineRange(fine: FineMarginal | undefined): [number, number] {
  if (!fine) return [Infinity, -Infinity];
  const points = fine.kind === 'values' ? fine.values : fine.edges;
  return points.length ? [points[0], points[points.length - 1]] : [Infinity, -Infinity];
}

/** The bin ∩ an inclusive range, or null when they do not meet. */
export function clip(bin: Interval, range: readonly [number, number] | null): Interval | null {
  if (!range) return bin;
  const lo = Math.max(bin.lo, range[0]);
  const hiFromRange = range[1] < bin.hi || (range[1] === bin.hi && !bin.hiOpen);
  const hi = Math.min(bin.hi, range[1]);
  const hiOpen = hiFromRange ? false : bin.hiOpen;
  if (lo > hi || (lo === hi && hiOpen)) return null;
  return { lo, hi, hiOpen };
}

/**
 * Share of the target's mass in the bin that lies inside the range: how much a
 * range proposal should favour each bin it touches. Falls back to the share of
 * the bin's width when the fine marginal has nothing there.
 */
export function overlapShare(domain: NumericDomain, options: { cell: number; range: readonly [number, number] }): number {
  const bin = binInterval(domain, options.cell);
  const part = clip(bin, options.range);
  if (!part) return 0;
  const whole = fineMass(domain.fine, bin);
  if (whole > 0) return fineMass(domain.fine, part) / whole;
  const width = bin.hi - bin.lo;
  return width > 0 ? (part.hi - part.lo) / width : 1;
}

/** Target records inside an interval according to the fine marginal. */
export function fineMass(fine: FineMarginal | undefined, interval: Interval): number {
  return finePieces(fine, interval).reduce((sum, p) => sum + p.weight, 0);
}
