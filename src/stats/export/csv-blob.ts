import type { Dataset } from '../dataset.ts';
import { type CsvOptions, csvByteBlocks } from './write-csv.ts';

/**
 * A dataset's CSV (the bytes of `writeCsv`) as a Blob for a download, put
 * together from one Blob part per block of rows: each block's bytes can go as
 * soon as they are in their part, so a million rows never make one giant string.
 */
export function csvBlob(dataset: Dataset, options: CsvOptions = {}): Blob {
  const parts: Blob[] = [];
  for (const block of csvByteBlocks(dataset, options)) parts.push(new Blob([block]));
  return new Blob(parts, { type: 'text/csv' });
}
