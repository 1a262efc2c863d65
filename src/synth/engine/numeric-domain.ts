import type { BinnedAxis } from '../../stats/tables/axis.ts';
import type { FineMarginal } from '../../stats/tables/fine-marginal.ts';

/** Everything the sampler knows about one numeric axis: its bins, its fine marginal, its value grid. */
export interface NumericDomain {
  readonly axis: BinnedAxis;
  readonly fine: FineMarginal | undefined;
  /** Grid spacing of written values (valueStep); 0 = continuous. */
  readonly step: number;
}

/** A closed-or-half-open interval: [lo, hi) when hiOpen, else [lo, hi]. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly hiOpen: boolean;
}

/** Bin `cell` of the axis: [e_c, e_c+1), the last bin closed (bins/bin-of.ts). */
export function binInterval(axis: BinnedAxis, cell: number): Interval {
  const last = axis.edges.length - 2;
  return { lo: axis.edges[cell], hi: axis.edges[cell + 1], hiOpen: cell < last };
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

export function contains(interval: Interval, x: number): boolean {
  return x >= interval.lo && (interval.hiOpen ? x < interval.hi : x <= interval.hi);
}

/**
 * Share of the target's mass in the bin that lies inside the range: how much a
 * range proposal should favour each bin it touches. Falls back to the share of
 * the bin's width when the fine marginal has nothing there.
 */
export function overlapShare(domain: NumericDomain, options: { cell: number; range: readonly [number, number] }): number {
  const bin = binInterval(domain.axis, options.cell);
  const part = clip(bin, options.range);
  if (!part) return 0;
  const whole = fineMass(domain.fine, bin);
  if (whole > 0) return fineMass(domain.fine, part) / whole;
  const width = bin.hi - bin.lo;
  return width > 0 ? (part.hi - part.lo) / width : 1;
}

/** Target records inside an interval according to the fine marginal (bins pro rata). */
export function fineMass(fine: FineMarginal | undefined, interval: Interval): number {
  if (!fine) return 0;
  let mass = 0;
  if (fine.kind === 'values') {
    for (let i = 0; i < fine.values.length; i++) if (contains(interval, fine.values[i])) mass += fine.counts[i];
    return mass;
  }
  for (let i = 0; i < fine.counts.length; i++) mass += fine.counts[i] * overlapFraction(fine.edges[i], fine.edges[i + 1], interval);
  return mass;
}

/** Fraction of [a, b] inside the interval (a point bin counts whole when inside). */
export function overlapFraction(a: number, b: number, interval: Interval): number {
  if (b <= a) return contains(interval, a) ? 1 : 0;
  const lo = Math.max(a, interval.lo);
  const hi = Math.min(b, interval.hi);
  return hi > lo ? (hi - lo) / (b - a) : 0;
}
