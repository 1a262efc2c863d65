import type { Dataset } from '../stats/dataset.ts';
import { countCodes } from '../stats/count-codes.ts';
import { DEFAULT_TOP_K } from '../stats/tables/categorical-axis.ts';
import { pooledByTopK } from '../stats/tables/pooled-by-top-k.ts';
import { cutCell } from '../stats/cut-cell.ts';

/**
 * One warning per categorical column in the statistics whose common categories
 * (held by at least `minCount` records) `--top-k` pools into "(other)": how many,
 * and what share of the rows they hold, so a user does not first learn it from a
 * column's score in the report.
 */
export function pooledWarnings(dataset: Dataset, options: { topK: number | undefined; minCount: number }): string[] {
  const topK = options.topK ?? DEFAULT_TOP_K;
  const warnings: string[] = [];
  dataset.schema.columns.forEach((spec, i) => {
    const column = dataset.columns[i];
    if (spec.kind !== 'categorical' || !spec.included || column.type !== 'categorical') return;
    const counts = countCodes(column.codes, column.dictionary.length);
    counts[0] = 0; // the missing code, no category
    const pooled = pooledByTopK(counts, { rowCount: dataset.rowCount, topK, minCount: options.minCount });
    if (pooled === null) return;
    warnings.push(
      `"${cutCell(spec.name)}": ${pooled.pooled.toLocaleString('en')} of ${pooled.categories.toLocaleString('en')} categories ` +
        `(${Math.round(pooled.share * 100)}% of rows, ${pooled.rows.toLocaleString('en')}) are pooled into "(other)" by --top-k ${topK}; ` +
        `raise --top-k to keep them`,
    );
  });
  return warnings;
}
