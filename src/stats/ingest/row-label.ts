import type { RawTable } from '../raw-table.ts';

/**
 * How a data row is named in messages. Delimited files: the row a spreadsheet
 * shows (header = row 1, so data row 0 is row 2). JSON and Parquet have no
 * header line, so they count records from 1.
 */
export function rowLabel(raw: RawTable, index: number): string {
  if (raw.rowNaming === 'record') return `record ${index + 1}`;
  return `row ${raw.rowNumbers ? raw.rowNumbers[index] : index + 2}`;
}
