/**
 * A parsed file before any typing: every column dictionary-encoded as the
 * strings written in the file. Repeated values are stored once, so a 1M-row
 * file costs one Uint32Array per column plus its distinct strings.
 */
export interface RawColumn {
  readonly name: string;
  /** Distinct written values, in order of first appearance. */
  readonly values: readonly string[];
  /** codes[row] indexes `values`. */
  readonly codes: Uint32Array;
}

export interface RawTable {
  /** File name, used in every error message. */
  readonly source: string;
  readonly columns: readonly RawColumn[];
  readonly rowCount: number;
}
