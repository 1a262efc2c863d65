/**
 * A column as the engine holds it: typed arrays, never arrays of strings.
 * Categorical: `codes[i]` indexes `dictionary`; code 0 is always "missing"
 * (dictionary[0] is null). Numeric: `values[i]`, NaN is missing. Datetimes are
 * numeric, in milliseconds since 1970-01-01 UTC (naive times read as UTC).
 */
export const MISSING_CODE = 0;

export interface CategoricalColumn {
  readonly type: 'categorical';
  readonly name: string;
  /** dictionary[0] === null (missing); every other entry is a distinct written value. */
  readonly dictionary: readonly (string | null)[];
  readonly codes: Uint32Array;
}

export interface NumericColumn {
  readonly type: 'numeric';
  readonly name: string;
  readonly values: Float64Array;
}

export type Column = CategoricalColumn | NumericColumn;
