import type { Dataset } from './dataset.ts';
import { MISSING_CODE } from './column.ts';

export interface ColumnSummary {
  readonly name: string;
  /** Rows where the value is missing. */
  readonly missing: number;
  /** Distinct non-missing values that occur. */
  readonly distinct: number;
}

/** Missing and distinct counts per column, in one pass each over the typed arrays. */
export function summarizeColumns(dataset: Dataset): ColumnSummary[] {
  return dataset.columns.map((column) => {
    if (column.type === 'categorical') {
      const seen = new Uint8Array(column.dictionary.length);
      let missing = 0;
      let distinct = 0;
      for (const code of column.codes) {
        if (code === MISSING_CODE) missing++;
        else if (seen[code] === 0) {
          seen[code] = 1;
          distinct++;
        }
      }
      return { name: column.name, missing, distinct };
    }
    const seen = new Set<number>();
    let missing = 0;
    for (const v of column.values) {
      if (Number.isNaN(v)) missing++;
      else seen.add(v);
    }
    return { name: column.name, missing, distinct: seen.size };
  });
}
