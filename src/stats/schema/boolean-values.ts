/** Spellings of a two-valued column we read as boolean, compared case-insensitively. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['true', 'false'],
  ['yes', 'no'],
  ['t', 'f'],
  ['y', 'n'],
];

/** A column with more distinct values than this is never boolean. */
export const MAX_BOOLEAN_VALUES = 8;

/**
 * True when the distinct non-missing values all come from one pair above
 * (TRUE/False/true mixed is fine; a column of only "yes" too), or are exactly
 * {"0", "1"} with both present: a 0/1 column is nearly always a flag, and as
 * two categories its joint tables with other columns stay exact. A column of
 * only "0" or only "1" stays numeric, since that is too little evidence.
 */
export function isBooleanColumn(values: readonly string[]): boolean {
  if (values.length === 0 || values.length > MAX_BOOLEAN_VALUES) return false;
  if (values.length === 2 && values.includes('0') && values.includes('1')) return true;
  const lower = values.map((v) => v.toLowerCase());
  return PAIRS.some((pair) => lower.every((v) => v === pair[0] || v === pair[1]));
}
