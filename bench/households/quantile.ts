/**
 * The q-quantile of the finite values, interpolating linearly between order
 * statistics (numpy's default, "type 7"); NaN when there are none. q = 0.5 is
 * the median (the middle two averaged for an even count).
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
}

export const medianOf = (values: readonly number[]): number => quantile(values, 0.5);
