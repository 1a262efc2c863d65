/** True when the non-missing values (NaN = missing) take exactly one distinct value. */
export function isConstant(values: Float64Array): boolean {
  let first = Number.NaN;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(first)) first = v;
    else if (v !== first) return false;
  }
  return !Number.isNaN(first);
}
