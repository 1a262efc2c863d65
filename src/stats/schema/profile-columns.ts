import { codeCount, type RawTable } from '../raw-table.ts';
import { countCodes } from '../count-codes.ts';

export interface ColumnProfile {
  readonly name: string;
  /** Rows with no value (empty, or a missing token such as NA). */
  readonly missing: number;
  /** missing / rows, 0..1. */
  readonly missingShare: number;
  /** Distinct non-missing values. */
  readonly distinct: number;
}

/** What the UI shows next to each column before any typing: missing share and distinct count. */
export function profileColumns(raw: RawTable): ColumnProfile[] {
  return raw.columns.map((column) => {
    const counts = countCodes(column.codes, codeCount(column));
    // A column read as numbers is profiled without making its strings: its missing code reads as NaN.
    const numbers = column.numbers?.values;
    const values = numbers === undefined ? column.values : [];
    let missing = 0;
    let distinct = 0;
    // Codes that may repeat a spelling (a measurement column, RawColumn.repeats) count distinct numbers instead.
    const seen = column.repeats ? new Set<number>() : null;
    for (let code = 0; code < counts.length; code++) {
      if (numbers === undefined ? values[code] === '' : Number.isNaN(numbers[code])) missing += counts[code];
      else if (counts[code] > 0) {
        if (seen && numbers) seen.add(numbers[code]);
        else distinct++;
      }
    }
    if (seen) distinct = seen.size;
    return { name: column.name, missing, missingShare: raw.rowCount > 0 ? missing / raw.rowCount : 0, distinct };
  });
}
