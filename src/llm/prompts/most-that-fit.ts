/**
 * The largest n in 1..total for which `fits(n)` holds, when fitting is
 * monotone (fewer always fits if more does); 1 when nothing does, so a prompt
 * always lists something. Bisection: a few renders instead of one per count.
 */
export function mostThatFit(total: number, fits: (n: number) => boolean): number {
  let lo = 1;
  let hi = Math.max(1, total);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
