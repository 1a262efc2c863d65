/** A closed-or-half-open interval: [lo, hi) when hiOpen, else [lo, hi]. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly hiOpen: boolean;
}

export function contains(interval: Interval, x: number): boolean {
  return x >= interval.lo && (interval.hiOpen ? x < interval.hi : x <= interval.hi);
}
