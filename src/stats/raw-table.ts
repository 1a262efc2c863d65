/**
 * A parsed file before any typing: every column dictionary-encoded as the
 * strings written in the file. Repeated values are stored once, so a 1M-row
 * file costs one Uint32Array per column plus its distinct strings.
 */
export interface RawColumn {
  readonly name: string;
  /**
   * Distinct written values, in order of first appearance (but see `repeats`). '' means missing (readers map
   * missing tokens to it).
   */
  readonly values: readonly string[];
  /** codes[row] indexes `values`. */
  readonly codes: Uint32Array;
  /**
   * Rows per spelling of "missing" as the file wrote it ('', 'NA', '?'…), in
   * order of first appearance; absent when no row was missing (or the table
   * was built by hand). Kept because '' above erases the spelling, and the
   * schema needs it to write missing values back the same way.
   */
  readonly missingSpellings?: ReadonlyMap<string, number>;
  /**
   * What the values read as, when a delimited file wrote every one of them as
   * a plain number ("-12", "3.25"; see ingest/read-plain-number-bytes.ts) and
   * at least one is present: typing and encoding then need no strings, and
   * `values` is made on first use. A cache, not part of the table: it is not
   * enumerable, so a copy ({ ...column }) drops it, and so does a test's toEqual.
   */
  readonly numbers?: RawNumbers;
  /**
   * True when codes may repeat a spelling: a column of measurements with fractions, read without look-ups
   * (ingest/byte-column-builder.ts), so `values` are not distinct. Only such a column, which is neither a
   * boolean nor an identifier, is read so; whoever counts or lists its distinct values merges them first
   * (ingest/merge-spellings.ts).
   */
  readonly repeats?: boolean;
}

/** How many codes a column has (values.length), without making the values of a column read as numbers. */
export function codeCount(column: RawColumn): number {
  return column.numbers?.values.length ?? column.values.length;
}

/** Per code of a RawColumn: the number values[code] reads as (readNumber; NaN for the missing code) and its digits after the point. */
export interface RawNumbers {
  readonly values: Float64Array;
  readonly decimals: Int32Array;
  /** values[code] of the column, made without the others. */
  readonly text: (code: number) => string;
}

/** column.values[code], without making the other values of a column read as numbers (a preview of a few rows). */
export function rawValue(column: RawColumn, code: number): string {
  return column.numbers === undefined ? column.values[code] : column.numbers.text(code);
}

export interface RawTable {
  /** File name, used in every error message. */
  readonly source: string;
  readonly columns: readonly RawColumn[];
  readonly rowCount: number;
  /** Things the reader fixed up or guessed (encoding, skipped blank lines), in words for the user. */
  readonly warnings?: readonly string[];
  /**
   * Spreadsheet row (header = row 1) of each data row, present only when it is
   * not simply index + 2 (blank lines were skipped). See ingest/row-label.ts.
   */
  readonly rowNumbers?: Uint32Array;
  /** 'record' for JSON and Parquet, whose rows have no header line: messages then say "record N" (from 1). */
  readonly rowNaming?: 'spreadsheet' | 'record';
}
