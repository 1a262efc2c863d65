import type { NumericColumn } from '../column.ts';
import { ksStatistic, sortedPresent } from './ks-statistic.ts';
import { memoByArray } from './memo-by-array.ts';

/**
 * numpy.round(x, 14): scale, round half to even, unscale. SDMetrics
 * KSComplement rounds both samples to 14 decimals so float noise such as
 * 0.1 + 0.2 vs 0.3 does not count as a difference.
 */
function roundTo14(x: number): number {
  const scaled = x * 1e14;
  let r = Math.round(scaled);
  // Math.round rounds .5 up; numpy's rint rounds half to even.
  if (r - scaled === 0.5 && r % 2 !== 0) r -= 1;
  return r / 1e14;
}

/**
 * SDMetrics KSComplement (0.29.0): 1 - two-sample KS statistic on the
 * non-missing values of each side (each dropped separately), rounded to 14
 * decimals. NaN when either side has no value. Datetimes work on any linear
 * time unit (the statistic depends only on the order of the values).
 */
export function ksComplement(real: NumericColumn, synthetic: NumericColumn): number {
  return 1 - ksStatistic(sortedRounded(real.values), sortedRounded(synthetic.values));
}

/** A column's present values rounded and sorted, once per column (memoByArray). */
const sortedRounded = memoByArray((values: Float64Array) => sortedPresent(values, roundTo14));
