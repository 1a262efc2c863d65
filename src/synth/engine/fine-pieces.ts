import type { FineMarginal } from '../../stats/tables/fine-marginal.ts';
import { contains, type Interval } from './interval.ts';

/**
 * A part of a fine marginal inside an interval, in value order: a point (one
 * exact value) or a span [lo, hi) / [lo, hi] whose values are spread on the
 * column's grid; `loOpen` when the span's lower edge is a point of its own.
 */
export interface FinePiece {
  readonly lo: number;
  readonly hi: number;
  readonly point: boolean;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
  /** Target records in the piece. */
  readonly weight: number;
}

/** The fine marginal restricted to an interval, as weighted pieces in increasing value order. */
export function finePieces(fine: FineMarginal | undefined, interval: Interval): FinePiece[] {
  if (!fine) return [];
  const pieces: FinePiece[] = [];
  const point = (v: number, weight: number) => {
    if (weight > 0 && contains(interval, v)) pieces.push({ lo: v, hi: v, point: true, loOpen: false, hiOpen: false, weight });
  };
  if (fine.kind === 'values') {
    fine.values.forEach((v, i) => point(v, fine.counts[i]));
    return pieces;
  }
  const last = fine.counts.length - 1;
  for (let i = 0; i <= last; i++) {
    const a = fine.edges[i];
    const b = fine.edges[i + 1];
    const atEdge = fine.atEdge?.[i] ?? 0;
    point(a, atEdge);
    const spread = (fine.counts[i] - atEdge) * overlapFraction(a, b, interval);
    if (!(spread > 0)) continue;
    const lo = Math.max(a, interval.lo);
    const hi = Math.min(b, interval.hi);
    const hiOpen = hi === interval.hi ? interval.hiOpen : i < last || hi < b;
    pieces.push({ lo, hi, point: false, loOpen: atEdge > 0 && lo === a, hiOpen, weight: spread });
  }
  return pieces;
}

/** Fraction of [a, b] inside the interval (a point bin counts whole when inside). */
export function overlapFraction(a: number, b: number, interval: Interval): number {
  if (b <= a) return contains(interval, a) ? 1 : 0;
  const lo = Math.max(a, interval.lo);
  const hi = Math.min(b, interval.hi);
  return hi > lo ? (hi - lo) / (b - a) : 0;
}
