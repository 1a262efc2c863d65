/** The level of a missing value (NaN): below every level of a present one. */
export const MISSING_LEVEL = -1;

/**
 * Cut points that split `values` (NaN left out) into at most `maxLevels`
 * levels of about equal count, as a histogram learner (LightGBM, XGBoost's
 * `hist`) bins its features: with few distinct values, one level each. A
 * value never straddles a cut, so a value held by many rows (a spike at 0) is
 * a level of its own and the other values share the levels left.
 */
export function quantileCuts(values: ArrayLike<number>, maxLevels: number): Float64Array {
  const sorted = Float64Array.from(values)
    .filter((v) => !Number.isNaN(v))
    .sort();
  const distinct = sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
  if (distinct.length <= maxLevels) return distinct.subarray(1);
  const cuts: number[] = [];
  let before = 0;
  let inLevel = 0;
  for (let i = 0; i < sorted.length; i++) {
    const starts = i === 0 || sorted[i] !== sorted[i - 1];
    // A level is full at its share of the rows not yet in a level.
    if (starts && inLevel > 0 && cuts.length < maxLevels - 1 && inLevel >= (sorted.length - before) / (maxLevels - cuts.length)) {
      cuts.push(sorted[i]);
      before += inLevel;
      inLevel = 0;
    }
    inLevel++;
  }
  return Float64Array.from(cuts);
}

/** The level of `value` under `cuts`: how many cuts are at or below it (0 … cuts.length); MISSING_LEVEL for NaN. */
export function levelOf(cuts: Float64Array, value: number): number {
  if (Number.isNaN(value)) return MISSING_LEVEL;
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
