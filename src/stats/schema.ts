/**
 * What each column is, as inferred from the data and corrected by the user.
 * `included: false` columns are carried through but left out of statistics
 * (identifiers and free text by default).
 */
export type ColumnKind = 'categorical' | 'boolean' | 'numeric' | 'datetime' | 'identifier' | 'text';

interface ColumnSchemaBase {
  readonly name: string;
  readonly included: boolean;
  /**
   * How the input wrote a missing value in this column ('?', 'NA'), so the
   * output writes it the same way, like `decimals` and `format`; the most
   * frequent spelling when the column used several (missing-tokens.ts).
   * Absent when missing values were written empty or there were none, and in
   * schemas from older stats.json: write ''.
   */
  readonly missingToken?: string;
}

export interface CategoricalSchema extends ColumnSchemaBase {
  readonly kind: 'categorical' | 'boolean' | 'identifier' | 'text';
}

export interface NumericSchema extends ColumnSchemaBase {
  readonly kind: 'numeric';
  /** Every written value was a whole number. */
  readonly integer: boolean;
  /** Largest number of decimals written in the column, so values round-trip as written. */
  readonly decimals: number;
  /**
   * Every written value had exactly `decimals` decimals ("0.0", "12.8"): write
   * them padded. False when shorter forms occur ("40.3" and "18"): write the
   * shortest form. Absent (schemas from older stats.json): shortest form.
   */
  readonly fixedDecimals?: boolean;
}

export interface DatetimeSchema extends ColumnSchemaBase {
  readonly kind: 'datetime';
  /** strftime-style format (`%Y-%m-%d %H:%M:%S`), the same notation as SDV metadata's `datetime_format`. */
  readonly format: string;
}

export type ColumnSchema = CategoricalSchema | NumericSchema | DatetimeSchema;

export interface Schema {
  readonly columns: readonly ColumnSchema[];
}

/** Kinds held as numbers (NumericColumn); the rest are held as codes (CategoricalColumn). */
export function isNumericKind(kind: ColumnKind): kind is 'numeric' | 'datetime' {
  return kind === 'numeric' || kind === 'datetime';
}
